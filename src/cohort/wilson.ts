import { Z975 } from './kaplanMeier.ts';

/** Wilson's 95% score interval for a proportion k / n (Hmisc::binconf's default method). */
export function wilson(k: number, n: number): { lower: number; upper: number } {
  const p = k / n;
  const z2 = Z975 * Z975;
  const centre = p + z2 / (2 * n);
  const half = Z975 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // binconf sets the bound at 0 (or 1) exactly when nobody (or everybody) had the outcome.
  return {
    lower: k === 0 ? 0 : (centre - half) / denominator,
    upper: k === n ? 1 : (centre + half) / denominator,
  };
}

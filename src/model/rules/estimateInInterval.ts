import type { Fail } from '../declare.ts';

interface GivenCoefficient {
  beta?: number;
  hazardRatio?: number;
  oddsRatio?: number;
  ci95?: [number, number];
}

/** A published interval must contain its estimate, and a ratio's interval lies above 0. */
export function estimateInInterval(c: GivenCoefficient, path: string, fail: Fail): void {
  if (!c.ci95) return;
  const [lo, hi] = c.ci95;
  const ratio = c.hazardRatio ?? c.oddsRatio;
  const value = ratio ?? c.beta!;
  if (ratio !== undefined && lo <= 0) fail(`${path}.ci95`, `a ratio's interval must be above 0, got [${lo}, ${hi}]`);
  else if (value < lo || value > hi) fail(`${path}.ci95`, `must contain the estimate ${value}, got [${lo}, ${hi}]`);
}

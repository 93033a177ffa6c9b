/**
 * The baseline of the patient's stratum: a stratified Cox model shares its coefficients and gives
 * every stratum its own baseline, chosen by a categorical input.
 */
export function stratumBaseline<B>(baselines: Readonly<Record<string, B>>, stratum: string): B {
  const b = baselines[stratum];
  if (b === undefined) {
    throw new Error(
      `unknown stratum ${JSON.stringify(stratum)}; the model has ${Object.keys(baselines)
        .map((s) => JSON.stringify(s))
        .join(', ')}`,
    );
  }
  return b;
}

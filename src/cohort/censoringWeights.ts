/**
 * Kaplan-Meier of the censoring distribution as riskRegression's IPCW uses it
 * (`prodlim(..., reverse = TRUE)`): a censoring at s is a "failure", and events at s are taken to
 * come first, so they leave the censoring risk set before it.
 */
export interface CensoringSurvival {
  /** G(t): censoring survival at t, censorings at t included. */
  at(t: number): number;
  /** G(t-): censoring survival just before t. */
  before(t: number): number;
}

export function censoringSurvival(time: ArrayLike<number>, status: ArrayLike<number>): CensoringSurvival {
  const n = time.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => time[a]! - time[b]!);
  const steps: number[] = [];
  const values: number[] = [];
  let g = 1;
  for (let start = 0; start < n;) {
    let end = start;
    let events = 0;
    let censored = 0;
    while (end < n && time[order[end]!] === time[order[start]!]) {
      if (status[order[end]!] === 0) censored++;
      else events++;
      end++;
    }
    const atRisk = n - start - events;
    if (censored > 0) {
      g *= 1 - censored / atRisk;
      steps.push(time[order[start]!]!);
      values.push(g);
    }
    start = end;
  }
  // The last step at or before t (strictly before, for G(t-)).
  const find = (t: number, strict: boolean) => {
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? steps[mid]! < t : steps[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 1 : values[lo - 1]!;
  };
  return { at: (t) => find(t, false), before: (t) => find(t, true) };
}

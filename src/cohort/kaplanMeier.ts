/** 97.5% quantile of the standard normal distribution, as R's qnorm(0.975). */
export const Z975 = 1.959963984540054;

/** Kaplan-Meier survival at one time with its 95% interval. */
export interface KmEstimate {
  survival: number;
  /** null where survfit gives NA: the estimate is 0, or nobody had an event yet (no variance). */
  lower: number | null;
  upper: number | null;
  /** Events up to and including the time. */
  events: number;
}

/**
 * Kaplan-Meier at `t` (events at exactly t included) as `summary(survfit(Surv(time, status) ~ 1),
 * times = t)` gives it, with survfit's default interval: Greenwood's variance on the log scale
 * (conf.type = "log"), S * exp(-+ 1.96 * se(log S)), the upper bound capped at 1.
 */
export function kaplanMeierAt(time: ArrayLike<number>, status: ArrayLike<number>, t: number, rows?: ArrayLike<number>): KmEstimate {
  const index = rows ?? Array.from({ length: time.length }, (_, i) => i);
  const deaths = new Map<number, number>();
  const exits: number[] = [];
  for (let k = 0; k < index.length; k++) {
    const i = index[k]!;
    exits.push(time[i]!);
    if (status[i] !== 0 && time[i]! <= t) deaths.set(time[i]!, (deaths.get(time[i]!) ?? 0) + 1);
  }
  exits.sort((a, b) => a - b);
  const eventTimes = [...deaths.keys()].sort((a, b) => a - b);
  let survival = 1;
  let greenwood = 0;
  let events = 0;
  let gone = 0;
  for (const s of eventTimes) {
    while (gone < exits.length && exits[gone]! < s) gone++;
    const atRisk = exits.length - gone;
    const d = deaths.get(s)!;
    events += d;
    survival *= 1 - d / atRisk;
    greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : Infinity;
  }
  if (survival === 0 || events === 0) return { survival, lower: null, upper: null, events };
  const half = Z975 * Math.sqrt(greenwood);
  return { survival, lower: survival * Math.exp(-half), upper: Math.min(1, survival * Math.exp(half)), events };
}

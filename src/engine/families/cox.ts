import type { CoxModel } from '../../model/types.ts';
import { baselineEnd, medianSurvival, survivalAt } from '../baseline.ts';
import { Z95 } from '../coefficient.ts';
import type { Column } from '../coefficient.ts';
import type { Family } from '../family.ts';

/**
 * Cox proportional hazards (rms `cph`): S(t | x) = S_ref(t) ^ exp(LP - LP_ref), the LP centred
 * on the reference profile, whose design-column means the file states.
 */
export function coxFamily(model: CoxModel, columns: Column[]): Family {
  const b = model.baseline;
  const means = columns.map((c) => model.reference.means[c.name]!);
  const referenceLp = columns.reduce((s, c, i) => s + c.beta * means[i]!, 0);
  const risk = (lp: number, t: number) => survivalAt(b, t, lp);
  // Evaluated at LP -+ z * se: a higher LP means lower survival.
  const interval = (lp: number, se: number, time: number) => {
    const estimate = risk(lp, time);
    if (estimate === undefined) return { time, estimate: null, lower: null, upper: null };
    return { time, estimate, lower: risk(lp + Z95 * se, time)!, upper: risk(lp - Z95 * se, time)! };
  };
  // A curve ends where the source stops reporting: a table's last time, or the largest horizon.
  const end = b.type === 'table' ? b.time.at(-1)! : Math.max(...model.horizons);
  return {
    offset: -referenceLp,
    leading: [],
    // The patient's design row minus the reference profile's.
    contrast: (row) => row.map((x, i) => x - means[i]!),
    risk,
    // S = B^exp(lp) with B the reference survival at t, so lp = ln(ln s / ln B); none where B is 0 or 1.
    lpFor(s, t) {
      const ref = risk(0, t);
      return ref === undefined || ref >= 1 || ref <= 0 ? undefined : Math.log(Math.log(s) / Math.log(ref));
    },
    interval,
    riskTimes: model.horizons,
    curveEnd: end,
    // A table: its own times, exact as a step-after curve; a parametric baseline: 101 even steps.
    curveTimes: b.type === 'table' ? b.time : Array.from({ length: 101 }, (_, i) => (end * i) / 100),
    figures(lp, se, times = model.horizons, warnings) {
      const last = baselineEnd(b);
      for (const time of times.filter((t) => t > last)) warnings.push({ code: 'beyond-baseline', time });
      return { survival: times.map((t) => interval(lp, se, t)), medianSurvival: medianSurvival(b, lp) };
    },
  };
}

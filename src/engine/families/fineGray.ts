import type { FineGrayModel } from '../../model/types.ts';
import { Z95, type Column } from '../coefficient.ts';
import type { Family } from '../family.ts';
import { stepAt } from '../step.ts';

/**
 * Fine-Gray competing risks (crr, FGR; format version 2): the cumulative incidence of the event of
 * interest, CIF(t | x) = 1 - exp(-H0(t) exp(LP)), LP = x'beta uncentred. The SE is that of the LP
 * around the fit's mean design row, and the bounds 1 - exp(-H0 exp(LP -+ z se)) (MATH.md): the
 * baseline's own uncertainty is left out.
 */
export function fineGrayFamily(model: FineGrayModel, columns: Column[]): Family {
  const b = model.baseline;
  const means = columns.map((c) => model.reference.means[c.name]!);
  const last = b.time[b.time.length - 1]!;
  const h0 = (t: number) => stepAt(b.time, b.cumulativeHazard, t, 0);
  // 1 - exp(-h) without losing the digits of a small incidence.
  const risk = (lp: number, t: number) => {
    const h = h0(t);
    return h === undefined ? undefined : -Math.expm1(-h * Math.exp(lp));
  };
  const interval = (lp: number, se: number, time: number) => {
    const estimate = risk(lp, time);
    if (estimate === undefined) return { time, estimate: null, lower: null, upper: null };
    return { time, estimate, lower: risk(lp - Z95 * se, time)!, upper: risk(lp + Z95 * se, time)! };
  };
  return {
    offset: 0,
    leading: [],
    measure: 'incidence',
    contrast: (row) => row.map((x, i) => x - means[i]!),
    risk,
    lpFor(r, t) {
      const h = h0(t);
      return h === undefined || h <= 0 || r <= 0 || r >= 1 ? undefined : Math.log(-Math.log1p(-r) / h);
    },
    interval,
    riskTimes: model.horizons,
    curveEnd: last,
    curveTimes: b.time,
    figures(lp, se, times = model.horizons, warnings) {
      for (const time of times.filter((t) => t > last)) warnings.push({ code: 'beyond-baseline', time, end: last });
      return { cumulativeIncidence: times.map((t) => interval(lp, se, t)) };
    },
  };
}

import type { CoxModel } from '../../model/types.ts';
import { baselineEnd, medianSurvival, survivalAt, type SurvivalBaseline } from '../baseline.ts';
import { Z95 } from '../coefficient.ts';
import type { Column } from '../coefficient.ts';
import type { SurvfitBaseline } from '../coxSurvfit.ts';
import { extension } from '../extensions.ts';
import type { Family } from '../family.ts';
import { stratumBaseline } from '../stratum.ts';

/** The baseline of one stratum (the first when none is named), or the model's only one. */
export function coxBaseline(model: CoxModel, stratum?: string): SurvivalBaseline {
  const b = model.baseline;
  if (b.type !== 'strata') return b;
  return stratumBaseline(b.strata, stratum ?? model.stratum?.default ?? model.stratum!.levels[0]!.id);
}

/**
 * survfit's terms of a table that carries them (format version 2), with xbar's columns put in the
 * order of the design columns; undefined otherwise, or without a covariance to combine them with.
 */
function survfitTerms(
  model: CoxModel,
  b: SurvivalBaseline,
  columns: Column[],
): { table: SurvfitBaseline; covariance: number[][] } | undefined {
  if (b.type !== 'table' || !b.cumulativeHazard || !b.hazardVariance || !b.xbar || !model.covariance) return undefined;
  const names = model.covariance.names;
  const at = columns.map((c) => names.indexOf(c.name));
  return {
    table: {
      time: b.time,
      cumulativeHazard: b.cumulativeHazard,
      hazardVariance: b.hazardVariance,
      xbar: b.xbar.map((r) => at.map((i) => r[i]!)),
    },
    covariance: at.map((i) => at.map((j) => model.covariance!.matrix[i]![j]!)),
  };
}

/**
 * Cox proportional hazards (rms `cph`, survival `coxph`): S(t | x) = S_ref(t) ^ exp(LP - LP_ref),
 * the LP centred on the reference profile, whose design-column means the file states. A stratified
 * model has one baseline per stratum. When the table carries survfit's terms the interval is
 * survfit's, with the baseline's uncertainty; otherwise it is that of the LP alone.
 */
export function coxFamily(model: CoxModel, columns: Column[], stratum?: string): Family {
  const b = coxBaseline(model, stratum);
  const means = columns.map((c) => model.reference.means[c.name]!);
  const referenceLp = columns.reduce((s, c, i) => s + c.beta * means[i]!, 0);
  const beta = columns.map((c) => c.beta);
  const survfit = survfitTerms(model, b, columns);
  const risk = (lp: number, t: number) => survivalAt(b, t, lp);
  // Evaluated at LP -+ z * se: a higher LP means lower survival.
  const interval = (lp: number, se: number, time: number, row: readonly number[]) => {
    if (survfit) return extension('survfit')(survfit.table, { x: row, beta, covariance: survfit.covariance, center: referenceLp }, time);
    const estimate = risk(lp, time);
    if (estimate === undefined) return { time, estimate: null, lower: null, upper: null };
    return { time, estimate, lower: risk(lp + Z95 * se, time)!, upper: risk(lp - Z95 * se, time)! };
  };
  // A curve ends where the source stops reporting: a table's last time, or the largest horizon.
  const end = b.type === 'table' ? b.time.at(-1)! : Math.max(...model.horizons);
  return {
    offset: -referenceLp,
    leading: [],
    measure: 'survival',
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
    figures(lp, se, times = model.horizons, warnings, row) {
      const last = baselineEnd(b);
      for (const time of times.filter((t) => t > last)) warnings.push({ code: 'beyond-baseline', time, end: last });
      return { survival: times.map((t) => interval(lp, se, t, row)), medianSurvival: medianSurvival(b, lp) };
    },
  };
}

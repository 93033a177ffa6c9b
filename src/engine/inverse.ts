import type { Model } from '../model/types.ts';
import { survivalAt } from './baseline.ts';
import { totalPointsAt } from './scale.ts';

/**
 * Total points at which survival at time t equals s: S = B^exp(lp) with B the reference survival
 * at t, so lp = ln(ln s / ln B). Undefined where the baseline says nothing (past a table's end, or
 * before the first event, when B = 1).
 */
export function totalPointsForSurvival(model: Model, t: number, s: number): number | undefined {
  if (model.kind !== 'cox') return undefined;
  const b = survivalAt(model.baseline, t, 0);
  if (b === undefined || b >= 1 || b <= 0) return undefined;
  return totalPointsAt(model, Math.log(Math.log(s) / Math.log(b)));
}

/** Total points at which a logistic model's probability equals p. */
export function totalPointsForProbability(model: Model, p: number): number | undefined {
  if (model.kind !== 'logistic') return undefined;
  return totalPointsAt(model, Math.log(p / (1 - p)));
}

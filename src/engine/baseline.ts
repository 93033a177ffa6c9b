import type { ExponentialBaseline, TableBaseline } from '../model/types.ts';
import { stepAt } from './step.ts';

/** One survival baseline: a table or an exponential (a stratified model's is one stratum's table). */
export type SurvivalBaseline = TableBaseline | ExponentialBaseline;

/**
 * Survival of a patient whose linear predictor is `lpCentered` above the reference profile's:
 * S(t | x) = S_ref(t) ^ exp(lpCentered). Undefined past the last tabulated time of a table
 * baseline: a step function says nothing there, and it is never extrapolated.
 */
export function survivalAt(baseline: SurvivalBaseline, t: number, lpCentered: number): number | undefined {
  const hazardRatio = Math.exp(lpCentered);
  if (baseline.type === 'exponential') return Math.exp((-Math.LN2 / baseline.median) * t * hazardRatio);
  const ref = stepAt(baseline.time, baseline.survival, t, 1);
  if (ref === undefined) return undefined;
  // Before the first event nobody has died, whatever the hazard ratio (and 1 ** Infinity is NaN).
  return ref === 1 ? 1 : ref ** hazardRatio;
}

/** Last time the baseline describes; Infinity for a parametric baseline. */
export function baselineEnd(baseline: SurvivalBaseline): number {
  return baseline.type === 'table' ? baseline.time[baseline.time.length - 1]! : Infinity;
}

/**
 * Median survival: the first time S(t | x) falls to 0.5 or below; null when the table ends first.
 * Exponential baseline: m_ref * exp(-lpCentered).
 */
export function medianSurvival(baseline: SurvivalBaseline, lpCentered: number): number | null {
  if (baseline.type === 'exponential') return baseline.median * Math.exp(-lpCentered);
  const hazardRatio = Math.exp(lpCentered);
  const i = baseline.survival.findIndex((s) => s ** hazardRatio <= 0.5);
  return i < 0 ? null : baseline.time[i]!;
}

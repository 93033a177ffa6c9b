import { kaplanMeierAt } from './kaplanMeier.ts';
import { wilson } from './wilson.ts';

/** One risk group: mean predicted risk beside the observed risk and its 95% interval. */
export interface CalibrationGroup {
  n: number;
  /** Events (by the horizon, for survival). */
  events: number;
  predicted: number;
  observed: number;
  lower: number | null;
  upper: number | null;
}

/** Groups used by default: up to ten, with at least 20 patients in each. */
export function defaultGroupCount(n: number): number {
  return Math.max(1, Math.min(10, Math.floor(n / 20)));
}

/**
 * Rows sorted by predicted risk (ties kept in row order) and cut into `count` groups of near-equal
 * size: the row at position j (from 0) goes to group floor(j * count / n), as
 * `split(order(risk), floor((seq_along(risk) - 1) * count / n))` does in R.
 */
export function riskGroups(risk: ArrayLike<number>, count: number): number[][] {
  const n = risk.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => risk[a]! - risk[b]! || a - b);
  const groups = Array.from({ length: Math.min(count, n) }, (): number[] => []);
  order.forEach((i, j) => groups[Math.floor((j * groups.length) / n)]!.push(i));
  return groups;
}

const mean = (xs: ArrayLike<number>, rows: number[]) => rows.reduce((s, i) => s + xs[i]!, 0) / rows.length;

/** Survival: observed risk 1 - KM at the horizon, interval from survfit's log-scale one. */
export function survivalGroups(
  time: ArrayLike<number>,
  status: ArrayLike<number>,
  risk: ArrayLike<number>,
  horizon: number,
  count: number,
): CalibrationGroup[] {
  return riskGroups(risk, count).map((rows) => {
    const km = kaplanMeierAt(time, status, horizon, rows);
    return {
      n: rows.length,
      events: km.events,
      predicted: mean(risk, rows),
      observed: 1 - km.survival,
      lower: km.upper === null ? null : 1 - km.upper,
      upper: km.lower === null ? null : 1 - km.lower,
    };
  });
}

/** Binary outcome: observed proportion with Wilson's interval. */
export function binaryGroups(y: ArrayLike<number>, risk: ArrayLike<number>, count: number): CalibrationGroup[] {
  return riskGroups(risk, count).map((rows) => {
    const events = rows.reduce((s, i) => s + y[i]!, 0);
    return { n: rows.length, events, predicted: mean(risk, rows), observed: events / rows.length, ...wilson(events, rows.length) };
  });
}

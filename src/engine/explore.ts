import type { Inputs } from '../model/types.ts';
import type { CompiledModel } from './compile.ts';
import { axisGrid } from './grid.ts';
import { checkValue } from './inputs.ts';
import { linearPredictorSe } from './se.ts';

type Value = string | number;

export interface CurvePoint { time: number; estimate: number; lower: number; upper: number }
export interface Contribution { id: string; points: number; share: number }
export interface Swing { id: string; lowest: { value: Value; risk: number }; highest: { value: Value; risk: number }; current: number; span: number }

/** Each predictor's f(x) for this patient, in model order. */
const fsOf = (c: CompiledModel, inputs: Inputs) => c.predictors.map((cp) => cp.contribution(inputs[cp.predictor.id]!));

/** The reported LP from the f's, predictor i's replaced by f, summed in predict()'s order so it is bit-identical to it. */
const lpWith = (c: CompiledModel, fs: number[], i = -1, f = 0) => fs.reduce((s, x, j) => s + (j === i ? f : x), 0) + c.family.offset;

const riskOf = (c: CompiledModel, lp: number, time = c.family.riskTimes[0]!) => c.family.risk(lp, time) ?? null;

/**
 * The risk over time with its 95% interval at the family's curve times (none for logistic).
 * Every time is within the baseline, so no bound is null.
 */
export function curve(c: CompiledModel, inputs: Inputs): CurvePoint[] {
  const lp = lpWith(c, fsOf(c, inputs));
  const se = linearPredictorSe(c, inputs);
  return c.family.curveTimes.map((t) => c.family.interval(lp, se, t) as CurvePoint);
}

/** Survival at `time` (Cox; first horizon by default; null past a baseline table) or the probability (logistic). */
export function riskAt(c: CompiledModel, inputs: Inputs, time?: number): number | null {
  return riskOf(c, lpWith(c, fsOf(c, inputs)), time);
}

/** Each predictor's points and share of the total (0 when the total is 0), in model order. */
export function contributions(c: CompiledModel, inputs: Inputs): Contribution[] {
  const pts = c.predictors.map((cp) => cp.points(inputs[cp.predictor.id]!));
  const total = pts.reduce((s, x) => s + x, 0);
  return pts.map((points, i) => ({ id: c.predictors[i]!.predictor.id, points, share: total ? points / total : 0 }));
}

const extremes = new WeakMap<CompiledModel, Value[][]>();

/** Per predictor, the admissible values with the smallest and largest f(x); they do not depend on the patient. */
function ends(c: CompiledModel): Value[][] {
  let e = extremes.get(c);
  if (!e) {
    e = c.predictors.map(({ predictor: p, contribution }) => {
      // The points grid also holds spline knots, which an integer predictor cannot take.
      const vs: Value[] = p.type === 'categorical' ? p.levels.map((l) => l.id) : axisGrid(p).filter((v) => !checkValue(p, v));
      const fs = vs.map(contribution);
      return [vs[fs.indexOf(Math.min(...fs))]!, vs[fs.indexOf(Math.max(...fs))]!];
    });
    extremes.set(c, e);
  }
  return e;
}

/**
 * How far the risk moves across each predictor's admissible values with the others held, largest
 * span first (ties in model order); empty when there is no risk at `time`. Risk is monotone in
 * the LP, so only the values with the extreme f(x) (and the patient's own) need evaluating.
 */
export function swings(c: CompiledModel, inputs: Inputs, time?: number): Swing[] {
  const fs = fsOf(c, inputs);
  const current = riskOf(c, lpWith(c, fs), time);
  if (current === null) return [];
  const e = ends(c);
  return c.predictors
    .map((cp, i) => {
      const rs = [...e[i]!, inputs[cp.predictor.id]!].map((value) => ({ value, risk: riskOf(c, lpWith(c, fs, i, cp.contribution(value)), time)! }));
      const lowest = rs.reduce((a, b) => (b.risk < a.risk ? b : a));
      const highest = rs.reduce((a, b) => (b.risk > a.risk ? b : a));
      return { id: cp.predictor.id, lowest, highest, current, span: highest.risk - lowest.risk };
    })
    .sort((a, b) => b.span - a.span);
}

/** Of 100 people like this patient, how many have the event-free outcome: round(100 p) in 0..100. */
export function iconCount(p: number): number {
  return Math.min(100, Math.max(0, Math.round(100 * p)));
}

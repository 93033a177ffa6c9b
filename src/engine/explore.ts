import type { Inputs, Model } from '../model/types.ts';
import { survivalAt } from './baseline.ts';
import { compileModel, type CompiledModel } from './compile.ts';
import { axisGrid } from './grid.ts';
import { checkValue } from './inputs.ts';
import { survivalWithInterval } from './predict.ts';
import { pointsOf } from './scale.ts';
import { linearPredictorSe } from './se.ts';

type Value = string | number;

export interface CurvePoint { time: number; estimate: number; lower: number; upper: number }
export interface Contribution { id: string; points: number; share: number }
export interface Swing { id: string; lowest: { value: Value; risk: number }; highest: { value: Value; risk: number }; current: number; span: number }

/** Each predictor's f(x) for this patient, in model order. */
const fsOf = (c: CompiledModel, inputs: Inputs) => c.predictors.map((cp) => cp.contribution(inputs[cp.predictor.id]!));

/** Sum of f with predictor i's replaced by f, added in predict()'s order so the LP is bit-identical to it. */
const lpWith = (fs: number[], i = -1, f = 0) => fs.reduce((s, x, j) => s + (j === i ? f : x), 0);

/** Survival at the horizon (Cox, the first horizon by default) or the probability (logistic) of an uncentred LP. */
function risk(c: CompiledModel, lp: number, horizon?: number): number | null {
  const m = c.model;
  if (m.kind === 'logistic') return 1 / (1 + Math.exp(-lp - c.intercept!.beta));
  return survivalAt(m.baseline, horizon ?? m.horizons[0]!, lp - c.referenceLp) ?? null;
}

/**
 * Last time a curve is drawn to: a table baseline's last time; a parametric (exponential) one ends
 * at the largest horizon, the furthest the model's source reports (0 for logistic).
 */
export function curveEnd(model: Model): number {
  if (model.kind !== 'cox') return 0;
  const b = model.baseline;
  return b.type === 'table' ? b.time.at(-1)! : Math.max(...model.horizons);
}

/**
 * Cox only (empty for logistic): S(t) with its 95% interval from 0 to `curveEnd`. Table baseline:
 * one point per tabulated time (the table starts at 0, S = 1), exact as a step-after curve;
 * exponential: 101 evenly spaced times.
 */
export function survivalCurve(model: Model, inputs: Inputs): CurvePoint[] {
  if (model.kind !== 'cox') return [];
  const c = compileModel(model);
  const b = model.baseline;
  const end = curveEnd(model);
  const lp = lpWith(fsOf(c, inputs)) - c.referenceLp;
  const se = linearPredictorSe(c, inputs);
  const times = b.type === 'table' ? b.time : Array.from({ length: 101 }, (_, i) => (end * i) / 100);
  // Every time is within the baseline, so no bound is null.
  return times.map((t) => survivalWithInterval(c, t, lp, se) as CurvePoint);
}

/** Survival at `horizon` (Cox; first horizon by default; null past a baseline table) or the probability (logistic). */
export function riskAt(model: Model, inputs: Inputs, horizon?: number): number | null {
  const c = compileModel(model);
  return risk(c, lpWith(fsOf(c, inputs)), horizon);
}

/** Each predictor's points and share of the total (0 when the total is 0), in model order. */
export function contributions(model: Model, inputs: Inputs): Contribution[] {
  const pts = model.predictors.map((p) => pointsOf(model, p.id, inputs[p.id]!));
  const total = pts.reduce((s, x) => s + x, 0);
  return pts.map((points, i) => ({ id: model.predictors[i]!.id, points, share: total ? points / total : 0 }));
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
 * span first (ties in model order); empty when there is no risk at `horizon`. Risk is monotone in
 * the LP, so only the values with the extreme f(x) (and the patient's own) need evaluating.
 */
export function swings(model: Model, inputs: Inputs, horizon?: number): Swing[] {
  const c = compileModel(model);
  const fs = fsOf(c, inputs);
  const current = risk(c, lpWith(fs), horizon);
  if (current === null) return [];
  const e = ends(c);
  return c.predictors
    .map((cp, i) => {
      const rs = [...e[i]!, inputs[cp.predictor.id]!].map((value) => ({ value, risk: risk(c, lpWith(fs, i, cp.contribution(value)), horizon)! }));
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

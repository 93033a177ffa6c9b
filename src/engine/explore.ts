import type { Inputs, Predictor } from '../model/types.ts';
import type { CompiledModel } from './compile.ts';
import { axisGrid } from './grid.ts';
import { checkValue } from './inputs.ts';
import { designRow, linearPredictorSe } from './se.ts';

type Value = string | number;

export interface CurvePoint {
  time: number;
  estimate: number;
  lower: number;
  upper: number;
}
export interface Contribution {
  id: string;
  points: number;
  share: number;
}
export interface Swing {
  id: string;
  lowest: { value: Value; risk: number };
  highest: { value: Value; risk: number };
  current: number;
  span: number;
}

/** The products of the interactions predictor i is in, for these inputs (0 outside interactions). */
const products = (c: CompiledModel, i: number, inputs: Inputs) =>
  c.interactions.reduce((s, ci) => {
    if (ci.first !== c.predictors[i] && ci.second !== c.predictors[i]) return s;
    const a = inputs[ci.first.predictor.id]!;
    const b = inputs[ci.second.predictor.id]!;
    return s + ci.contribution(inputs) - ci.first.contribution(a) - ci.second.contribution(b);
  }, 0);

/** Predictor i's f for a value, the others held: its main effect and its interactions' products. */
const fAt = (c: CompiledModel, i: number, inputs: Inputs, value: Value) =>
  c.predictors[i]!.contribution(value) +
  (c.interactions.length ? products(c, i, { ...inputs, [c.predictors[i]!.predictor.id]: value }) : 0);

/** Each predictor's f(x) for this patient, in model order; the interactions' products are carried by the predictors in them. */
const fsOf = (c: CompiledModel, inputs: Inputs) => c.predictors.map((cp, i) => fAt(c, i, inputs, inputs[cp.predictor.id]!));

/**
 * The reported LP from the f's, predictor i's replaced by f. Each interaction's products are in
 * both its predictors' f, so they are taken off once, at the patient's own values (a partner's
 * f still holds them; the replaced predictor's f holds its new ones). Without interactions the
 * sum is in predict()'s order, so bit-identical to it.
 */
const lpWith = (c: CompiledModel, inputs: Inputs, fs: number[], i = -1, f = 0) =>
  fs.reduce((s, x, j) => s + (j === i ? f : x), 0) - heldProducts(c, inputs) + c.familyFor(inputs).offset;

function heldProducts(c: CompiledModel, inputs: Inputs): number {
  return c.interactions.reduce(
    (s, ci) =>
      s +
      ci.contribution(inputs) -
      ci.first.contribution(inputs[ci.first.predictor.id]!) -
      ci.second.contribution(inputs[ci.second.predictor.id]!),
    0,
  );
}

const riskOf = (c: CompiledModel, inputs: Inputs, lp: number, time?: number) => {
  const family = c.familyFor(inputs);
  return family.risk(lp, time ?? family.riskTimes[0]!) ?? null;
};

/**
 * The risk over time with its 95% interval at the family's curve times (none for logistic).
 * Every time is within the baseline, so no bound is null.
 */
export function curve(c: CompiledModel, inputs: Inputs): CurvePoint[] {
  const lp = lpWith(c, inputs, fsOf(c, inputs));
  const se = linearPredictorSe(c, inputs);
  const family = c.familyFor(inputs);
  const row = designRow(c, inputs);
  return family.curveTimes.map((t) => family.interval(lp, se, t, row) as CurvePoint);
}

/** Survival at `time` (Cox; first horizon by default; null past a baseline table) or the probability (logistic). */
export function riskAt(c: CompiledModel, inputs: Inputs, time?: number): number | null {
  return riskOf(c, inputs, lpWith(c, inputs, fsOf(c, inputs)), time);
}

/** Each predictor's points and share of the total (0 when the total is 0), in model order. */
export function contributions(c: CompiledModel, inputs: Inputs): Contribution[] {
  const rows = [
    ...c.predictors
      .filter((cp) => !c.interacts(cp.predictor.id))
      .map((cp) => ({ id: cp.predictor.id, points: cp.points(inputs[cp.predictor.id]!) })),
    ...c.interactions.map((ci) => ({ id: ci.interaction.id, points: (ci.contribution(inputs) - ci.min) * c.scale })),
  ];
  const total = rows.reduce((s, r) => s + r.points, 0);
  return rows.map((r) => ({ ...r, share: total ? r.points / total : 0 }));
}

const extremes = new WeakMap<CompiledModel, Value[][]>();

/** A predictor's admissible values; the points grid also holds spline knots, which an integer predictor cannot take. */
const valuesOf = (p: Predictor): Value[] =>
  p.type === 'categorical' ? p.levels.map((l) => l.id) : axisGrid(p).filter((v) => !checkValue(p, v));

/** The values with the smallest and largest f. */
function extremesOf(vs: Value[], f: (v: Value) => number): Value[] {
  const fs = vs.map(f);
  return [vs[fs.indexOf(Math.min(...fs))]!, vs[fs.indexOf(Math.max(...fs))]!];
}

/** Per predictor, the admissible values with the smallest and largest f(x); they do not depend on the patient. */
function ends(c: CompiledModel): Value[][] {
  let e = extremes.get(c);
  if (!e) {
    e = c.predictors.map(({ predictor: p, contribution }) => extremesOf(valuesOf(p), contribution));
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
  const current = riskOf(c, inputs, lpWith(c, inputs, fs), time);
  if (current === null) return [];
  const e = ends(c);
  return c.predictors
    .map((cp, i) => {
      // In an interaction the extremes depend on the partner's value: found with it held.
      const candidates = c.interacts(cp.predictor.id) ? extremesOf(valuesOf(cp.predictor), (v) => fAt(c, i, inputs, v)) : e[i]!;
      const rs = [...candidates, inputs[cp.predictor.id]!].map((value) => ({
        value,
        risk: riskOf(c, inputs, lpWith(c, inputs, fs, i, fAt(c, i, inputs, value)), time)!,
      }));
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

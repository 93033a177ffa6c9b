import type { Coefficient, Inputs, Model, Predictor } from '../model/types.ts';
import { column, type Column } from './coefficient.ts';
import { familyOf, type Family } from './family.ts';
import { extension } from './extensions.ts';
import type { CompiledInteraction } from './interactions.ts';
import { axisGrid } from './grid.ts';
import { checkInputs, type InputCheck } from './inputs.ts';
import { predict, type PredictOptions, type Prediction } from './predict.ts';
import { rcsBasis } from './rcs.ts';

export interface CompiledPredictor {
  predictor: Predictor;
  /** Design-column values of one input (categorical: 0/1 per non-reference level). */
  design(value: string | number): number[];
  /** This predictor's contribution to the linear predictor, f(x). */
  contribution(value: string | number): number;
  /** Its admissible values, over which its range of f is taken: every level, or the axis grid (grid.ts). */
  values: (string | number)[];
  /** Smallest and largest f over those values. */
  min: number;
  max: number;
  /** rms nomogram(): the points of a contribution f, (f - min f) * scale. */
  toPoints(f: number): number;
  /** The points of one value. */
  points(value: string | number): number;
}

/**
 * A model file made ready to compute: everything derived once, and what the app, CLI and tests ask
 * of it. The questions of exploring (the curve, what moves the risk, each predictor's share, the
 * risk for the icon array) are functions of a compiled model in explore.ts, so the page's first
 * result does not carry them.
 */
export interface CompiledModel {
  model: Model;
  family: Family;
  columns: Column[];
  predictors: CompiledPredictor[];
  /** Format version 2: the interactions, each one row of points carrying its two predictors. */
  interactions: CompiledInteraction[];
  /** Whether a predictor's points are those of an interaction row rather than its own. */
  interacts(id: string): boolean;
  /** The family for this patient: a stratified Cox model's baseline follows the stratum input. */
  familyFor(inputs: Inputs): Family;
  /** Points per unit of linear predictor: the widest predictor spans 100 points. */
  scale: number;
  /** Sum over predictors of min f: the contributions of a patient with 0 total points. */
  minSum: number;
  /** Cox: the linear predictor of the reference profile; 0 otherwise. */
  referenceLp: number;
  /** Covariance over the family's leading coefficients then the columns, or undefined (independent coefficients). */
  covariance: number[][] | undefined;
  /** The largest total a patient can score: every predictor at its most points. */
  maxTotal: number;
  predictor(id: string): CompiledPredictor;
  /** Points of one predictor's value. */
  points(id: string, value: string | number): number;
  /** The linear predictor (as the family reports it) a total of points stands for: total / scale + sum of min f. */
  lpAt(totalPoints: number): number;
  /** The total points at which the linear predictor (as reported) equals `lp`. */
  totalAt(lp: number): number;
  /** Checks one patient's raw inputs; see `checkInputs`. */
  check(raw: unknown): InputCheck;
  /** One patient's points, linear predictor, risk with its 95% interval, and warnings. */
  predict(inputs: Inputs, options?: PredictOptions): Prediction;
}

const cache = new WeakMap<Model, CompiledModel>();

function predictorColumns(p: Predictor): Coefficient[] {
  if (p.type === 'categorical') return p.levels.flatMap((l) => (l.coefficient ? [l.coefficient] : []));
  return p.type === 'linear' ? [p.coefficient] : p.coefficients;
}

function designOf(p: Predictor): (value: string | number) => number[] {
  if (p.type === 'categorical') {
    const coded = p.levels.filter((l) => l.coefficient);
    return (value) => coded.map((l) => (l.id === value ? 1 : 0));
  }
  if (p.type === 'linear') return (value) => [value as number];
  return (value) => rcsBasis(value as number, p.knots);
}

/** Compiles a model that `validateModel` accepted. The result is cached per model object. */
export function compileModel(model: Model): CompiledModel {
  const hit = cache.get(model);
  if (hit) return hit;
  const columns: Column[] = [];
  let scale = 0;
  const predictors = model.predictors.map((predictor): CompiledPredictor => {
    const own = predictorColumns(predictor).map(column);
    columns.push(...own);
    const design = designOf(predictor);
    const contribution = (value: string | number) => design(value).reduce((sum, x, j) => sum + x * own[j]!.beta, 0);
    const values: (string | number)[] = predictor.type === 'categorical' ? predictor.levels.map((l) => l.id) : axisGrid(predictor);
    const fs = values.map(contribution);
    const min = Math.min(...fs);
    const toPoints = (f: number) => (f - min) * scale;
    return { predictor, design, contribution, values, min, max: Math.max(...fs), toPoints, points: (v) => toPoints(contribution(v)) };
  });
  const interactions = model.interactions?.length ? extension('interactions')(model, predictors, columns) : [];
  const inside = new Set(interactions.flatMap((ci) => ci.interaction.between));
  // rms nomogram(): the rows are the predictors outside interactions and the interactions, and
  // the scale makes the widest row span 100 points.
  const rows = [...predictors.filter((p) => !inside.has(p.predictor.id)), ...interactions];
  const widest = Math.max(...rows.map((p) => p.max - p.min));
  scale = widest > 0 ? 100 / widest : 0;
  const minSum = rows.reduce((s, p) => s + p.min, 0);
  const family = familyOf(model, columns);
  const strata = new Map<string, Family>();
  const familyFor = (inputs: Inputs): Family => {
    if (model.kind !== 'cox' || !model.stratum) return family;
    if (inputs[model.stratum.id] === undefined) return family;
    const id = String(inputs[model.stratum.id]);
    if (!strata.has(id)) strata.set(id, familyOf(model, columns, id));
    return strata.get(id)!;
  };

  let covariance: number[][] | undefined;
  if (model.covariance) {
    const at = [...family.leading, ...columns].map((col) => model.covariance!.names.indexOf(col.name));
    covariance = at.map((i) => at.map((j) => model.covariance!.matrix[i]![j]!));
  }
  const predictor = (id: string) => {
    const p = predictors.find((x) => x.predictor.id === id);
    if (!p) throw new Error(`unknown predictor: ${id}`);
    return p;
  };

  const c: CompiledModel = {
    model,
    family,
    columns,
    predictors,
    interactions,
    scale,
    minSum,
    covariance,
    familyFor,
    interacts: (id) => inside.has(id),
    // Cox: the family centres the LP on the reference profile by adding -LP_ref.
    referenceLp: model.kind === 'cox' ? -family.offset : 0,
    maxTotal: rows.reduce((s, p) => s + (p.max - p.min) * scale, 0),
    predictor,
    points: (id, value) => predictor(id).points(value),
    lpAt: (total) => total / scale + minSum + family.offset,
    totalAt: (lp) => (lp - family.offset - minSum) * scale,
    check: (raw) => checkInputs(model, raw),
    predict: (inputs, options) => predict(c, inputs, options),
  };
  cache.set(model, c);
  return c;
}

import type { Coefficient, Model, Predictor } from '../model/types.ts';
import { coefficientBeta, coefficientSe } from './coefficient.ts';
import { axisGrid } from './grid.ts';
import { rcsBasis } from './rcs.ts';

export interface Column {
  name: string;
  beta: number;
  /** From the published interval; undefined when the model has a covariance matrix instead. */
  se: number | undefined;
}

export interface CompiledPredictor {
  predictor: Predictor;
  /** Index of this predictor's first design column. */
  offset: number;
  /** Design-column values of one input (categorical: 0/1 per non-reference level). */
  design(value: string | number): number[];
  /** This predictor's contribution to the linear predictor, f(x). */
  contribution(value: string | number): number;
  min: number;
  max: number;
}

/** Everything derived once from a validated model file. */
export interface CompiledModel {
  model: Model;
  columns: Column[];
  predictors: CompiledPredictor[];
  /** Points per unit of linear predictor: the widest predictor spans 100 points. */
  scale: number;
  /** Sum over predictors of min f: the linear predictor of a patient with 0 total points. */
  minSum: number;
  /** Cox: the linear predictor of the reference profile; logistic: 0. */
  referenceLp: number;
  /** Cox: design-column means of the reference profile; logistic: the intercept column's 1 is implied. */
  means: number[];
  /** Covariance over [intercept (logistic only), ...columns], or undefined (independent coefficients). */
  covariance: number[][] | undefined;
  intercept: Column | undefined;
}

const cache = new WeakMap<Model, CompiledModel>();

function column(c: Coefficient): Column {
  return { name: c.name, beta: coefficientBeta(c), se: coefficientSe(c) };
}

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
  const predictors = model.predictors.map((predictor): CompiledPredictor => {
    const offset = columns.length;
    const own = predictorColumns(predictor).map(column);
    columns.push(...own);
    const design = designOf(predictor);
    const contribution = (value: string | number) =>
      design(value).reduce((sum, x, j) => sum + x * own[j]!.beta, 0);
    const values: (string | number)[] =
      predictor.type === 'categorical' ? predictor.levels.map((l) => l.id) : axisGrid(predictor);
    const fs = values.map(contribution);
    return { predictor, offset, design, contribution, min: Math.min(...fs), max: Math.max(...fs) };
  });
  // rms nomogram(): scale so the widest predictor spans 100 points.
  const widest = Math.max(...predictors.map((p) => p.max - p.min));
  const scale = widest > 0 ? 100 / widest : 0;
  const minSum = predictors.reduce((s, p) => s + p.min, 0);

  let means: number[] = [];
  let referenceLp = 0;
  let intercept: Column | undefined;
  if (model.kind === 'cox') {
    means = columns.map((c) => model.reference.means[c.name]!);
    referenceLp = columns.reduce((s, c, i) => s + c.beta * means[i]!, 0);
  } else {
    intercept = column(model.intercept);
  }

  let covariance: number[][] | undefined;
  if (model.covariance) {
    const names = [...(intercept ? [intercept.name] : []), ...columns.map((c) => c.name)];
    const at = names.map((n) => model.covariance!.names.indexOf(n));
    covariance = at.map((i) => at.map((j) => model.covariance!.matrix[i]![j]!));
  }

  const compiled: CompiledModel = {
    model, columns, predictors, scale, minSum, referenceLp, means, covariance, intercept,
  };
  cache.set(model, compiled);
  return compiled;
}

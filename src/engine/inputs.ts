import type { CategoricalPredictor, Inputs, Model, NumericPredictor, Predictor } from '../model/types.ts';

export interface InputProblem {
  /** The predictor id, or the unknown key that was given. */
  predictor: string;
  message: string;
}

export type InputCheck = { ok: true; inputs: Inputs } | { ok: false; problems: InputProblem[] };

/**
 * The step of a numeric input (arrow keys, steppers, snapping on the axis): the file's `step`,
 * 1 for a whole number, else a hundredth of the axis.
 */
export function stepOf(p: NumericPredictor): number {
  return p.step ?? (p.integer ? 1 : (p.axis.max - p.axis.min) / 100);
}

/** The value an input starts at: the file's default, else the reference level or the axis's middle step. */
export function defaultValue(p: Predictor): string | number {
  if (p.type === 'categorical') return p.default ?? p.reference;
  if (p.default !== undefined) return p.default;
  const step = stepOf(p);
  return p.axis.min + Math.round((p.axis.max - p.axis.min) / 2 / step) * step;
}

/** What a predictor accepts, in words: `one of low, high` or `a whole number from 1 to 15 lesions`. */
function allowedValues(p: Predictor): string {
  if (p.type === 'categorical') return `one of ${p.levels.map((l) => l.id).join(', ')}`;
  const kind = p.integer ? 'a whole number' : 'a number';
  return `${kind} from ${p.axis.min} to ${p.axis.max} ${p.unit.en}`;
}

/** The problem with one value for one predictor, or undefined when it is acceptable. */
/**
 * What a patient's inputs are, in order: every predictor, then a stratified Cox model's stratum,
 * which is chosen like a categorical predictor (one of its levels) though it scores no points.
 */
export function inputColumns(model: Model): Predictor[] {
  const stratum = model.kind === 'cox' ? model.stratum : undefined;
  if (!stratum) return model.predictors;
  const choice = { id: stratum.id, type: 'categorical', label: stratum.label, levels: stratum.levels };
  return [...model.predictors, { ...choice, reference: stratum.default ?? stratum.levels[0]!.id } as CategoricalPredictor];
}

export function checkValue(p: Predictor, value: unknown): string | undefined {
  if (value === undefined) return `missing; expected ${allowedValues(p)}`;
  if (p.type === 'categorical') {
    if (typeof value === 'string' && p.levels.some((l) => l.id === value)) return undefined;
    return `unknown level ${JSON.stringify(value)}; expected ${allowedValues(p)}`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${JSON.stringify(value) ?? String(value)} is not a number; expected ${allowedValues(p)}`;
  }
  if (p.integer && !Number.isInteger(value)) return `${value} is not a whole number; expected ${allowedValues(p)}`;
  if (value < p.axis.min || value > p.axis.max) return `${value} is outside the allowed range; expected ${allowedValues(p)}`;
  return undefined;
}

/**
 * Checks one patient's inputs against a model: every predictor present, known, and within its
 * axis. A result is computed only from inputs that pass; there is no partial answer.
 */
export function checkInputs(model: Model, raw: unknown): InputCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ predictor: '', message: 'inputs must be an object of predictor ids to values' }] };
  }
  const given = raw as Record<string, unknown>;
  const problems: InputProblem[] = [];
  const stratum = model.kind === 'cox' ? model.stratum : undefined;
  const known = new Set([...model.predictors.map((p) => p.id), ...(stratum ? [stratum.id] : [])]);
  for (const key of Object.keys(given)) {
    if (!known.has(key)) {
      problems.push({ predictor: key, message: `unknown predictor; this model's predictors are ${[...known].join(', ')}` });
    }
  }
  const inputs: Inputs = {};
  for (const p of model.predictors) {
    const value = Object.hasOwn(given, p.id) ? given[p.id] : undefined;
    const problem = checkValue(p, value);
    if (problem) problems.push({ predictor: p.id, message: problem });
    else inputs[p.id] = value as string | number;
  }
  // A stratified Cox model's stratum: one of its levels, which chooses the baseline.
  if (stratum) {
    const value = given[stratum.id];
    const ids = stratum.levels.map((l) => l.id);
    if (typeof value === 'string' && ids.includes(value)) inputs[stratum.id] = value;
    else
      problems.push({
        predictor: stratum.id,
        message: `${value === undefined ? 'missing' : `unknown stratum ${JSON.stringify(value)}`}; expected one of ${ids.join(', ')}`,
      });
  }
  return problems.length ? { ok: false, problems } : { ok: true, inputs };
}

import { compileModel } from '../engine/compile.ts';
// Every kind of model can be checked: the engine's format-version-2 parts are loaded with the checks.
import '../engine/v2.ts';
import { checkInputs } from '../engine/inputs.ts';
import type { ModelProblem } from './check.ts';
import { conforms } from './conforms.ts';
import { MODEL } from './format/model.ts';
import { modelRules, type Sound } from './rules/modelRules.ts';
import type { Model } from './types.ts';

export type { ModelProblem } from './check.ts';
export type ModelCheck = { ok: true; model: Model } | { ok: false; problems: ModelProblem[] };

/**
 * Checks a parsed model file against format version 1 and reports every problem with its JSON
 * path: first the shape the declaration in `format/` gives (with the rules attached to it), then
 * the rules between fields, then what only the engine can tell. Only a model that passes is
 * given to the engine.
 */
export function validateModel(json: unknown): ModelCheck {
  const problems: ModelProblem[] = [];
  const fail = (path: string, message: string) => void problems.push({ path, message });
  const shaped = conforms(MODEL, json, problems);
  for (const rule of modelRules) if (sound(json, problems, rule.reads)) rule.check(json, fail);
  if (shaped && !problems.length) checkTestVectors(json, fail);
  if (shaped && !problems.length) checkCompiled(json, fail);
  if (shaped && !problems.length) checkReferenceLp(json, fail);
  return shaped && !problems.length ? { ok: true, model: json } : { ok: false, problems };
}

/** Whether the model's kind is known and the parts `reads` (and all around them) have their declared shape. */
function sound<K extends string>(json: unknown, problems: ModelProblem[], reads: K[]): json is Sound<K> {
  const under = (path: string, part: string) => path === part || path.startsWith(`${part}.`) || path.startsWith(`${part}[`);
  const touches = (path: string) =>
    path === '(root)' || under(path, 'kind') || reads.some((part) => under(path, part) || under(part, path));
  return !problems.some((p) => touches(p.path));
}

/** Each test vector's inputs are ones the calculator would accept. */
function checkTestVectors(model: Model, fail: (path: string, message: string) => void): void {
  model.testVectors.forEach((v, i) => {
    const check = checkInputs(model, v.inputs);
    const at = `testVectors[${i}].inputs`;
    if (!check.ok) for (const p of check.problems) fail(p.predictor ? `${at}.${p.predictor}` : at, p.message);
  });
}

/** The numbers the engine derives once must exist: finite contributions and a points scale. */
function checkCompiled(model: Model, fail: (path: string, message: string) => void): void {
  const compiled = compileModel(model);
  let finite = true;
  compiled.predictors.forEach((cp, i) => {
    if (!Number.isFinite(cp.min) || !Number.isFinite(cp.max)) {
      finite = false;
      fail(`predictors[${i}]`, 'its contribution to the linear predictor is not a finite number everywhere on its axis');
    }
  });
  if (finite && !(Number.isFinite(compiled.scale) && compiled.scale > 0)) {
    fail('predictors', 'no predictor changes the linear predictor over its axis, so there is no points scale');
  }
}

/** A stated reference linear predictor (rms `center`) must be what the means give. */
function checkReferenceLp(model: Model, fail: (path: string, message: string) => void): void {
  if (model.kind !== 'cox' || model.reference.linearPredictor === undefined) return;
  const stated = model.reference.linearPredictor;
  const computed = compileModel(model).referenceLp;
  // Negated so that a computed NaN or Infinity fails too.
  if (!(Math.abs(stated - computed) <= 1e-6 * Math.max(1, Math.abs(stated)))) {
    fail('reference.linearPredictor', `is ${stated}, but the coefficients and reference.means give ${computed}`);
  }
}

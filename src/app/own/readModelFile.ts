import { checkTestVectors } from '../../engine/vectors.ts';
import type { Model } from '../../model/types.ts';
import { validateModel, type ModelProblem } from '../../model/validate.ts';

export type ModelFileRead = { ok: true; model: Model } | { ok: false; problems: ModelProblem[] };

/**
 * A model file from this device, checked as the build checks a bundled one: the format by
 * `validateModel`, then the file's own test vectors. Nothing is computed from a refused file.
 */
export function readModelFile(text: string): ModelFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '(root)', message: `is not valid JSON: ${(e as Error).message}` }] };
  }
  const check = validateModel(json);
  if (!check.ok) return { ok: false, problems: check.problems };
  const disagreements = checkTestVectors(check.model);
  return disagreements.length ? { ok: false, problems: disagreements } : { ok: true, model: check.model };
}

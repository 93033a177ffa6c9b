import { checkTestVectors } from '../engine/vectors.ts';
import type { Model } from './types.ts';
import { validateModel, type ModelProblem } from './validate.ts';

export type ModelFileRead = { ok: true; model: Model } | { ok: false; problems: ModelProblem[] };

/**
 * The text of a model file, checked as the build checks a bundled one: the format by
 * `validateModel`, then the file's own test vectors. Nothing is computed from a refused file.
 * Browser-safe: the page reads a file from the device with it, and the Node loader a file on disk.
 */
export function readModelText(text: string): ModelFileRead {
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

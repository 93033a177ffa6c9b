import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSemver } from '../model/semver.ts';
import type { Model } from '../model/types.ts';
import { validateModel, type ModelProblem } from '../model/validate.ts';
import { checkTestVectors } from '../engine/vectors.ts';

export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

export type Loaded =
  | { ok: true; model: Model; file: string }
  | { ok: false; file: string; problems: ModelProblem[] }
  | { ok: false; file?: undefined; error: string };

/** Versions bundled for a model id, newest first. */
export function bundledVersions(id: string): string[] {
  const dir = join(MODELS_DIR, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort((a, b) => compareSemver(b, a));
}

export function bundledIds(): string[] {
  return readdirSync(MODELS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && bundledVersions(d.name).length > 0)
    .map((d) => d.name)
    .sort();
}

/** `<model>` is a file path, `id@version`, or an id (its newest bundled version). */
export function resolveModel(ref: string): { file: string } | { error: string } {
  if (ref.endsWith('.json') || ref.includes('/') || ref.includes('\\')) return { file: resolve(ref) };
  const [id = '', version] = ref.split('@');
  const versions = bundledVersions(id);
  if (!versions.length) return { error: `unknown model ${JSON.stringify(id)}; bundled models: ${bundledIds().join(', ')}` };
  if (version === undefined) return { file: join(MODELS_DIR, id, `${versions[0]}.json`) };
  if (!versions.includes(version)) return { error: `model ${id} has no version ${version}; bundled versions: ${versions.join(', ')}` };
  return { file: join(MODELS_DIR, id, `${version}.json`) };
}

export function loadModel(ref: string): Loaded {
  const where = resolveModel(ref);
  if ('error' in where) return { ok: false, error: where.error };
  const { file } = where;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, error: `cannot read ${file}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, file, problems: [{ path: '(root)', message: `is not valid JSON: ${(e as Error).message}` }] };
  }
  const check = validateModel(json);
  if (!check.ok) return { ok: false, file, problems: check.problems };
  const disagreements = checkTestVectors(check.model);
  return disagreements.length ? { ok: false, file, problems: disagreements } : { ok: true, model: check.model, file };
}

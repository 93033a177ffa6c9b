import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSemver } from './semver.ts';
import type { Model } from './types.ts';
import { readModelText } from './readModelText.ts';
import type { ModelProblem } from './validate.ts';

/**
 * A model file as read: the validated model and its text, the problems that make it no model
 * (each by JSON path), or why it could not be read at all.
 */
export type LoadedFile =
  { ok: true; model: Model; text: string } | { ok: false; problems: ModelProblem[]; error?: undefined } | { ok: false; error: string };

/**
 * Reads a model file, validates it (`validateModel`) and runs its own test vectors: a file whose
 * vectors fail is not the model it claims to be. The one way the command line, the build, the
 * tests and the bench read a model file (Node only: the page checks a digest instead).
 */
export function loadModelFile(file: string): LoadedFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, error: `cannot read ${file}` };
  }
  const read = readModelText(text);
  return read.ok ? { ...read, text } : read;
}

/** Versions of a model id in a models folder (`<dir>/<id>/<version>.json`), newest first. */
export function modelVersions(dir: string, id: string): string[] {
  const folder = join(dir, id);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort((a, b) => compareSemver(b, a));
}

/** Every model file in a models folder, by id, then newest version first. */
export function modelFiles(dir: string): { id: string; version: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((id) => modelVersions(dir, id).map((version) => ({ id, version, file: join(dir, id, `${version}.json`) })));
}

/** Every file of a models folder loaded, or one error naming each file and its problems. */
export function loadModelFiles(dir: string): { id: string; version: string; file: string; model: Model; text: string }[] {
  const failures: string[] = [];
  const loaded = modelFiles(dir).flatMap((f) => {
    const r = loadModelFile(f.file);
    if (r.ok) return [{ ...f, model: r.model, text: r.text }];
    failures.push(...(r.error !== undefined ? [r.error] : r.problems.map((p) => `${f.file}: ${p.path}: ${p.message}`)));
    return [];
  });
  if (failures.length) throw new Error(`invalid model files:\n${failures.join('\n')}`);
  return loaded;
}

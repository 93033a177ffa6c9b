import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModelFile, modelFiles, modelVersions } from '../model/load.ts';
import type { Model } from '../model/types.ts';
import { EXIT, type Io } from './io.ts';

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

/** Bundled model ids, each with its versions newest first. */
export function bundled(): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const f of modelFiles(MODELS_DIR)) byId.set(f.id, [...(byId.get(f.id) ?? []), f.version]);
  return byId;
}

/** `<model>` is a file path, `id@version`, or an id (its newest bundled version). */
function resolveModel(ref: string): { file: string } | { error: string } {
  if (ref.endsWith('.json') || ref.includes('/') || ref.includes('\\')) return { file: resolve(ref) };
  const [id = '', version] = ref.split('@');
  const versions = modelVersions(MODELS_DIR, id);
  if (!versions.length) return { error: `unknown model ${JSON.stringify(id)}; bundled models: ${[...bundled().keys()].join(', ')}` };
  if (version === undefined) return { file: join(MODELS_DIR, id, `${versions[0]}.json`) };
  if (!versions.includes(version)) return { error: `model ${id} has no version ${version}; bundled versions: ${versions.join(', ')}` };
  return { file: join(MODELS_DIR, id, `${version}.json`) };
}

interface Wording {
  /** Put before a reason the model could not be found or read. */
  prefix: string;
  /** The line before a file's problems. */
  heading(file: string, problems: number): string;
}

const WORDING: Wording = { prefix: 'nomogram: ', heading: (file) => `nomogram: ${file} is not a valid model file:` };

/**
 * Loads a model for a command, or says why not and gives the exit status: a model that cannot be
 * found or read is bad usage (2), a file that is not a valid model is an invalid model (1).
 */
export function loadOrReport(ref: string, io: Io, wording = WORDING): { model: Model; file: string } | number {
  const where = resolveModel(ref);
  const loaded = 'error' in where ? { ok: false as const, error: where.error } : loadModelFile(where.file);
  if (!loaded.ok && loaded.error !== undefined) {
    io.err(`${wording.prefix}${loaded.error}`);
    return EXIT.usage;
  }
  const { file } = where as { file: string };
  if (loaded.ok) return { model: loaded.model, file };
  io.err(wording.heading(file, loaded.problems.length));
  for (const p of loaded.problems) io.err(`${p.path}: ${p.message}`);
  return EXIT.invalidModel;
}

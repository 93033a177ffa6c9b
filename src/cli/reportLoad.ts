import type { Model } from '../model/types.ts';
import { loadModel } from './load.ts';
import type { Io } from './main.ts';

/** Loads a model for a command, or says why not: 1 for an invalid file, 2 for an unknown model. */
export function modelOrStatus(ref: string, io: Io): Model | number {
  const loaded = loadModel(ref);
  if (loaded.ok) return loaded.model;
  if ('error' in loaded) {
    io.err(`nomogram: ${loaded.error}`);
    return 2;
  }
  io.err(`nomogram: ${loaded.file} is not a valid model file:`);
  for (const p of loaded.problems) io.err(`${p.path}: ${p.message}`);
  return 1;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModelFiles } from '../src/model/load.ts';
import type { Model } from '../src/model/types.ts';

const root = fileURLToPath(new URL('../models/', import.meta.url));

/** Every bundled model file as `id@version`, loaded as the build loads it (a test fails loudly if one is invalid). */
export function bundledModels(): { name: string; model: Model }[] {
  return loadModelFiles(root).map((f) => ({ name: `${f.id}@${f.version}`, model: f.model }));
}

export function loadBundled(id: string): Model {
  const found = bundledModels().find((m) => m.model.id === id);
  if (!found) throw new Error(`no bundled model ${id}`);
  return found.model;
}

export const veteranReference = JSON.parse(readFileSync(new URL('./fixtures/veteran-cph.json', import.meta.url), 'utf8'));

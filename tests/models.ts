import { readdirSync, readFileSync } from 'node:fs';
import { validateModel } from '../src/model/validate.ts';
import type { Model } from '../src/model/types.ts';

const root = new URL('../models/', import.meta.url);

/** Every bundled model file as `id@version`, parsed and validated (a test fails loudly if one is invalid). */
export function bundledModels(): { name: string; model: Model }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(new URL(`${d.name}/`, root))
        .filter((f) => f.endsWith('.json'))
        .map((f) => {
          const json = JSON.parse(readFileSync(new URL(`${d.name}/${f}`, root), 'utf8'));
          const check = validateModel(json);
          if (!check.ok) throw new Error(`${d.name}/${f} is invalid: ${check.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
          return { name: `${d.name}@${f.slice(0, -5)}`, model: check.model };
        }),
    );
}

export function loadBundled(id: string): Model {
  const found = bundledModels().find((m) => m.model.id === id);
  if (!found) throw new Error(`no bundled model ${id}`);
  return found.model;
}

export const veteranReference = JSON.parse(readFileSync(new URL('./fixtures/veteran-cph.json', import.meta.url), 'utf8'));

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bundledModels } from './models.ts';

const SRC = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

// Identifiers that are also ordinary English words ("standard normal", colours such as "white" in
// drawing code) are not evidence of a model.
const ORDINARY = new Set(['standard', 'female', 'other', 'large', 'white', 'black']);

it('src/ names no bundled model, predictor or level: a new model is a new file, not new code', () => {
  const names = new Set<string>();
  for (const { model } of bundledModels()) {
    names.add(model.id);
    for (const p of model.predictors) {
      names.add(p.id);
      if (p.type === 'categorical') for (const l of p.levels) names.add(l.id);
    }
  }
  const distinctive = [...names].filter((n) => n.length >= 5 && !ORDINARY.has(n));
  const found: string[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const name of distinctive) {
      if (new RegExp(`(^|[^A-Za-z0-9-])${name.replace(/[-]/g, '\\-')}([^A-Za-z0-9-]|$)`).test(text))
        found.push(`${file.slice(SRC.length)}: ${name}`);
    }
  }
  expect(distinctive.length).toBeGreaterThan(10);
  expect(found).toEqual([]);
});

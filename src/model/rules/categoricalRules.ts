import { show } from '../check.ts';
import type { Fail } from '../declare.ts';

interface Categorical {
  levels: { id: string; coefficient?: unknown }[];
  reference: string;
  default?: string;
}

/** Levels are told apart by id; the reference level, and only it, has no coefficient. */
export function categoricalRules(p: Categorical, path: string, fail: Fail): void {
  const ids = new Set<string>();
  p.levels.forEach((level, i) => {
    const at = `${path}.levels[${i}]`;
    if (ids.has(level.id)) fail(`${at}.id`, `duplicates another level of this predictor: ${JSON.stringify(level.id)}`);
    ids.add(level.id);
    const isReference = level.id === p.reference;
    if (isReference && level.coefficient) fail(`${at}.coefficient`, 'the reference level contributes 0 and takes no coefficient');
    if (!isReference && !level.coefficient) fail(`${at}.coefficient`, `is required on a level other than the reference ${show(p.reference)}`);
  });
  const list = [...ids].join(', ');
  if (!ids.has(p.reference)) fail(`${path}.reference`, `must be one of the levels (${list}), got ${JSON.stringify(p.reference)}`);
  if (p.default !== undefined && !ids.has(p.default)) fail(`${path}.default`, `must be one of the levels (${list}), got ${show(p.default)}`);
}

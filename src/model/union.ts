import type { Schema } from './declare.ts';
import { resolve } from './resolve.ts';

const discriminators = new WeakMap<Schema[], { key: string; values: unknown[] }>();

/** The property that tells a union's branches apart: a constant in each, a different one in each. */
export function discriminator(branches: Schema[]): { key: string; values: unknown[] } {
  let found = discriminators.get(branches);
  if (!found) {
    const resolvedBranches = branches.map(resolve);
    const constants = (key: string) => resolvedBranches.map((b) => b.properties?.[key]?.const);
    const key = Object.keys(resolvedBranches[0]!.properties ?? {}).find((k) => {
      const values = constants(k);
      return values.every((c) => c !== undefined) && new Set(values).size === values.length;
    })!;
    discriminators.set(branches, (found = { key, values: constants(key) }));
  }
  return found;
}

const sharedParts = new WeakMap<Schema[], Schema>();

/**
 * The fields every branch of a union declares alike, required where every branch requires them;
 * a field only some branches have is let be, and one that no branch has is reported.
 */
export function shared(branches: Schema[]): Schema {
  let found = sharedParts.get(branches);
  if (!found) {
    const all = branches.map(resolve);
    const first = all[0]!.properties ?? {};
    const alike = (key: string) => all.every((b) => b.properties?.[key] === first[key]);
    const anywhere = new Set(all.flatMap((b) => Object.keys(b.properties ?? {})));
    const properties = Object.fromEntries([...anywhere].map((key) => [key, alike(key) ? first[key]! : {}]));
    const required = all[0]!.required.filter((key) => alike(key) && all.every((b) => b.required.includes(key)));
    sharedParts.set(branches, (found = { type: 'object', properties, required, additionalProperties: false }));
  }
  return found;
}

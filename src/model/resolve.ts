import { CHECK, TARGET, type Check, type Schema } from './declare.ts';

const resolved = new WeakMap<Schema, Schema>();

/** A reference's own keywords narrow, or describe, the definition it names; both checks run. */
export function resolve(s: Schema): Schema {
  const target = s[TARGET];
  if (!target) return s;
  let merged = resolved.get(s);
  if (!merged) {
    const base = resolve(target);
    const [first, second] = [base[CHECK], s[CHECK]] as (Check<unknown> | undefined)[];
    const check: Check<unknown> | undefined = first && second ? (v, p, f) => (first(v, p, f), second(v, p, f)) : (second ?? first);
    resolved.set(s, (merged = { ...base, ...s, [CHECK]: check }));
  }
  return merged;
}

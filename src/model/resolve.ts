import { CHECK, TARGET, type Check, type Schema } from './declare.ts';

/**
 * A schema as the walker reads it: a reference merged with the definition it names (its own
 * keywords narrow or describe it, and both checks run), every keyword in one fixed layout so
 * that walking a large file stays quick, and the pattern compiled once.
 */
export interface Node {
  type: Schema['type'];
  not: boolean;
  nullable: Schema | undefined;
  /** stringOrObject(): the branch for a string and the branch for an object. */
  either: [Schema, Schema] | undefined;
  oneOf: Schema[] | undefined;
  hasConst: boolean;
  constant: unknown;
  enum: readonly string[] | undefined;
  properties: Record<string, Schema> | undefined;
  required: string[];
  additionalProperties: Schema | undefined;
  items: Schema | undefined;
  minItems: number | undefined;
  maxItems: number | undefined;
  uniqueItems: boolean;
  pattern: RegExp | undefined;
  patternErrorMessage: string | undefined;
  errorMessage: string | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  exclusiveMinimum: number | undefined;
  check: Check<unknown> | undefined;
}

const compiledSchemas = new WeakMap<Schema, Node>();

export function resolve(schema: Schema): Node {
  let node = compiledSchemas.get(schema);
  if (!node) compiledSchemas.set(schema, (node = build(merged(schema))));
  return node;
}

function merged(s: Schema): Schema {
  const target = s[TARGET];
  if (!target) return s;
  const base = merged(target);
  const [first, second] = [base[CHECK], s[CHECK]] as (Check<unknown> | undefined)[];
  const check: Check<unknown> | undefined = first && second ? (v, p, f) => (first(v, p, f), second(v, p, f)) : (second ?? first);
  return { ...base, ...s, [CHECK]: check };
}

const build = (s: Schema): Node => ({
  type: s.type,
  not: s.not !== undefined,
  nullable: s.anyOf?.[1]?.type === 'null' ? s.anyOf[0] : undefined,
  either: s.anyOf && s.anyOf[1]?.type !== 'null' ? [s.anyOf[0]!, s.anyOf[1]!] : undefined,
  oneOf: s.oneOf,
  hasConst: 'const' in s,
  constant: s.const,
  enum: s.enum,
  properties: s.properties,
  required: s.required ?? [],
  additionalProperties: s.additionalProperties || undefined,
  items: s.items,
  minItems: s.minItems,
  maxItems: s.maxItems,
  uniqueItems: s.uniqueItems === true,
  pattern: s.pattern && s.pattern !== '\\S' ? new RegExp(s.pattern) : undefined,
  patternErrorMessage: s.patternErrorMessage,
  errorMessage: s.errorMessage,
  minimum: s.minimum,
  maximum: s.maximum,
  exclusiveMinimum: s.exclusiveMinimum,
  check: s[CHECK] as Check<unknown> | undefined,
});

/**
 * A small builder for the model format: each call returns a plain JSON Schema (draft 2020-12)
 * object that also carries, for TypeScript only, the type of the values it admits. The same
 * objects are published as models/model.schema.json (tools/modelSchema.ts), walked by
 * `conforms` to check a file, and read by `Static` for the types in types.ts.
 *
 * Symbol-keyed properties (a definition's name, a reference's target, a hand-written check) are
 * left out by JSON.stringify, so they never reach the published schema.
 */

declare const STATIC: unique symbol;
export const NAME = Symbol('definition name');
export const TARGET = Symbol('reference target');
export const CHECK = Symbol('hand-written check');

/** Reports a problem at a JSON path. */
export type Fail = (path: string, message: string) => void;
/** A rule a schema cannot state, run once the value has the declared shape. */
export type Check<T> = (value: T, path: string, fail: Fail) => void;

/** The JSON Schema keywords this format uses, plus two that editors show as messages. */
export interface Keywords {
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | false;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: readonly string[];
  const?: unknown;
  oneOf?: Schema[];
  anyOf?: Schema[];
  not?: object;
  $ref?: string;
  /** The message for a failed `pattern` (read by VS Code too). */
  patternErrorMessage?: string;
  /** The message for a failed bound, count, const or `not` (read by VS Code too). */
  errorMessage?: string;
}

export interface Schema<T = unknown> extends Keywords {
  readonly [STATIC]?: T;
  readonly [NAME]?: string;
  readonly [TARGET]?: Schema;
  readonly [CHECK]?: Check<never>;
}

/** The type of the values a schema admits. */
export type Static<S> = S extends Schema<infer T> ? T : never;

interface Optional<S extends Schema> {
  optional: S;
}
type Field = Schema | Optional<Schema>;
type OptionalKeys<P> = { [K in keyof P]: P[K] extends Optional<Schema> ? K : never }[keyof P];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<P> = Flat<
  { -readonly [K in Exclude<keyof P, OptionalKeys<P>>]: Static<P[K]> } & {
    -readonly [K in OptionalKeys<P>]?: P[K] extends Optional<infer S> ? Static<S> : never;
  }
>;

const isOptional = (f: Field): f is Optional<Schema> => 'optional' in f;
const schema = <T>(keywords: Keywords): Schema<T> => keywords as Schema<T>;

/** Names a schema, so that it is published once under `$defs` and referred to elsewhere. */
export const define = <S extends Schema>(name: string, s: S): S => ({ ...s, [NAME]: name });

/** A use of a named schema with keywords of its own: a description, or a narrower bound. */
export const ref = <S extends Schema>(target: S, own: Keywords = {}): Schema<Static<S>> =>
  ({ $ref: `#/$defs/${target[NAME]}`, ...own, [TARGET]: target }) as Schema<Static<S>>;

/** Attaches a rule a schema cannot state (increasing knots, an interval around its estimate). */
export const refine = <S extends Schema>(s: S, check: Check<Static<S>>): S =>
  (s[NAME] ? { ...ref(s), [CHECK]: check } : { ...s, [CHECK]: check }) as S;

export const optional = <S extends Schema>(s: S): Optional<S> => ({ optional: s });

export const object = <P extends Record<string, Field>>(fields: P, own: Keywords = {}): Schema<ObjectOf<P>> => {
  const entries = Object.entries(fields);
  return schema({
    type: 'object',
    ...own,
    properties: Object.fromEntries(entries.map(([k, f]) => [k, isOptional(f) ? f.optional : f])),
    required: entries.filter(([, f]) => !isOptional(f)).map(([k]) => k),
    additionalProperties: false,
  });
};

/** An object whose keys are free (predictor ids, coefficient names) and whose values share a schema. */
export const record = <S extends Schema>(values: S, own: Keywords = {}): Schema<Record<string, Static<S>>> =>
  schema({ type: 'object', ...own, additionalProperties: values });

export const array = <S extends Schema>(items: S, own: Keywords = {}): Schema<Static<S>[]> => schema({ type: 'array', ...own, items });

/** Two values of one schema, as `[lower, upper]`. */
export const pair = <S extends Schema>(items: S, own: Keywords = {}): Schema<[Static<S>, Static<S>]> =>
  schema({ type: 'array', ...own, items, minItems: 2, maxItems: 2 });

export const literal = <const L extends string | number>(value: L, own: Keywords = {}): Schema<L> => schema({ const: value, ...own });

export const oneOfStrings = <const L extends readonly string[]>(values: L, own: Keywords = {}): Schema<L[number]> =>
  schema({ enum: values, ...own });

/** One of a few numbers, such as a format version. */
export const oneOfNumbers = <const L extends readonly number[]>(values: L, own: Keywords = {}): Schema<L[number]> =>
  schema({ enum: values as unknown as readonly string[], ...own });

export const boolean = (own: Keywords = {}): Schema<boolean> => schema({ type: 'boolean', ...own });

export const numberType = (own: Keywords = {}): Schema<number> => schema({ type: 'number', ...own });

export const stringType = (own: Keywords = {}): Schema<string> => schema({ type: 'string', ...own });

export const nullable = <S extends Schema>(s: S): Schema<Static<S> | null> => schema({ anyOf: [s, { type: 'null' }] });

/** A string or an object (a period given as dates, or in words in every language), told apart by the JSON type. */
export const stringOrObject = <A extends Schema<string>, B extends Schema<object>>(
  a: A,
  b: B,
  own: Keywords = {},
): Schema<Static<A> | Static<B>> => schema({ ...own, anyOf: [a, b] });

/** One of several object schemas, told apart by a property that is a different constant in each. */
export const union = <const S extends readonly Schema[]>(branches: S, own: Keywords = {}): Schema<Static<S[number]>> =>
  schema({ ...own, oneOf: [...branches] });

/** A field that must be absent, with the reason shown when it is not. */
export const never = (errorMessage: string): Schema<never> => schema({ not: {}, errorMessage });

/** Keywords that require exactly one of the given fields of an object. */
export const exactlyOne = (keys: readonly string[]): Keywords => ({ oneOf: keys.map((k) => ({ required: [k] })) });

/** String or number: a value a patient's input may take. */
export const stringOrNumber = (own: Keywords = {}): Schema<string | number> => schema({ type: ['string', 'number'], ...own });

/** A string with a pattern; every string in the format is also not blank. */
export const matching = (pattern: string, patternErrorMessage: string, own: Keywords = {}): Schema<string> =>
  schema({ type: 'string', pattern, patternErrorMessage, ...own });

/**
 * An object schema with some fields redeclared, forbidden or made exclusive. It admits fewer
 * values than `s`, so the type of `s` still holds for every value it admits.
 */
export const narrow = <S extends Schema>(s: S, fields: Record<string, Schema>, own: Keywords = {}): S =>
  ({ ...s, ...own, properties: { ...s.properties, ...fields } }) as S;

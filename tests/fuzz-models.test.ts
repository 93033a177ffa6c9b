import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { compileModel } from '../src/engine/compile.ts';
import type { Prediction } from '../src/engine/predict.ts';
import { validateModel } from '../src/model/validate.ts';
import { mulberry32 } from './random.ts';
import { schemaValidate as schema } from './schemaValidator.ts';

/*
 * Mutation fuzzing of the validator. Each bundled model file is broken in one random way (a key
 * deleted, a value replaced by something wrong, an array shuffled or an element duplicated), then:
 *   - validateModel never throws;
 *   - a rejection names every problem with a non-empty path that exists in the mutated file (or is
 *     a missing key of an object that exists) and a non-empty, one-line message;
 *   - an acceptance means the change was harmless: every test vector still predicts finite points,
 *     linear predictor and SE, and risks in [0, 1] with lower <= estimate <= upper; and the
 *     schema (models/model.schema.json) accepts the file too: it must never be stricter than the
 *     validator, or editors would flag files the app reads.
 * Deterministic: case i of a model always gets the same mutation. FUZZ_CASES (default 2000) sets
 * the total number of variants, FUZZ_SEED the seed.
 */

const TOTAL = Number(process.env.FUZZ_CASES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

type Json = unknown;
type Key = string | number;
type Container = Record<string, Json> | Json[];


const isContainer = (v: Json): v is Container => typeof v === 'object' && v !== null;

/** Every location in a value, as key lists; the root is []. */
function locations(v: Json, at: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => locations(x, [...at, i], out));
  else if (isContainer(v)) for (const [k, x] of Object.entries(v)) locations(x, [...at, k], out);
  return out;
}

function get(root: Json, at: Key[]): Json {
  let node = root;
  for (const k of at) node = (node as Record<Key, Json>)[k];
  return node;
}

const show = (at: Key[]) => at.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '') || '(root)';

const MARKUP = '<img src=x onerror=alert(1)>';

/** A value of the wrong type for `v`. */
function wrongType(v: Json): Json {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return 42;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return { 0: v[0] ?? null };
  if (isContainer(v)) return [v];
  return 'text';
}

const REPLACEMENTS: { name: string; value: (old: Json) => Json }[] = [
  { name: 'a wrong type', value: wrongType },
  { name: 'NaN', value: () => NaN },
  { name: 'Infinity', value: () => Infinity },
  { name: '-Infinity', value: () => -Infinity },
  { name: '-1', value: () => -1 },
  { name: '0', value: () => 0 },
  { name: '""', value: () => '' },
  { name: 'null', value: () => null },
  { name: '[]', value: () => [] },
  { name: '{}', value: () => ({}) },
  { name: '1e308', value: () => 1e308 },
  { name: '-1e308', value: () => -1e308 },
  { name: '1e20', value: () => 1e20 },
  { name: 'markup', value: () => MARKUP },
  { name: 'true', value: () => true },
];

interface Variant {
  json: Json;
  description: string;
}

/**
 * One mutated copy of `model`. The location is picked at a random depth first, then uniformly
 * within that depth, so that top-level fields are hit as often as the long baseline table.
 */
function mutate(model: Json, random: () => number): Variant {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const json = structuredClone(model);
  const all = locations(json);
  const atRandomDepth = (candidates: Key[][]): Key[] | undefined => {
    if (!candidates.length) return undefined;
    const depths = [...new Set(candidates.map((c) => c.length))];
    const depth = pick(depths);
    return pick(candidates.filter((c) => c.length === depth));
  };
  const r = random();

  if (r < 0.15) {
    const at = atRandomDepth(all.filter((c) => Array.isArray(get(json, c)) && (get(json, c) as Json[]).length >= 2));
    if (at) {
      const xs = get(json, at) as Json[];
      const before = JSON.stringify(xs);
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      if (JSON.stringify(xs) === before) xs.reverse();
      return { json, description: `shuffled ${show(at)}` };
    }
  }
  if (r < 0.3) {
    const at = atRandomDepth(all.filter((c) => Array.isArray(get(json, c)) && (get(json, c) as Json[]).length >= 1));
    if (at) {
      const xs = get(json, at) as Json[];
      const i = Math.floor(random() * xs.length);
      xs.splice(Math.floor(random() * (xs.length + 1)), 0, structuredClone(xs[i]));
      return { json, description: `duplicated ${show(at)}[${i}]` };
    }
  }
  if (r < 0.55) {
    const at = atRandomDepth(all.filter((c) => c.length > 0));
    if (at) {
      const parent = get(json, at.slice(0, -1)) as Container;
      const key = at[at.length - 1]!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return { json, description: `deleted ${show(at)}` };
    }
  }
  const at = atRandomDepth(all)!;
  const replacement = pick(REPLACEMENTS);
  const value = replacement.value(get(json, at));
  if (at.length === 0) return { json: value, description: `replaced the whole file with ${replacement.name}` };
  (get(json, at.slice(0, -1)) as Record<Key, Json>)[at[at.length - 1]!] = value;
  return { json, description: `replaced ${show(at)} with ${replacement.name}` };
}

/**
 * Whether a problem path (`predictors[3].knots`, `reference.means.age''`, `(root)`) names a
 * location of `root`, or a missing key of an object (or index of an array) that exists.
 * Object keys are matched greedily against the keys that exist, so a key may contain dots.
 */
function resolves(root: Json, path: string): boolean {
  if (path === '(root)') return true;
  let node: Json = root;
  let rest = path;
  let first = true;
  while (rest !== '') {
    if (!isContainer(node)) return false;
    let key: Key;
    const index = /^\[(\d+)\]/.exec(rest);
    if (index) {
      if (!Array.isArray(node)) return false;
      key = Number(index[1]);
      rest = rest.slice(index[0].length);
    } else {
      if (Array.isArray(node)) return false;
      if (!first) {
        if (!rest.startsWith('.')) return false;
        rest = rest.slice(1);
      }
      const ends = (k: string) => rest.startsWith(k) && (rest.length === k.length || rest[k.length] === '.' || rest[k.length] === '[');
      const existing = Object.keys(node).filter(ends).sort((a, b) => b.length - a.length)[0];
      // A key that does not exist must be the last one, and contain no separator.
      key = existing ?? (/[.[\]]/.test(rest) || rest === '' ? '' : rest);
      if (key === '') return false;
      rest = rest.slice(key.length);
    }
    first = false;
    if (rest === '') return true;
    if (!Object.hasOwn(node, key)) return false;
    node = (node as Record<Key, Json>)[key];
  }
  return true;
}

const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const risk = (x: unknown) => x === null || (finite(x) && (x as number) >= 0 && (x as number) <= 1);

/** What is wrong with the predictions of an accepted model, or nothing. */
function predictionProblems(model: import('../src/model/types.ts').Model): string[] {
  const out: string[] = [];
  model.testVectors.forEach((v, i) => {
    let p: Prediction;
    try {
      p = compileModel(model).predict(v.inputs);
    } catch (e) {
      out.push(`testVectors[${i}]: predict threw ${String(e)}`);
      return;
    }
    for (const [id, pts] of Object.entries(p.points)) if (!finite(pts)) out.push(`testVectors[${i}]: points.${id} = ${pts}`);
    for (const key of ['totalPoints', 'linearPredictor', 'linearPredictorSe'] as const) {
      if (!finite(p[key])) out.push(`testVectors[${i}]: ${key} = ${p[key]}`);
    }
    const intervals = [...(p.survival ?? []), ...(p.probability ? [p.probability] : [])];
    for (const s of intervals) {
      const { estimate, lower, upper } = s;
      if (![estimate, lower, upper].every(risk)) out.push(`testVectors[${i}]: risk out of [0, 1]: ${JSON.stringify(s)}`);
      else if (estimate !== null && lower !== null && upper !== null && !(lower <= estimate && estimate <= upper)) {
        out.push(`testVectors[${i}]: interval not ordered: ${JSON.stringify(s)}`);
      }
    }
  });
  return out;
}

const modelsDir = new URL('../models/', import.meta.url);
const files = readdirSync(modelsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, modelsDir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${d.name}/${f}`),
  )
  .sort();
const perFile = Math.ceil(TOTAL / files.length);

describe('the path resolver used by the fuzzer', () => {
  const doc = { a: { 'b.c': [1, { d: 2 }] }, "age''": 1 };
  it.each([
    ['(root)', true],
    ['a', true],
    ['a.b.c', true],
    ['a.b.c[1].d', true],
    ['a.b.c[1].e', true],
    ['a.b.c[2]', true],
    ["age''", true],
    ['missing', true],
    ['missing.deeper', false],
    ['a.b.c[0].d', false],
    ['a[0]', false],
    ['a.b.c.d', false],
    ['a.', false],
  ])('resolves %s: %s', (path, expected) => expect(resolves(doc, path)).toBe(expected));
});

describe(`validateModel under ${perFile * files.length} mutated model files (seed ${SEED})`, () => {
  it('finds models to mutate', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(`never throws, names real locations, and accepts only harmless changes to ${file}`, { timeout: Math.max(60_000, perFile * 50) }, () => {
      const model = JSON.parse(readFileSync(new URL(file, modelsDir), 'utf8'));
      const failures: string[] = [];
      let rejected = 0;
      let accepted = 0;
      for (let i = 0; i < perFile; i++) {
        const { json, description } = mutate(model, mulberry32(SEED + Math.imul(i + 1, 0x9e3779b1)));
        const where = `${file} case ${i} (${description})`;
        let result: ReturnType<typeof validateModel>;
        try {
          result = validateModel(json);
        } catch (e) {
          failures.push(`${where}: validateModel threw ${String(e)}`);
          continue;
        }
        if (!result.ok) {
          rejected++;
          if (!Array.isArray(result.problems) || result.problems.length === 0) failures.push(`${where}: not ok but no problems`);
          for (const p of result.problems) {
            const line = `${where}: ${JSON.stringify(p)}`;
            if (typeof p.path !== 'string' || p.path === '') failures.push(`${line}: empty path`);
            else if (!resolves(json, p.path)) failures.push(`${line}: path does not resolve`);
            if (typeof p.message !== 'string' || p.message.trim() === '') failures.push(`${line}: empty message`);
            else if (/[\r\n]|undefined|\[object Object\]/.test(p.message)) failures.push(`${line}: malformed message`);
          }
        } else {
          accepted++;
          for (const problem of predictionProblems(result.model)) failures.push(`${where}: accepted, but ${problem}`);
          if (!schema(json)) failures.push(`${where}: accepted, but the schema rejects it: ${JSON.stringify(schema.errors?.slice(0, 3))}`);
        }
      }
      expect(failures.slice(0, 20)).toEqual([]);
      expect(rejected + accepted).toBe(perFile);
      // The fuzzer is worth something only if it breaks most files and leaves some harmless.
      expect(rejected).toBeGreaterThan(perFile / 2);
      expect(accepted).toBeGreaterThan(0);
    });
  }
});

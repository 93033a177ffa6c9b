import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { validateModel } from '../src/model/validate.ts';
import { modelSchema } from '../tools/modelSchema.ts';
import { schemaJson as schema, schemaValidate } from './schemaValidator.ts';

// models/model.schema.json documents the file format for editors; validateModel is what the app
// runs. Both come from one declaration (src/model/format/): every bundled file must pass both,
// and both must reject the same malformed files (as far as a schema can say: the numeric rules
// live in the validator only).

const modelsDir = new URL('../models/', import.meta.url);

/** Every models/<id>/<version>.json, whatever exists when the tests run. */
const files = readdirSync(modelsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, modelsDir))
      .filter((f) => f.endsWith('.json') && f !== 'model.schema.json')
      .map((f) => `${d.name}/${f}`),
  );

const read = (file: string) => JSON.parse(readFileSync(new URL(file, modelsDir), 'utf8'));
const schemaErrors = () =>
  (schemaValidate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

/** A model file being broken on purpose: any shape goes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- malformed model files are built by poking at arbitrary JSON
type Json = any;

const veteran: Json = read('veteran-teaching/1.0.0.json');

/** The veteran model turned into a valid logistic model, to exercise the other half of the kind split. */
function logistic(): Json {
  const m = structuredClone(veteran);
  m.kind = 'logistic';
  for (const key of ['timeUnit', 'horizons', 'reference', 'baseline']) delete m[key];
  m.intercept = { name: 'Intercept', beta: -1.2 };
  m.covariance.names.unshift('Intercept');
  m.covariance.matrix = [[0.5, ...m.covariance.matrix.map(() => 0)], ...m.covariance.matrix.map((row: number[]) => [0, ...row])];
  for (const v of m.testVectors) {
    delete v.expected.survival;
    delete v.expected.medianSurvival;
  }
  return m;
}

describe('models/model.schema.json', () => {
  it('is exactly what the declaration in src/model/format/ gives (npm run schema writes it)', () => {
    expect(readFileSync(new URL('model.schema.json', modelsDir), 'utf8')).toBe(modelSchema());
  });

  it('is a draft 2020-12 schema with definitions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs).length).toBeGreaterThan(10);
    expect(schema.description).toMatch(/validateModel/);
  });

  it('finds the bundled model files', () => {
    expect(files).toContain('veteran-teaching/1.0.0.json');
  });

  for (const file of files) {
    describe(file, () => {
      it('passes the schema', () => {
        const ok = schemaValidate(read(file));
        expect(schemaErrors()).toEqual([]);
        expect(ok).toBe(true);
      });

      it('passes validateModel', () => {
        const result = validateModel(read(file));
        expect(result.ok ? [] : result.problems).toEqual([]);
      });

      it('points $schema at the schema, when it names one', () => {
        const json = read(file);
        if (json.$schema !== undefined) expect(existsSync(new URL(json.$schema, new URL(file, modelsDir)))).toBe(true);
      });
    });
  }

  it('accepts a logistic model in both', () => {
    const m = logistic();
    const result = validateModel(m);
    expect(result.ok ? [] : result.problems).toEqual([]);
    schemaValidate(m);
    expect(schemaErrors()).toEqual([]);
  });

  interface Case {
    what: string;
    make: () => unknown;
    /** JSON pointer of the instance the schema complains about (the parent, for an unknown or missing field). */
    pointer: string;
  }
  const cases: Case[] = [
    { what: 'a Text without its Chinese', make: () => edit((m) => delete m.title.zh), pointer: '/title' },
    { what: 'formatVersion 3', make: () => edit((m) => (m.formatVersion = 3)), pointer: '/formatVersion' },
    { what: 'a version that is not semver', make: () => edit((m) => (m.version = '1.0')), pointer: '/version' },
    { what: 'an unknown kind', make: () => edit((m) => (m.kind = 'weibull')), pointer: '/kind' },
    {
      what: 'a misspelt field',
      make: () =>
        edit((m) => {
          m.predictors[2].derivationRang = [10, 99];
          delete m.predictors[2].derivationRange;
        }),
      pointer: '/predictors/2',
    },
    { what: 'an intercept in a Cox model', make: () => edit((m) => (m.intercept = { name: 'Intercept', beta: 1 })), pointer: '' },
    { what: 'a Cox model without a baseline', make: () => edit((m) => delete m.baseline), pointer: '' },
    {
      what: 'both beta and hazardRatio',
      make: () => edit((m) => (m.predictors[2].coefficient.hazardRatio = 0.966)),
      pointer: '/predictors/2/coefficient',
    },
    {
      what: 'an odds ratio in a Cox model',
      make: () => edit((m) => (m.predictors[0].levels[1].coefficient = { name: 'trt=test', oddsRatio: 1.42 })),
      pointer: '/predictors/0/levels/1/coefficient',
    },
    {
      what: 'a hazard ratio in a logistic model',
      make: () => {
        const m = logistic();
        m.predictors[2].coefficient = { name: 'karno', hazardRatio: 0.97 };
        return m;
      },
      pointer: '/predictors/2/coefficient',
    },
    {
      what: 'a negative hazard ratio',
      make: () => edit((m) => (m.predictors[2].coefficient = { name: 'karno', hazardRatio: -0.97 })),
      pointer: '/predictors/2/coefficient/hazardRatio',
    },
    { what: 'an unknown predictor type', make: () => edit((m) => (m.predictors[2].type = 'quadratic')), pointer: '/predictors/2/type' },
    { what: 'a spline with two knots', make: () => edit((m) => (m.predictors[3].knots = [38, 70.2])), pointer: '/predictors/3/knots' },
    { what: 'baseline survival above 1', make: () => edit((m) => (m.baseline.survival[0] = 1.2)), pointer: '/baseline/survival/0' },
    {
      what: 'an exponential median of 0',
      make: () => edit((m) => (m.baseline = { type: 'exponential', median: 0 })),
      pointer: '/baseline/median',
    },
    {
      what: 'a number too large to compute with',
      make: () => edit((m) => (m.predictors[2].coefficient.beta = 1e300)),
      pointer: '/predictors/2/coefficient/beta',
    },
    {
      what: 'an expected total that is a string',
      make: () => edit((m) => (m.testVectors[0].expected.totalPoints = '138.8')),
      pointer: '/testVectors/0/expected/totalPoints',
    },
    {
      what: 'a changelog date in another format',
      make: () => edit((m) => (m.changelog[0].date = '22/11/2026')),
      pointer: '/changelog/0/date',
    },
    { what: 'repeated covariance names', make: () => edit((m) => (m.covariance.names[8] = 'trt=test')), pointer: '/covariance/names' },
    {
      what: 'an event without its death flag',
      make: () => edit((m) => (m.event = { name: { en: 'death', zh: '死亡' } })),
      pointer: '/event',
    },
    {
      what: 'a comparison caveat in one language',
      make: () => edit((m) => (m.comparisonCaveat = 'randomised')),
      pointer: '/comparisonCaveat',
    },
    { what: 'a period that is a number', make: () => edit((m) => (m.provenance.period = 1986)), pointer: '/provenance/period' },
    { what: 'null', make: () => null, pointer: '' },
    { what: 'an array', make: () => [veteran], pointer: '' },
    { what: 'a string', make: () => 'veteran-teaching', pointer: '' },
  ];

  function edit(mutate: (m: Json) => unknown): Json {
    const m = structuredClone(veteran);
    mutate(m);
    return m;
  }

  for (const c of cases) {
    it(`rejects ${c.what} in both the schema and validateModel`, () => {
      const json = c.make();
      expect(validateModel(json).ok).toBe(false);
      expect(schemaValidate(json)).toBe(false);
      expect(schemaValidate.errors?.map((e) => e.instancePath)).toContain(c.pointer);
    });
  }
});

describe('the declaration behind models/model.schema.json', () => {
  // validateModel walks the declaration itself; a keyword it does not know would be enforced by
  // editors but not by the app. Every keyword the schema uses must be one the walker reads.
  const understood = new Set([
    '$schema',
    'title',
    'description',
    '$defs',
    '$ref',
    'type',
    'properties',
    'required',
    'additionalProperties',
    'items',
    'minItems',
    'maxItems',
    'uniqueItems',
    'pattern',
    'patternErrorMessage',
    'errorMessage',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'enum',
    'const',
    'oneOf',
    'anyOf',
    'not',
  ]);
  const keywords = (node: unknown, out = new Set<string>()): Set<string> => {
    if (Array.isArray(node)) node.forEach((x) => keywords(x, out));
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        const isMap = k === 'properties' || k === '$defs';
        if (!isMap) out.add(k);
        if (isMap) Object.values(v as object).forEach((x) => keywords(x, out));
        else if (k !== 'const' && k !== 'enum' && k !== 'required') keywords(v, out);
      }
    }
    return out;
  };

  it('uses only JSON Schema keywords that validateModel also enforces', () => {
    expect([...keywords(schema)].filter((k) => !understood.has(k))).toEqual([]);
  });

  it('tells apart the branches of every union by a constant (kind, type)', () => {
    const defs = schema.$defs as Record<string, { properties?: Record<string, { const?: unknown }> }>;
    const unions: { $ref: string }[][] = [];
    const find = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(find);
      else if (typeof node === 'object' && node !== null) {
        const { oneOf, type } = node as { oneOf?: { $ref: string }[]; type?: string };
        if (oneOf && !type) unions.push(oneOf);
        Object.values(node).forEach(find);
      }
    };
    find(schema);
    expect(unions.length).toBeGreaterThanOrEqual(3);
    for (const branches of unions) {
      const props = branches.map((b) => defs[b.$ref.replace('#/$defs/', '')]!.properties ?? {});
      const told = Object.keys(props[0]!).some((k) => {
        const values = props.map((p) => p[k]?.const);
        return values.every((v) => v !== undefined) && new Set(values).size === values.length;
      });
      expect(told, JSON.stringify(branches)).toBe(true);
    }
  });
});

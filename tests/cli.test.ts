import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { validateModel } from '../src/model/validate.ts';
import type { Model } from '../src/model/types.ts';
import { bundledModels, loadBundled, veteranReference } from './models.ts';
import { vectorTolerance } from '../src/engine/tolerance.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLED = ['birthwt-teaching', 'liu2025-os', 'liu2025-os-full', 'veteran-teaching'];

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a capturing io. */
async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

const liuReferenceLike = {
  treatment: 'etop-ifo',
  pulmonaryMetastases: 3,
  tStage: 'high',
  nStage: 'low',
  radiotherapy: 'no',
  ldh: 'low',
};
const liuFullReferenceLike = {
  ...liuReferenceLike,
  age: 28,
  sex: 'male',
  tumorType: 'osteosarcoma',
  tumorSite: 'other',
  heartDisease: 'no',
};
const veteranPatient1 = { trt: 'test', celltype: 'smallcell', karno: 40, age: 67, prior: 'no' };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nomogram-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeTmp(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const modelText = (id: string) => readFileSync(join(ROOT, 'models', id, '1.0.0.json'), 'utf8');

describe('nomogram validate', () => {
  for (const id of BUNDLED) {
    it(`accepts the bundled model ${id} with exit 0 and "ok"`, async () => {
      const r = await run('validate', id);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^ok\\s+${id}@1\\.0\\.0`));
      expect(r.stderr).toBe('');
    });
  }

  it('reports every problem of a malformed file as "<json path>: <problem>" and exits 1', async () => {
    const json = JSON.parse(modelText('veteran-teaching'));
    delete json.title; // required field
    json.version = '1.0'; // not a semantic version
    json.kind = 'cox';
    json.predictors[2].coefficient.beta = 'steep'; // not a number
    json.baseline.survival[5] = 1.5; // not a probability
    json.horizons = [365, 90]; // not increasing
    json.colour = 'blue'; // unknown field
    const file = writeTmp('broken.json', JSON.stringify(json, null, 2));
    const expected = validateModel(json);
    expect(expected.ok).toBe(false);
    const problems = expected.ok ? [] : expected.problems;

    const r = await run('validate', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const out = lines(r.stderr);
    expect(out[0]).toContain(file);
    expect(out[0]).toContain(`${problems.length} problems`);
    // One line per problem, each "<json path>: <problem>", and nothing else.
    expect(out.slice(1)).toEqual(problems.map((p) => `${p.path}: ${p.message}`));
    // The problems planted above are all among them, each at its own path.
    for (const path of ['title', 'version', 'predictors[2].coefficient.beta', 'baseline.survival[5]', 'horizons', 'colour']) {
      expect(
        out.some((l) => l.startsWith(`${path}: `)),
        path,
      ).toBe(true);
    }
  });

  it('rejects a file that is not JSON with exit 1 and says so', async () => {
    const file = writeTmp('notjson.json', 'this is { not json');
    const r = await run('validate', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/\(root\): is not valid JSON/);
  });

  it('checks several files at once: one bad file makes the exit 1 but the good ones are still reported ok', async () => {
    const bad = writeTmp('bad-among-good.json', JSON.stringify({ formatVersion: 1 }));
    const r = await run('validate', 'liu2025-os', bad, 'veteran-teaching@1.0.0');
    expect(r.status).toBe(1);
    const ok = lines(r.stdout);
    expect(ok).toHaveLength(2);
    expect(ok[0]).toMatch(/^ok\s+liu2025-os@1\.0\.0/);
    expect(ok[1]).toMatch(/^ok\s+veteran-teaching@1\.0\.0/);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toMatch(/^id: is required$/m);
  });

  it('asks for at least one model with exit 2', async () => {
    const r = await run('validate');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('model resolution', () => {
  it('takes a bare id as its newest bundled version', async () => {
    const r = await run('predict', 'liu2025-os', '--json', '--input', JSON.stringify(liuReferenceLike));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).model).toEqual({ id: 'liu2025-os', version: '1.0.0' });
  });

  it('takes id@version', async () => {
    const r = await run('table', 'liu2025-os@1.0.0', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).model).toEqual({ id: 'liu2025-os', version: '1.0.0' });
  });

  it('takes a path to a model file', async () => {
    const file = writeTmp('copy-of-veteran.json', modelText('veteran-teaching'));
    const r = await run('predict', file, '--json', '--input', JSON.stringify(veteranPatient1));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).model).toEqual({ id: 'veteran-teaching', version: '1.0.0' });
  });

  it('refuses an invalid model file given as a path with exit 1', async () => {
    const file = writeTmp('invalid-for-predict.json', JSON.stringify({ formatVersion: 1 }));
    const r = await run('predict', file, '--input', '{}');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is not a valid model file');
  });

  it('answers an unknown id with exit 2 and the list of bundled ids', async () => {
    const r = await run('table', 'no-such-model');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no-such-model');
    for (const id of BUNDLED) expect(r.stderr).toContain(id);
  });

  it('answers an unknown model with the same exit 2 from every command that takes one', async () => {
    for (const argv of [
      ['validate', 'no-such-model'],
      ['table', 'no-such-model'],
      ['predict', 'no-such-model', '--input', '{}'],
    ]) {
      const r = await run(...argv);
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toContain('unknown model "no-such-model"');
    }
  });

  it('lists each exit status in --help', async () => {
    const r = await run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}0 {2}success$/m);
    expect(r.stdout).toMatch(/^ {2}1 {2}a model file is invalid/m);
    expect(r.stdout).toMatch(/^ {2}2 {2}bad usage: an unknown command, option or model/m);
  });

  it('answers an unknown version with exit 2 and the versions there are', async () => {
    const r = await run('predict', 'liu2025-os@9.9.9', '--input', JSON.stringify(liuReferenceLike));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('9.9.9');
    expect(r.stderr).toContain('1.0.0');
  });

  it('rejects an unknown command with exit 2 and the usage', async () => {
    const r = await run('frobnicate', 'liu2025-os');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });
});

const COX_FIELDS = ['linearPredictor', 'linearPredictorSe', 'medianSurvival', 'model', 'points', 'survival', 'totalPoints', 'warnings'];

async function predictJson(ref: string, inputs: object, ...extra: string[]) {
  const r = await run('predict', ref, '--json', '--input', JSON.stringify(inputs), ...extra);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('predict --json', () => {
  it('prints exactly one JSON object with the Cox fields and no probability', async () => {
    const r = await run('predict', 'liu2025-os', '--json', '--input', JSON.stringify(liuReferenceLike));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout); // throws on anything but a single JSON document
    expect(typeof out).toBe('object');
    expect(Object.keys(out).sort()).toEqual(COX_FIELDS);
    expect(out).not.toHaveProperty('probability');
    expect(Object.keys(out.model).sort()).toEqual(['id', 'version']);
    expect(Object.keys(out.points).sort()).toEqual(Object.keys(liuReferenceLike).sort());
    for (const v of Object.values(out.points)) expect(typeof v).toBe('number');
    for (const key of ['totalPoints', 'linearPredictor', 'linearPredictorSe', 'medianSurvival']) expect(typeof out[key]).toBe('number');
    expect(out.survival.map((s: { time: number }) => s.time)).toEqual([12, 24, 36]);
    for (const s of out.survival) expect(Object.keys(s).sort()).toEqual(['estimate', 'lower', 'time', 'upper']);
    expect(out.warnings.length).toBeGreaterThan(0);
    for (const w of out.warnings) {
      expect(['code', 'message', 'predictor']).toEqual(expect.arrayContaining(Object.keys(w)));
      expect(typeof w.code).toBe('string');
      expect(typeof w.message).toBe('string');
    }
  });

  for (const { name, model } of bundledModels()) {
    it(`reproduces every test vector of ${name}`, async () => {
      for (const v of model.testVectors) {
        const tol = vectorTolerance(model, v);
        const e = v.expected;
        const times = e.survival?.map((s) => s.time);
        const out = await predictJson(model.id, v.inputs, ...(times ? ['--times', times.join(',')] : []));
        const where = `${name}: ${v.description}`;
        for (const [id, pts] of Object.entries(e.points ?? {}))
          expect(Math.abs(out.points[id] - pts), `${where} points.${id}`).toBeLessThanOrEqual(tol.points);
        if (e.totalPoints !== undefined) expect(Math.abs(out.totalPoints - e.totalPoints), where).toBeLessThanOrEqual(tol.points);
        if (e.linearPredictor !== undefined)
          expect(Math.abs(out.linearPredictor - e.linearPredictor), where).toBeLessThanOrEqual(tol.linearPredictor);
        if (e.linearPredictorSe !== undefined)
          expect(Math.abs(out.linearPredictorSe - e.linearPredictorSe), where).toBeLessThanOrEqual(tol.linearPredictorSe);
        e.survival?.forEach((s, i) => {
          const got = out.survival[i];
          expect(got.time).toBe(s.time);
          for (const key of ['estimate', 'lower', 'upper'] as const) {
            const want = s[key];
            if (want === undefined) continue;
            if (want === null) expect(got[key], `${where} ${key}`).toBeNull();
            else expect(Math.abs(got[key] - want), `${where} ${key} at ${s.time}`).toBeLessThanOrEqual(tol.risk);
          }
        });
        if (e.medianSurvival !== undefined) {
          if (e.medianSurvival === null) expect(out.medianSurvival).toBeNull();
          else
            expect(Math.abs(out.medianSurvival - e.medianSurvival), `${where} median`).toBeLessThanOrEqual(
              1e-6 * Math.max(1, e.medianSurvival),
            );
        }
      }
    });
  }

  it('gives the veteran patients what rms computed (LP within 1e-9, survival within 1e-6)', async () => {
    const patients = veteranReference.patients as {
      inputs: Record<string, string | number>;
      totalPoints: number;
      lpCentered: number;
      seLpCentered: number;
      survival: { time: number; estimate: number; lower: number; upper: number }[];
    }[];
    expect(patients.length).toBeGreaterThanOrEqual(30);
    for (const [i, p] of patients.entries()) {
      const out = await predictJson('veteran-teaching', p.inputs, '--times', '30,90,180,365');
      expect(Math.abs(out.linearPredictor - p.lpCentered), `patient ${i + 1} LP`).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(out.linearPredictorSe - p.seLpCentered), `patient ${i + 1} SE`).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(out.totalPoints - p.totalPoints), `patient ${i + 1} total points`).toBeLessThanOrEqual(0.01);
      expect(out.survival.map((s: { time: number }) => s.time)).toEqual([30, 90, 180, 365]);
      p.survival.forEach((s, j) => {
        for (const key of ['estimate', 'lower', 'upper'] as const) {
          expect(Math.abs(out.survival[j][key] - s[key]), `patient ${i + 1} ${key} at ${s.time}`).toBeLessThanOrEqual(1e-6);
        }
      });
    }
  });
});

describe('predict --times', () => {
  it('reports survival at the times asked for instead of the horizons', async () => {
    const out = await predictJson('liu2025-os', liuReferenceLike, '--times', '12,24');
    expect(out.survival.map((s: { time: number }) => s.time)).toEqual([12, 24]);
    const defaults = await predictJson('liu2025-os', liuReferenceLike);
    expect(defaults.survival.map((s: { time: number }) => s.time)).toEqual([12, 24, 36]);
    expect(out.survival[0].estimate).toBe(defaults.survival[0].estimate);
  });

  it('accepts non-horizon and fractional times', async () => {
    const out = await predictJson('liu2025-os', liuReferenceLike, '--times', '6, 18.5');
    expect(out.survival.map((s: { time: number }) => s.time)).toEqual([6, 18.5]);
    expect(out.survival[0].estimate).toBeGreaterThan(out.survival[1].estimate);
  });

  for (const bad of ['0', 'abc', '12,,24', '-3', '12,', 'Infinity']) {
    it(`refuses --times ${JSON.stringify(bad)} with exit 2 and no output`, async () => {
      const r = await run('predict', 'liu2025-os', '--json', '--input', JSON.stringify(liuReferenceLike), `--times=${bad}`);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--times');
    });
  }

  it('gives no survival past the end of the baseline table, and warns (veteran table ends at day 999)', async () => {
    const out = await predictJson('veteran-teaching', veteranPatient1, '--times', '365,1000');
    expect(out.survival[0].estimate).toBeGreaterThan(0);
    expect(out.survival[1]).toEqual({ time: 1000, estimate: null, lower: null, upper: null });
    const w = out.warnings.find((x: { code: string }) => x.code === 'beyond-baseline');
    expect(w).toBeDefined();
    expect(w.message).toContain('1000');
    expect(w.message).toContain('999');
  });

  it('does not warn about the baseline end when every time is covered', async () => {
    const out = await predictJson('veteran-teaching', veteranPatient1, '--times', '999');
    expect(out.survival[0].estimate).not.toBeNull();
    expect(out.warnings.map((x: { code: string }) => x.code)).not.toContain('beyond-baseline');
  });
});

describe('predict refuses bad input: exit 2, nothing on stdout, names the predictor and what is allowed', () => {
  const cases: { what: string; model: string; input: string | undefined; expect: RegExp[] }[] = [
    {
      what: 'a missing predictor',
      model: 'liu2025-os',
      input: JSON.stringify({ ...liuReferenceLike, ldh: undefined }),
      expect: [/^ldh: missing; expected one of low, high$/m],
    },
    {
      what: 'an unknown predictor',
      model: 'liu2025-os',
      input: JSON.stringify({ ...liuReferenceLike, weight: 70 }),
      expect: [/^weight: unknown predictor/m, /treatment, pulmonaryMetastases, tStage, nStage, radiotherapy, ldh/],
    },
    {
      what: 'an unknown level',
      model: 'liu2025-os',
      input: JSON.stringify({ ...liuReferenceLike, treatment: 'thalidomide' }),
      expect: [/^treatment: unknown level "thalidomide"; expected one of etop-ifo, thal-ifo$/m],
    },
    {
      what: 'a string for a number',
      model: 'veteran-teaching',
      input: JSON.stringify({ ...veteranPatient1, karno: '40' }),
      expect: [/^karno: "40" is not a number; expected a whole number from 10 to 100/m],
    },
    {
      what: '2.5 metastases',
      model: 'liu2025-os',
      input: JSON.stringify({ ...liuReferenceLike, pulmonaryMetastases: 2.5 }),
      expect: [/^pulmonaryMetastases: 2\.5 is not a whole number; expected a whole number from 1 to 15 metastases$/m],
    },
    {
      what: '16 metastases',
      model: 'liu2025-os',
      input: JSON.stringify({ ...liuReferenceLike, pulmonaryMetastases: 16 }),
      expect: [/^pulmonaryMetastases: 16 is outside the allowed range; expected a whole number from 1 to 15 metastases$/m],
    },
    {
      what: '0 metastases',
      model: 'liu2025-os',
      input: JSON.stringify({ ...liuReferenceLike, pulmonaryMetastases: 0 }),
      expect: [/^pulmonaryMetastases: 0 is outside the allowed range; expected a whole number from 1 to 15/m],
    },
    {
      what: 'a negative age',
      model: 'liu2025-os-full',
      input: JSON.stringify({ ...liuFullReferenceLike, age: -30 }),
      expect: [/^age: -30 is outside the allowed range; expected a whole number from 20 to 80 years$/m],
    },
    {
      what: 'null for a predictor',
      model: 'veteran-teaching',
      input: JSON.stringify({ ...veteranPatient1, age: null }),
      expect: [/^age: null is not a number; expected a whole number from 30 to 85 years$/m],
    },
    {
      what: 'null for a level',
      model: 'veteran-teaching',
      input: JSON.stringify({ ...veteranPatient1, celltype: null }),
      expect: [/^celltype: unknown level null; expected one of squamous, smallcell, adeno, large$/m],
    },
    {
      what: 'null instead of an object',
      model: 'liu2025-os',
      input: 'null',
      expect: [/must be an object of predictor ids/],
    },
    {
      what: 'an array instead of an object',
      model: 'liu2025-os',
      input: JSON.stringify([liuReferenceLike]),
      expect: [/must be an object of predictor ids/],
    },
    {
      what: 'invalid JSON',
      model: 'liu2025-os',
      input: "{treatment: 'etop-ifo'}",
      expect: [/--input is not valid JSON/],
    },
    {
      what: 'a missing --input',
      model: 'liu2025-os',
      input: undefined,
      expect: [/--input is required/, /treatment/],
    },
  ];

  for (const c of cases) {
    it(`on ${c.what}`, async () => {
      for (const json of [true, false]) {
        const argv = ['predict', c.model, ...(c.input === undefined ? [] : ['--input', c.input]), ...(json ? ['--json'] : [])];
        const r = await run(...argv);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        for (const re of c.expect) expect(r.stderr).toMatch(re);
      }
    });
  }

  it('lists every problem at once, not just the first', async () => {
    const r = await run('predict', 'liu2025-os', '--input', JSON.stringify({ treatment: 'x', pulmonaryMetastases: 99 }));
    expect(r.status).toBe(2);
    const out = lines(r.stderr);
    expect(out.map((l) => l.split(':')[0])).toEqual(['treatment', 'pulmonaryMetastases', 'tStage', 'nStage', 'radiotherapy', 'ldh']);
  });
});

describe('nomogram table', () => {
  const veteran = loadBundled('veteran-teaching');

  it('--json gives the points of each level and tick as rms drew them', async () => {
    const r = await run('table', 'veteran-teaching', '--json');
    expect(r.status).toBe(0);
    const table = JSON.parse(r.stdout);
    expect(table.model).toEqual({ id: 'veteran-teaching', version: '1.0.0' });
    expect(table.scale).toBeCloseTo(veteranReference.nomogram.sc, 9);
    const rows = (id: string) =>
      table.predictors.find((p: { id: string }) => p.id === id).rows as { value: string | number; points: number }[];
    const at = (id: string, value: string | number) => rows(id).find((row) => row.value === value)!.points;
    expect(at('karno', 10)).toBeCloseTo(100, 9);
    expect(at('karno', 100)).toBeCloseTo(0, 9);
    const karno = veteran.predictors.find((p) => p.id === 'karno')!;
    expect(rows('karno').map((row) => row.value)).toEqual(karno.type === 'categorical' ? [] : karno.axis.ticks);
    expect(Math.abs(at('celltype', 'adeno') - 37.561)).toBeLessThan(0.01);
    expect(at('celltype', 'squamous')).toBe(0);
    // Every level and tick matches rms nomogram()'s points, within 0.01.
    const byVariable = veteranReference.nomogram.byVariable as Record<string, { values: (string | number)[]; points: number[] }>;
    for (const p of table.predictors as { id: string; rows: { value: string | number; points: number }[] }[]) {
      const ref = byVariable[p.id]!;
      for (const row of p.rows) {
        const i = ref.values.indexOf(row.value);
        expect(i, `${p.id}=${row.value} in the rms fixture`).toBeGreaterThanOrEqual(0);
        expect(Math.abs(row.points - ref.points[i]!), `${p.id}=${row.value}`).toBeLessThan(0.01);
      }
    }
  });

  for (const id of BUNDLED) {
    it(`--json total rows of ${id} rise in points while survival falls (or the probability rises)`, async () => {
      const r = await run('table', id, '--json');
      expect(r.status).toBe(0);
      const { total } = JSON.parse(r.stdout) as {
        total: {
          totalPoints: number;
          linearPredictor: number;
          survival?: { time: number; estimate: number | null }[];
          probability?: number;
        }[];
      };
      const logistic = loadBundled(id).kind === 'logistic';
      expect(total.length).toBeGreaterThan(3);
      expect(total[0]!.totalPoints).toBe(0);
      for (let i = 1; i < total.length; i++) {
        const [a, b] = [total[i - 1]!, total[i]!];
        expect(b.totalPoints).toBeGreaterThan(a.totalPoints);
        expect(b.linearPredictor).toBeGreaterThan(a.linearPredictor);
        if (logistic) expect(b.probability!).toBeGreaterThan(a.probability!);
        else b.survival!.forEach((s, j) => expect(s.estimate!).toBeLessThanOrEqual(a.survival![j]!.estimate!));
      }
      const [first, last] = [total[0]!, total[total.length - 1]!];
      if (logistic) expect(last.probability!).toBeGreaterThan(first.probability!);
      else first.survival!.forEach((s, j) => expect(last.survival![j]!.estimate!).toBeLessThan(s.estimate!));
    });
  }

  it('prints the points of each level and tick as text', async () => {
    const r = await run('table', 'veteran-teaching');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\s+10\s+100\.00$/m);
    expect(r.stdout).toMatch(/^\s+100\s+0\.00$/m);
    expect(r.stdout).toMatch(/^\s+Adenocarcinoma \[adeno\]\s+37\.56$/m);
    expect(r.stdout).toContain('Total points');
    expect(r.stdout).toMatch(/S\(90\)\s+S\(180\)\s+S\(365\)/);
  });
});

describe('predict as text', () => {
  it('shows the points, the survival, the warnings and the disclaimer', async () => {
    const r = await run('predict', 'liu2025-os', '--input', JSON.stringify(liuReferenceLike));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('liu2025-os@1.0.0');
    expect(r.stdout).toMatch(/^Total points\s+40\.4$/m);
    // The paper counts stopping treatment as an event, so its "survival" is freedom from both.
    expect(r.stdout).toMatch(/^Event counted: death or stopping treatment$/m);
    expect(r.stdout).toMatch(/^Free of death or stopping treatment at 12 months: 60\.9% \(95% CI 53\.2% to 67\.7%\)$/m);
    expect(r.stdout).not.toMatch(/^Survival at/m);
    expect(r.stdout).toMatch(/^Median survival: 16\.8 months$/m);
    expect(r.stdout).toMatch(/^Warnings:$/m);
    expect(r.stdout).toMatch(/^- The 95% CI treats the published coefficient estimates as independent/m);
    expect(r.stdout).toMatch(/^- The paper gives no baseline survival/m);
    expect(r.stdout).toMatch(/^For research and teaching\. Not a medical device; not a substitute for clinical judgement\.$/m);
  });

  it('shows the derivation-range and baseline-end warnings', async () => {
    const r = await run('predict', 'veteran-teaching', '--input', JSON.stringify({ ...veteranPatient1, age: 85 }), '--times', '90,1000');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Event counted: death from any cause$/m);
    expect(r.stdout).toMatch(/^Survival at 1000 days: not available$/m);
    expect(r.stdout).toMatch(/^- Age 85 years is outside the range seen in the derivation cohort \(34 to 81\)/m);
    expect(r.stdout).toMatch(/^- No survival at 1000 days: the baseline survival table ends at 999 days\.$/m);
    expect(r.stdout).toContain('Not a medical device');
  });

  it('with --json reports a derivation-range warning with its predictor', async () => {
    const out = await predictJson('veteran-teaching', { ...veteranPatient1, karno: 100 });
    expect(out.warnings).toContainEqual(expect.objectContaining({ code: 'outside-derivation-range', predictor: 'karno' }));
  });
});

describe('npx nomogram (bin/nomogram.js in a child process, no build)', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/nomogram.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });

  it('validates every bundled model with exit 0', () => {
    const r = cli('validate', ...BUNDLED);
    expect(r.status, r.stderr).toBe(0);
    expect(lines(r.stdout)).toHaveLength(BUNDLED.length);
    for (const l of lines(r.stdout)) expect(l).toMatch(/^ok\s/);
  });

  it('prints a prediction as JSON on stdout', () => {
    const r = cli('predict', 'liu2025-os', '--input', JSON.stringify(liuReferenceLike), '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const expected = (loadBundled('liu2025-os') as Model).testVectors[0]!.expected;
    expect(Math.abs(out.linearPredictor - expected.linearPredictor!)).toBeLessThanOrEqual(1e-9);
  });

  it('exits 2 on bad input with nothing on stdout', () => {
    const r = cli('predict', 'liu2025-os', '--input', JSON.stringify({ ...liuReferenceLike, pulmonaryMetastases: 16 }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('pulmonaryMetastases');
  });
});

describe('nomogram validate runs the file’s own test vectors', () => {
  it('refuses a file whose expected figures disagree with the engine, naming each one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nomogram-vectors-'));
    const model = JSON.parse(readFileSync('models/veteran-teaching/1.0.0.json', 'utf8'));
    model.testVectors[0].expected.totalPoints += 50;
    model.testVectors[1].expected.survival[0].estimate = 0.999;
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(model));
    const io = { out: [] as string[], err: [] as string[] };
    const status = await main(['validate', file], { out: (t) => io.out.push(t), err: (t) => io.err.push(t) });
    expect(status).toBe(1);
    expect(io.err.join('\n')).toMatch(/testVectors\[0\]\.expected\.totalPoints: the engine gives 138\.84\d*, the file expects 188\.84/);
    expect(io.err.join('\n')).toMatch(
      /testVectors\[1\]\.expected\.survival\[0\]\.estimate: the engine gives 0\.306\d*, the file expects 0\.999/,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});

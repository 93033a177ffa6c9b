/**
 * tools/export-rms.R: models fitted in R with rms, exported, then checked here against the format
 * (validateModel and `nomogram validate`) and against the engine (every test vector, which rms
 * computed, through `predict`). Needs Rscript with the rms package; without them the tests are
 * reported as skipped with the reason.
 */
import { compileModel } from '../src/engine/compile.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { vectorTolerance } from '../src/engine/tolerance.ts';
import type { CoxModel, Model, TestVector } from '../src/model/types.ts';
import { validateModel } from '../src/model/validate.ts';
import { rscript, type Run } from './rscript.ts';
import { schemaValidate } from './schemaValidator.ts';
import { writtenChinese, zhStyleProblems } from './zhStyle.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Why the R tests cannot run here, or undefined when they can. */
function missingR(): string | undefined {
  const r = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'Rscript not found';
  const rms = spawnSync('Rscript', ['-e', 'suppressMessages(library(rms))'], { encoding: 'utf8' });
  if (rms.status !== 0) return 'R package rms not installed';
  return undefined;
}

const skipReason = missingR();
const title = skipReason ? `R exporter (skipped: ${skipReason})` : 'R exporter (tools/export-rms.R)';

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** Worst absolute difference between the engine and rms over one model's test vectors, by kind. */
interface Worst {
  points: number;
  linearPredictor: number;
  risk: number;
}

/** Checks one rms test vector in the engine with the format's default tolerances. */
function checkVector(model: Model, v: TestVector, worst: Worst): void {
  const tol = vectorTolerance(model, v);
  const e = v.expected;
  const times = e.survival?.map((s) => s.time);
  const out = compileModel(model).predict(v.inputs, times ? { times } : {});
  const near = (got: number, want: number, bound: number, kind: keyof Worst, what: string) => {
    const diff = Math.abs(got - want);
    worst[kind] = Math.max(worst[kind], diff);
    expect(diff, `${v.description}: ${what} engine ${got}, rms ${want}`).toBeLessThanOrEqual(bound);
  };
  expect(Object.keys(e.points ?? {}).sort()).toEqual(model.predictors.map((p) => p.id).sort());
  for (const [id, pts] of Object.entries(e.points ?? {})) near(out.points[id]!, pts, tol.points, 'points', `points of ${id}`);
  near(out.totalPoints, e.totalPoints!, tol.points, 'points', 'total points');
  near(out.linearPredictor, e.linearPredictor!, tol.linearPredictor, 'linearPredictor', 'linear predictor');
  near(out.linearPredictorSe, e.linearPredictorSe!, tol.linearPredictorSe, 'linearPredictor', 'SE of the linear predictor');
  if (model.kind === 'cox') {
    expect(out.survival!.length).toBe(e.survival!.length);
    e.survival!.forEach((s, i) => {
      const got = out.survival![i]!;
      for (const key of ['estimate', 'lower', 'upper'] as const) {
        const want = s[key];
        if (want === null || want === undefined) expect(got[key], `${key} at ${s.time}`).toBeNull();
        else near(got[key]!, want, tol.risk, 'risk', `survival ${key} at ${s.time}`);
      }
    });
    if (e.medianSurvival === null) expect(out.medianSurvival).toBeNull();
    else expect(out.medianSurvival).toBe(e.medianSurvival);
  } else {
    for (const key of ['estimate', 'lower', 'upper'] as const) {
      near(out.probability![key], e.probability![key]!, tol.risk, 'risk', `probability ${key}`);
    }
  }
}

/** |a - b| within `rel` of the larger magnitude (absolute near zero). */
function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

const EXAMPLES = ['lung', 'birthwt', 'pbc', 'pbc10', 'veteran'] as const;

/** Refusals the issue names: each runs in its own R process, which must exit non-zero. */
const OWN_PROCESS: [string, RegExp][] = [
  ['interaction', /`age \* sex`.*interactions/],
  ['strat', /`strat\(sex\)`.*strata/],
  ['log', /`log\(age\)`.*transforms/],
];
/** Further refusals, sharing one R process (loading rms takes seconds each time). */
const SHARED: [string, RegExp][] = [
  ['ia', /`age \* ph\.karno`.*interactions/],
  ['scored', /`scored\(ph\.ecog\)`/],
  ['pol', /`pol\(age, 2\)`.*polynomials/],
  ['lsp', /`lsp\(age, 60\)`.*linear splines/],
  ['I', /`I\(age\^2\)`.*transforms/],
  ['rcslog', /`rcs\(log\(age\), 3\)`/],
  ['offset', /`offset\(ph\.karno\/100\)`.*offsets/],
  ['ordinal', /ordinal lrm/],
  ['lm', /rms::cph, rms::lrm, rms::psm, survival::coxph, stats::glm, survival::survreg, cmprsk::crr or riskRegression::FGR, got class lm/],
  ['pspline', /`pspline\(age\)`.*penalised splines/],
  ['tt', /`tt\(age\)`.*time-transformed/],
  ['frailty', /`frailty\(inst\)`.*frailty/],
  ['cluster', /`cluster\(\)`.*robust variances/],
  ['ns', /`splines::ns\(age, 3\)`.*natural splines/],
  ['bs', /`splines::bs\(age\)`.*B-splines/],
  ['numnum', /`age:ph\.karno`.*two numeric predictors/],
  ['probit', /binomial \(logit link\), got binomial \(probit\)/],
  ['gaussian', /survreg dist = "gaussian"/],
  ['coxnox', /x = TRUE/],
  ['nosurv', /surv = TRUE/],
];

describe.skipIf(skipReason !== undefined)(title, () => {
  let dir: string;
  const models = new Map<string, Model>();
  const worst: Record<string, Worst> = {};
  const refused = new Map<string, Run>();
  let birthwtRun: Run;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'export-rms-'));
    // All R processes at once: each spends most of its time loading rms.
    const [run, birthwt, shared, ...own] = await Promise.all([
      rscript('tests/r/export-examples.R', dir, ...EXAMPLES),
      rscript('tools/birthwt-model.R', join(dir, 'birthwt-teaching.json')),
      rscript('tests/r/refuse.R', join(dir, 'refused-shared.json'), ...SHARED.map(([c]) => c)),
      ...OWN_PROCESS.map(([c]) => rscript('tests/r/refuse.R', join(dir, `refused-${c}.json`), c)),
    ]);
    birthwtRun = birthwt!;
    refused.set('shared', shared!);
    OWN_PROCESS.forEach(([c], i) => refused.set(c, own[i]!));
    if (run!.status !== 0) throw new Error(`export-examples.R failed (${run!.status}):\n${run!.stderr}`);
    for (const name of EXAMPLES) {
      const check = validateModel(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
      if (check.ok) models.set(name, check.model);
    }
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    // The tolerances achieved, for the record: worst engine-vs-rms difference per model.
    if (Object.keys(worst).length) console.log('export-rms: worst |engine - rms|', JSON.stringify(worst));
  });

  describe.each(EXAMPLES)('%s', (name) => {
    const file = () => join(dir, `${name}.json`);

    it('is a valid model file (validateModel, the JSON Schema and `nomogram validate`)', async () => {
      const json = JSON.parse(readFileSync(file(), 'utf8'));
      const check = validateModel(json);
      expect(check.ok ? [] : check.problems).toEqual([]);
      expect(schemaValidate(json), JSON.stringify(schemaValidate.errors)).toBe(true);
      const run = await cli('validate', file());
      expect(run.err).toBe('');
      expect(run.status).toBe(0);
    });

    it('carries at least ten rms test vectors, and the engine reproduces every one', () => {
      const model = models.get(name)!;
      expect(model.testVectors.length).toBeGreaterThanOrEqual(10);
      worst[name] = { points: 0, linearPredictor: 0, risk: 0 };
      for (const v of model.testVectors) checkVector(model, v, worst[name]!);
    });

    it('gives the same numbers through `nomogram predict --json`', async () => {
      const model = models.get(name)!;
      for (const v of model.testVectors.slice(0, 3)) {
        const times = v.expected.survival?.map((s) => s.time).join(',');
        const run = await cli('predict', file(), '--input', JSON.stringify(v.inputs), ...(times ? ['--times', times] : []), '--json');
        expect(run.status, run.err).toBe(0);
        const out = JSON.parse(run.out);
        expect(Math.abs(out.totalPoints - v.expected.totalPoints!)).toBeLessThanOrEqual(0.01);
        expect(Math.abs(out.linearPredictor - v.expected.linearPredictor!)).toBeLessThanOrEqual(1e-9);
        if (model.kind === 'cox') {
          v.expected.survival!.forEach((s, i) => {
            if (s.estimate === null) expect(out.survival[i].estimate).toBeNull();
            else expect(Math.abs(out.survival[i].estimate - s.estimate)).toBeLessThanOrEqual(1e-6);
          });
        } else {
          expect(Math.abs(out.probability.estimate - v.expected.probability!.estimate)).toBeLessThanOrEqual(1e-6);
        }
      }
    });
  });

  it('writes its own Chinese (method, assumptions, placeholders, changelog) in the project style', () => {
    const problems = [...EXAMPLES.map((name) => `${name}.json`), 'birthwt-teaching.json'].flatMap((f) =>
      writtenChinese(JSON.parse(readFileSync(join(dir, f), 'utf8'))).flatMap(([path, text]) =>
        zhStyleProblems(text).map((p) => `${f} ${path}: ${p}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('marks what the fit cannot know as placeholders that still validate', () => {
    const m = models.get('birthwt')!;
    expect(m.intendedUse.en).toMatch(/^FILL IN:/);
    expect(m.provenance.citation).toMatch(/^FILL IN:/);
    expect(m.provenance.cohortSize).toBe(189);
    expect(m.provenance.events).toBe(59);
    // Metadata passed through `...` is used as given.
    const lung = models.get('lung')!;
    expect(lung.predictors.find((p) => p.id === 'sex')!.label).toEqual({ en: 'Sex', zh: '性别' });
    expect(lung.predictors.find((p) => p.id === 'ecog')).toMatchObject({ type: 'linear', integer: true, coefficient: { name: 'ph.ecog' } });
  });

  it('gives predictors measured to decimals a matching step, and none when there is no such step', () => {
    const pbc = models.get('pbc')!;
    const byId = Object.fromEntries(pbc.predictors.map((p) => [p.id, p]));
    expect(byId.bili).toMatchObject({ type: 'rcs', step: 0.1 });
    expect(byId.albumin).toMatchObject({ type: 'linear', step: 0.01 });
    expect(byId.age).not.toHaveProperty('step');
    expect(byId.edema).toMatchObject({ type: 'categorical', reference: '0' });
  });

  it('regenerates the bundled veteran-teaching model from R', () => {
    const got = models.get('veteran')! as CoxModel;
    const bundled = JSON.parse(readFileSync(join(ROOT, 'models/veteran-teaching/1.0.0.json'), 'utf8')) as CoxModel;
    const coefficients = (m: Model) =>
      Object.fromEntries(
        m.predictors.flatMap((p) =>
          p.type === 'categorical'
            ? p.levels.flatMap((l) => (l.coefficient ? [[l.coefficient.name, l.coefficient.beta!]] : []))
            : p.type === 'linear'
              ? [[p.coefficient.name, p.coefficient.beta!]]
              : p.coefficients.map((c) => [c.name, c.beta!]),
        ),
      );
    const want = coefficients(bundled);
    const have = coefficients(got);
    expect(Object.keys(have).sort()).toEqual(Object.keys(want).sort());
    for (const k of Object.keys(want)) expect(close(have[k]!, want[k]!), `beta ${k}`).toBe(true);

    expect(got.predictors.map((p) => [p.id, p.type])).toEqual(bundled.predictors.map((p) => [p.id, p.type]));
    for (const p of bundled.predictors) {
      const q = got.predictors.find((x) => x.id === p.id)!;
      if (p.type === 'categorical' && q.type === 'categorical') {
        expect(q.levels.map((l) => l.id)).toEqual(p.levels.map((l) => l.id));
        expect(q.reference).toBe(p.reference);
      }
      if (p.type === 'rcs' && q.type === 'rcs') {
        expect(q.knots.length).toBe(p.knots.length);
        q.knots.forEach((k, i) => expect(close(k, p.knots[i]!), `knot ${i}`).toBe(true));
      }
      if (p.type !== 'categorical' && q.type !== 'categorical') expect([q.axis.min, q.axis.max]).toEqual([p.axis.min, p.axis.max]);
    }

    const cv = got.covariance!;
    const bv = bundled.covariance!;
    expect([...cv.names].sort()).toEqual([...bv.names].sort());
    for (const a of bv.names) {
      for (const b of bv.names) {
        const x = cv.matrix[cv.names.indexOf(a)]![cv.names.indexOf(b)]!;
        const y = bv.matrix[bv.names.indexOf(a)]![bv.names.indexOf(b)]!;
        expect(close(x, y), `vcov[${a}, ${b}]`).toBe(true);
      }
    }

    expect(Object.keys(got.reference.means).sort()).toEqual(Object.keys(bundled.reference.means).sort());
    for (const [k, v] of Object.entries(bundled.reference.means)) expect(close(got.reference.means[k]!, v), `mean ${k}`).toBe(true);
    expect(close(got.reference.linearPredictor!, bundled.reference.linearPredictor!)).toBe(true);

    const [gb, bb] = [got.baseline, bundled.baseline];
    if (gb.type !== 'table' || bb.type !== 'table') throw new Error('expected table baselines');
    expect(gb.time).toEqual(bb.time);
    expect(gb.survival.length).toBe(bb.survival.length);
    gb.survival.forEach((s, i) => expect(close(s, bb.survival[i]!), `baseline ${i}`).toBe(true));
  });

  it('the bundled veteran-teaching file reproduces the test vectors rms computed for the regenerated model', () => {
    const bundled = validateModel(JSON.parse(readFileSync(join(ROOT, 'models/veteran-teaching/1.0.0.json'), 'utf8')));
    if (!bundled.ok) throw new Error('bundled veteran-teaching is invalid');
    const got = models.get('veteran')!;
    const w: Worst = { points: 0, linearPredictor: 0, risk: 0 };
    for (const v of got.testVectors) checkVector(bundled.model, v, w);
  });

  it('regenerates the bundled birthwt-teaching model with tools/birthwt-model.R', () => {
    expect(birthwtRun.status, birthwtRun.stderr).toBe(0);
    const got = JSON.parse(readFileSync(join(dir, 'birthwt-teaching.json'), 'utf8'));
    const bundled = JSON.parse(readFileSync(join(ROOT, 'models/birthwt-teaching/1.0.0.json'), 'utf8'));
    // Everything equal, numbers to 1e-9 relative, except the texts that name the R and rms versions.
    const differences: string[] = [];
    const compare = (a: unknown, b: unknown, path: string): void => {
      if (path === '.method' || /^\.testVectors\[\d+\]\.description$/.test(path)) return;
      if (typeof a === 'number' && typeof b === 'number') {
        if (!close(a, b)) differences.push(`${path}: regenerated ${a}, bundled ${b}`);
      } else if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) differences.push(`${path}: ${a.length} items regenerated, ${b.length} bundled`);
        else a.forEach((x, i) => compare(x, b[i], `${path}[${i}]`));
      } else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        for (const k of keys) compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      } else if (a !== b) differences.push(`${path}: regenerated ${JSON.stringify(a)}, bundled ${JSON.stringify(b)}`);
    };
    compare(got, bundled, '');
    expect(differences).toEqual([]);
    expect(JSON.stringify(bundled)).not.toMatch(/FILL IN|待填写/);
  });

  it.each(OWN_PROCESS)('refuses %s: exits non-zero naming the term, and writes no file', (c, message) => {
    const run = refused.get(c)!;
    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(join(dir, `refused-${c}.json`))).toThrow();
  });

  it(`refuses ${SHARED.map(([c]) => c).join(', ')}`, () => {
    const run = refused.get('shared')!;
    expect(run.status, run.stderr).toBe(0);
    const said = Object.fromEntries(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
    );
    for (const [c, message] of SHARED) expect(said[c], c).toMatch(message);
    expect(() => readFileSync(join(dir, 'refused-shared.json'))).toThrow();
  });
});

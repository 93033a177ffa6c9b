/**
 * tools/export-rms.R beyond rms cph and lrm: one model of each family (coxph with an interaction,
 * with strata and an ill-conditioned spline; glm; survreg in its four distributions and psm; crr
 * and FGR) refitted on R's own data, exported, and checked against the format and against every
 * number R computed for it (survfit, predict, psurvreg, predict.crr, predictRisk). Needs Rscript
 * with rms, survival, cmprsk and riskRegression; without them the tests are reported as skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { compileModel } from '../src/engine/compile.ts';
import { checkTestVectors } from '../src/engine/vectors.ts';
import type { Model } from '../src/model/types.ts';
import { validateModel } from '../src/model/validate.ts';
import { schemaValidate } from './schemaValidator.ts';
import { writtenChinese, zhStyleProblems } from './zhStyle.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NEEDS = ['rms', 'survival', 'cmprsk', 'riskRegression', 'prodlim'];
const skip =
  spawnSync('Rscript', ['-e', `for (p in c(${NEEDS.map((p) => `"${p}"`).join(', ')})) stopifnot(requireNamespace(p, quietly = TRUE))`])
    .status !== 0;
const title = skip ? `R exporter, model families (skipped: Rscript or one of ${NEEDS.join(', ')} missing)` : 'R exporter, model families';

const EXAMPLES = {
  coxph_interaction: 'cox',
  coxph_strata: 'cox',
  coxph_pbc: 'cox',
  glm: 'logistic',
  weibull: 'parametric',
  exponential: 'parametric',
  lognormal: 'parametric',
  loglogistic: 'parametric',
  psm: 'parametric',
  crr: 'fineGray',
  fgr: 'fineGray',
} as const;
type Name = keyof typeof EXAMPLES;
const NAMES = Object.keys(EXAMPLES) as Name[];

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe.skipIf(skip)(title, () => {
  let dir: string;
  const models = new Map<Name, Model>();
  const worst: Record<string, { estimate: number; bound: number }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'export-families-'));
    const run = await new Promise<{ status: number | null; stderr: string }>((done) => {
      const child = spawn('Rscript', ['tests/r/export-families.R', dir], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (b) => (stderr += b));
      child.on('close', (status) => done({ status, stderr }));
    });
    if (run.status !== 0) throw new Error(`export-families.R failed (${run.status}):\n${run.stderr}`);
    for (const name of NAMES) {
      const check = validateModel(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
      if (check.ok) models.set(name, check.model);
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (Object.keys(worst).length) console.log('export-families: worst |engine - R|', JSON.stringify(worst));
  });

  describe.each(NAMES)('%s', (name) => {
    const file = () => join(dir, `${name}.json`);

    it('is a valid format version 2 file (validateModel, the JSON Schema and `nomogram validate`)', async () => {
      const json = JSON.parse(readFileSync(file(), 'utf8'));
      const check = validateModel(json);
      expect(check.ok ? [] : check.problems).toEqual([]);
      expect(schemaValidate(json), JSON.stringify(schemaValidate.errors)).toBe(true);
      expect(json).toMatchObject({ formatVersion: 2, kind: EXAMPLES[name] });
      const run = await cli('validate', file());
      expect(run.err).toBe('');
      expect(run.status).toBe(0);
    });

    it('carries at least ten test vectors from R, each reproduced within 1e-6 (estimates and bounds)', () => {
      const model = models.get(name)!;
      expect(model.testVectors.length).toBeGreaterThanOrEqual(10);
      expect(checkTestVectors(model)).toEqual([]);
      const c = compileModel(model);
      const w = (worst[name] = { estimate: 0, bound: 0 });
      for (const v of model.testVectors) {
        const e = v.expected;
        const want = e.survival ?? e.cumulativeIncidence ?? (e.probability ? [{ time: 0, ...e.probability }] : []);
        const out = c.predict(v.inputs, { times: want.map((s) => s.time) });
        const got = out.survival ?? out.cumulativeIncidence ?? (out.probability ? [{ time: 0, ...out.probability }] : []);
        expect(got.length).toBe(want.length);
        want.forEach((s, i) => {
          for (const key of ['estimate', 'lower', 'upper'] as const) {
            const [a, b] = [got[i]![key], s[key]];
            if (b === null || b === undefined) {
              expect(a ?? null, `${v.description} ${key} at ${s.time}`).toBeNull();
              continue;
            }
            const diff = Math.abs(a! - b);
            if (key === 'estimate') w.estimate = Math.max(w.estimate, diff);
            else w.bound = Math.max(w.bound, diff);
            expect(diff, `${v.description}: ${key} at ${s.time}, engine ${a}, R ${b}`).toBeLessThanOrEqual(
              key === 'estimate' ? 1e-6 : 1e-5,
            );
          }
        });
        // Points: every nomogram row (interactions by their id), and they add up.
        expect(Object.values(out.points).reduce((s, x) => s + x, 0)).toBeCloseTo(out.totalPoints, 9);
        expect(Object.keys(out.points).sort()).toEqual(Object.keys(e.points!).sort());
      }
    });

    it('prints the figures a person reads through `nomogram predict --json`', async () => {
      const model = models.get(name)!;
      for (const v of model.testVectors.slice(0, 3)) {
        const e = v.expected;
        const series = e.survival ?? e.cumulativeIncidence;
        const times = series?.map((s) => s.time).join(',');
        const run = await cli('predict', file(), '--input', JSON.stringify(v.inputs), ...(times ? ['--times', times] : []), '--json');
        expect(run.status, run.err).toBe(0);
        const out = JSON.parse(run.out);
        const key = model.kind === 'fineGray' ? 'cumulativeIncidence' : model.kind === 'logistic' ? 'probability' : 'survival';
        expect(Object.keys(out)).toContain(key);
        if (model.kind === 'fineGray') expect(out.survival).toBeUndefined();
        series?.forEach((s, i) => {
          expect(out[key][i]).toMatchObject({ time: s.time });
          if (s.estimate !== null) expect(Math.abs(out[key][i].estimate - s.estimate)).toBeLessThanOrEqual(1e-6);
        });
        if (model.kind === 'parametric')
          expect(Math.abs(out.medianSurvival - e.medianSurvival!) / e.medianSurvival!).toBeLessThanOrEqual(1e-9);
      }
    });
  });

  it('writes its own Chinese for every family (method, assumptions, intervals, placeholders) in the project style', () => {
    const problems = NAMES.flatMap((name) =>
      writtenChinese(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))).flatMap(([path, text]) =>
        zhStyleProblems(text).map((p) => `${name}.json ${path}: ${p}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('names the stratum and draws one age axis per sex, as rms does', async () => {
    const strata = await cli('table', join(dir, 'coxph_strata.json'));
    expect(strata.out).toMatch(/S\(30 \| squamous\).*S\(30 \| smallcell\)/);
    const interaction = await cli('table', join(dir, 'coxph_interaction.json'), '--json');
    const rows = JSON.parse(interaction.out).predictors.map((p: { label: { en: string } }) => p.label.en);
    expect(rows).toEqual(expect.arrayContaining(['age (sex = male)', 'age (sex = female)']));
    expect(rows).not.toContain('sex');
  });
});

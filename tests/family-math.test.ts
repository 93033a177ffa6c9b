/**
 * The engine's model-family functions against R's own numbers (tests/r/family-math.R): psm
 * survival and median with their intervals, Fine-Gray cumulative incidence (crr and FGR), survfit's
 * Cox interval with the baseline's variance (Efron and Breslow ties, strata, splines,
 * interactions), and interaction design columns. Within 1e-6 on estimates, 1e-5 on bounds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { survfitSurvival, type SurvfitBaseline } from '../src/engine/coxSurvfit.ts';
import { cumulativeIncidence } from '../src/engine/fineGray.ts';
import { interactionContribution, interactionDesign, type InteractionColumn } from '../src/engine/interaction.ts';
import { parametricMedian, parametricSurvival, type Distribution } from '../src/engine/parametric.ts';
import { stratumBaseline } from '../src/engine/stratum.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ESTIMATE = 1e-6;
const BOUND = 1e-5;

interface Point {
  time: number;
  estimate: number;
  lower: number;
  upper: number;
  fgr?: number;
}
/** survfit's points are null past the end of the stratum's follow-up. */
type Nullable<T> = { [K in keyof T]: K extends 'time' ? T[K] : T[K] | null };
interface Cases {
  parametric: {
    name: string;
    distribution: Distribution;
    x: number[];
    beta: number[];
    sigma: number;
    covariance: number[][];
    times: number[];
    expected: { survival: Point[]; median: Omit<Point, 'time'> };
  }[];
  fineGray: {
    name: string;
    time: number[];
    cumulativeHazard: number[];
    x: number[];
    means: number[];
    beta: number[];
    covariance: number[][];
    times: number[];
    expected: Point[];
  }[];
  survfit: {
    name: string;
    stratum: string;
    baseline: SurvfitBaseline;
    x: number[];
    beta: number[];
    covariance: number[][];
    center: number;
    expected: Nullable<Point>[];
  }[];
  interactions: { name: string; first: number[]; second: number[]; columns: InteractionColumn[]; expected: number[] }[];
}

const skip =
  spawnSync('Rscript', ['-e', 'for (p in c("rms", "cmprsk", "riskRegression", "jsonlite")) stopifnot(requireNamespace(p, quietly = TRUE))'])
    .status !== 0;
const dir = mkdtempSync(join(tmpdir(), 'family-math-'));
let cases: Cases = { parametric: [], fineGray: [], survfit: [], interactions: [] };
if (!skip) {
  const run = spawnSync('Rscript', ['tests/r/family-math.R', join(dir, 'cases.json')], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tests/r/family-math.R failed:\n${run.stderr}`);
  cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const near = (got: number | null, want: number, within: number, what: string) => {
  expect(got, what).not.toBeNull();
  expect(Math.abs(got! - want), `${what}: engine ${got}, R ${want}`).toBeLessThanOrEqual(within);
};

describe.skipIf(skip)('model families against R', () => {
  it('covers every family with enough patients', () => {
    expect(new Set(cases.parametric.map((c) => c.distribution))).toEqual(new Set(['weibull', 'exponential', 'lognormal', 'loglogistic']));
    expect(cases.parametric.length).toBeGreaterThanOrEqual(48);
    expect(cases.fineGray.length).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.survfit.map((c) => c.name.split(' ')[0]))).toEqual(
      new Set(['lung_efron', 'lung_breslow', 'lung_strata', 'lung_interaction', 'pbc_spline', 'veteran_strata']),
    );
    expect(cases.interactions.length).toBeGreaterThanOrEqual(12);
  });

  it('parametricSurvival and parametricMedian equal rms survest.psm and survreg uquantile', () => {
    for (const c of cases.parametric) {
      for (const want of c.expected.survival) {
        const got = parametricSurvival(c, want.time);
        near(got.estimate, want.estimate, ESTIMATE, `${c.name} S(${want.time})`);
        near(got.lower, want.lower, BOUND, `${c.name} lower S(${want.time})`);
        near(got.upper, want.upper, BOUND, `${c.name} upper S(${want.time})`);
      }
      const m = parametricMedian(c);
      const rel = (a: number, b: number) => Math.abs(a - b) / b;
      expect(rel(m.estimate, c.expected.median.estimate), `${c.name} median`).toBeLessThanOrEqual(ESTIMATE);
      expect(rel(m.lower, c.expected.median.lower), `${c.name} median lower`).toBeLessThanOrEqual(BOUND);
      expect(rel(m.upper, c.expected.median.upper), `${c.name} median upper`).toBeLessThanOrEqual(BOUND);
    }
  });

  it('cumulativeIncidence equals cmprsk predict.crr and riskRegression predictRisk, with the MATH.md interval', () => {
    for (const c of cases.fineGray) {
      for (const want of c.expected) {
        const got = cumulativeIncidence(c, want.time);
        near(got.estimate, want.estimate, ESTIMATE, `${c.name} CIF(${want.time})`);
        near(got.estimate, want.fgr!, ESTIMATE, `${c.name} FGR CIF(${want.time})`);
        near(got.lower, want.lower, BOUND, `${c.name} lower CIF(${want.time})`);
        near(got.upper, want.upper, BOUND, `${c.name} upper CIF(${want.time})`);
        expect(got.lower! < got.estimate! && got.estimate! < got.upper!).toBe(true);
      }
      expect(cumulativeIncidence(c, 0).estimate).toBe(0);
      expect(cumulativeIncidence(c, c.time[c.time.length - 1]! + 1).estimate).toBeNull();
    }
  });

  it('survfitSurvival equals survfit(coxph, newdata, conf.type = "log-log"), the stratum choosing its baseline', () => {
    const byModel = new Map<string, Record<string, SurvfitBaseline>>();
    for (const c of cases.survfit) {
      const model = c.name.split(' ')[0]!;
      byModel.set(model, { ...byModel.get(model), [c.stratum]: c.baseline });
    }
    for (const c of cases.survfit) {
      const baseline = stratumBaseline(byModel.get(c.name.split(' ')[0]!)!, c.stratum);
      for (const want of c.expected) {
        const got = survfitSurvival(baseline, c, want.time);
        if (want.estimate === null) {
          expect(got, `${c.name} past the end of its stratum`).toEqual({ time: want.time, estimate: null, lower: null, upper: null });
          continue;
        }
        near(got.estimate, want.estimate, ESTIMATE, `${c.name} S(${want.time})`);
        near(got.lower, want.lower!, BOUND, `${c.name} lower S(${want.time})`);
        near(got.upper, want.upper!, BOUND, `${c.name} upper S(${want.time})`);
      }
    }
    expect(() => stratumBaseline(byModel.get('lung_strata')!, 'other')).toThrow(/unknown stratum "other"; the model has "male", "female"/);
  });

  it('interactionDesign multiplies the columns R multiplies in model.matrix', () => {
    for (const c of cases.interactions) {
      const got = interactionDesign(c.first, c.second, c.columns);
      got.forEach((x, i) =>
        expect(Math.abs(x - c.expected[i]!), `${c.name} ${c.columns[i]!.name}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(x))),
      );
      const lp = c.expected.reduce((s, x, i) => s + x * c.columns[i]!.beta, 0);
      expect(interactionContribution(c.first, c.second, c.columns)).toBeCloseTo(lp, 12);
    }
  });
});

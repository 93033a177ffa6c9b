import { describe, expect, it } from 'vitest';
import { compileModel } from '../src/engine/compile.ts';
import * as explore from '../src/engine/explore.ts';
import { iconCount, type CurvePoint } from '../src/engine/explore.ts';
import { axisGrid } from '../src/engine/grid.ts';
import { checkInputs, checkValue, inputColumns } from '../src/engine/inputs.ts';
import { validateModel } from '../src/model/validate.ts';
import type { CoxModel, Inputs, Model, Predictor } from '../src/model/types.ts';
import { bundledModels, loadBundled, veteranReference as ref } from './models.ts';
import { mulberry32 } from './random.ts';

const SEED = 20250923;
const PATIENTS = 200;
const SWING_PATIENTS = 40;

function randomValue(p: Predictor, rand: () => number): string | number {
  if (p.type === 'categorical') return p.levels[Math.floor(rand() * p.levels.length)]!.id;
  const { min, max } = p.axis;
  if (p.integer) return Math.ceil(min) + Math.floor(rand() * (Math.floor(max) - Math.ceil(min) + 1));
  return min + rand() * (max - min);
}

const randomPatient = (model: Model, rand: () => number): Inputs =>
  Object.fromEntries(inputColumns(model).map((p) => [p.id, randomValue(p, rand)]));

/** Every value a predictor may take on its points grid (levels, or the axis grid without inadmissible knots). */
const admissible = (p: Predictor): (string | number)[] =>
  p.type === 'categorical' ? p.levels.map((l) => l.id) : axisGrid(p).filter((v) => checkValue(p, v) === undefined);

/** A step-after curve read at t: the last point at or before t (written apart from the engine's binary search). */
function stepAt(curve: CurvePoint[], t: number): CurvePoint {
  let at = curve[0]!;
  for (const q of curve) if (q.time <= t) at = q;
  return at;
}

/** Survival at one time from predict(), or the probability for logistic. */
function predictedRisk(model: Model, inputs: Inputs, horizon: number | undefined): number | null {
  const r = compileModel(model).predict(inputs, model.kind !== 'logistic' ? { times: [horizon!] } : {});
  return r.probability ? r.probability.estimate : (r.survival ?? r.cumulativeIncidence)![0]!.estimate;
}

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
const show = (inputs: Inputs) => JSON.stringify(inputs);

/** The veteran model as a valid logistic model: risk rises with the linear predictor there, the other way from survival. */
function logisticVeteran(): Model {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the model is rebuilt into another kind field by field
  const m = structuredClone(loadBundled('veteran-teaching')) as unknown as Record<string, any>;
  m.kind = 'logistic';
  for (const key of ['timeUnit', 'horizons', 'reference', 'baseline']) delete m[key];
  m.intercept = { name: 'Intercept', beta: 2.5 };
  m.covariance.names.unshift('Intercept');
  m.covariance.matrix = [[0.5, ...m.covariance.matrix.map(() => 0)], ...m.covariance.matrix.map((row: number[]) => [0, ...row])];
  for (const v of m.testVectors) {
    delete v.expected.survival;
    delete v.expected.medianSurvival;
  }
  const check = validateModel(m);
  if (!check.ok) throw new Error(check.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return check.model;
}

/** Brute-force swing checks: every admissible value of every predictor through predict(). */
function checkSwings(model: Model, inputs: Inputs, horizon: number | undefined, bad: string[]) {
  const got = explore.swings(compileModel(model), inputs, horizon);
  const current = predictedRisk(model, inputs, horizon)!;
  const where = `${show(inputs)} at ${horizon}`;
  expect(got.map((s) => s.id).sort(), where).toEqual(model.predictors.map((p) => p.id).sort());
  for (const s of got) {
    const p = model.predictors.find((q) => q.id === s.id)!;
    const risks = admissible(p).map((v) => predictedRisk(model, { ...inputs, [p.id]: v }, horizon)!);
    const lo = Math.min(...risks);
    const hi = Math.max(...risks);
    if (!close(s.current, current, 1e-12)) bad.push(`${s.id}: current ${s.current} != ${current} for ${where}`);
    if (!close(s.lowest.risk, lo, 1e-12)) bad.push(`${s.id}: lowest ${s.lowest.risk} != brute force ${lo} for ${where}`);
    if (!close(s.highest.risk, hi, 1e-12)) bad.push(`${s.id}: highest ${s.highest.risk} != brute force ${hi} for ${where}`);
    for (const end of [s.lowest, s.highest]) {
      if (checkValue(p, end.value) !== undefined) bad.push(`${s.id}: ${end.value} is not admissible`);
      const again = predictedRisk(model, { ...inputs, [p.id]: end.value }, horizon)!;
      if (!close(again, end.risk, 1e-12)) bad.push(`${s.id}=${end.value} gives ${again}, not ${end.risk}, for ${where}`);
    }
    if (!close(s.span, hi - lo, 1e-12) || s.span < 0) bad.push(`${s.id}: span ${s.span} != ${hi - lo}`);
  }
  const order = (id: string) => model.predictors.findIndex((p) => p.id === id);
  for (let k = 1; k < got.length; k++) {
    const [a, b] = [got[k - 1]!, got[k]!];
    if (!(a.span > b.span || (a.span === b.span && order(a.id) < order(b.id))))
      bad.push(`${a.id} (${a.span}) before ${b.id} (${b.span}) for ${where}`);
  }
}

for (const { name, model } of bundledModels()) {
  describe(`${name}: exploring a patient's risk`, () => {
    const rand = mulberry32(SEED ^ (name.length * 7919));
    const patients = Array.from({ length: PATIENTS }, () => randomPatient(model, rand));

    it('draws only patients the input check accepts', () => {
      expect(patients.filter((p) => !checkInputs(model, p).ok)).toEqual([]);
    });

    it('contributions(): the points predict() gives, in model order, summing to the total; shares sum to 1', () => {
      for (const inputs of patients) {
        const r = compileModel(model).predict(inputs);
        const got = explore.contributions(compileModel(model), inputs);
        // One entry per row of the nomogram: the predictors outside interactions, then each interaction.
        const c = compileModel(model);
        const rows = [
          ...model.predictors.filter((p) => !c.interacts(p.id)).map((p) => p.id),
          ...(model.interactions ?? []).map((i) => i.id),
        ];
        expect(got.map((x) => x.id)).toEqual(rows);
        // A patient with 0 points (every row at its lowest) has no shares to give.
        if (r.totalPoints === 0) {
          expect(got.map((x) => [x.points, x.share])).toEqual(rows.map(() => [0, 0]));
          continue;
        }
        for (const x of got) {
          expect(Math.abs(x.points - r.points[x.id]!), x.id).toBeLessThan(1e-9);
          expect(x.share).toBeGreaterThanOrEqual(0);
          expect(x.share).toBeLessThanOrEqual(1);
          expect(Math.abs(x.share - x.points / r.totalPoints)).toBeLessThan(1e-12);
        }
        expect(Math.abs(got.reduce((s, x) => s + x.points, 0) - r.totalPoints)).toBeLessThan(1e-9);
        expect(Math.abs(got.reduce((s, x) => s + x.share, 0) - 1)).toBeLessThan(1e-12);
      }
    });

    it.skipIf(!!model.interactions?.length)('contributions(): every share is 0 for a patient with 0 total points', () => {
      const c = compileModel(model);
      const lowest = Object.fromEntries(
        c.predictors.map((cp) => [
          cp.predictor.id,
          admissible(cp.predictor).reduce((a, b) => (cp.contribution(b) < cp.contribution(a) ? b : a)),
        ]),
      );
      expect(compileModel(model).predict(lowest).totalPoints).toBe(0);
      expect(explore.contributions(compileModel(model), lowest).map((x) => [x.points, x.share])).toEqual(
        model.predictors.map(() => [0, 0]),
      );
    });

    if (model.kind === 'logistic') {
      it('riskAt(): the probability predict() gives; curve() empty', () => {
        for (const inputs of patients)
          expect(
            Math.abs(explore.riskAt(compileModel(model), inputs)! - compileModel(model).predict(inputs).probability!.estimate),
          ).toBeLessThan(1e-12);
        expect(explore.curve(compileModel(model), patients[0]!)).toEqual([]);
      });

      it(`swings(): brute force over every admissible value with predict() agrees (${SWING_PATIENTS} patients)`, () => {
        const bad: string[] = [];
        for (const inputs of patients.slice(0, SWING_PATIENTS)) checkSwings(model, inputs, undefined, bad);
        expect(bad).toEqual([]);
      });
      return;
    }
    // Any model over time: what moves the risk agrees with brute force at every horizon.
    it(`swings(): brute force over every admissible value with predict() agrees, at every horizon (${SWING_PATIENTS} patients)`, () => {
      const bad: string[] = [];
      for (const inputs of patients.slice(0, SWING_PATIENTS)) for (const h of model.horizons) checkSwings(model, inputs, h, bad);
      expect(bad).toEqual([]);
    });
    // The rest reads an unstratified Cox model's baseline; the other families' curves and intervals
    // are checked against R in family-math.test.ts.
    if (model.kind !== 'cox' || model.baseline.type === 'strata') return;
    const cox = model as CoxModel;
    const b = cox.baseline;
    const last = cox.horizons.at(-1)!;

    it('family.curveEnd: the last table time, or the largest horizon for an exponential baseline (no curve past what the source reports)', () => {
      const expected = { 'veteran-teaching': 999, 'liu2025-os': 36, 'liu2025-os-full': 36 }[cox.id];
      if (expected !== undefined) expect(compileModel(cox).family.curveEnd).toBe(expected);
      expect(compileModel(cox).family.curveEnd).toBe(b.type === 'table' ? b.time[b.time.length - 1] : last);
    });

    it('curve(): starts at 1, never rises, bounds bracket the estimate, and ends at curveEnd', () => {
      const bad: string[] = [];
      for (const inputs of patients) {
        const curve = explore.curve(compileModel(cox), inputs);
        expect(curve[0]).toEqual({ time: 0, estimate: 1, lower: 1, upper: 1 });
        expect(curve.at(-1)!.time).toBe(compileModel(cox).family.curveEnd);
        curve.forEach((q, j) => {
          if (!(q.lower >= 0 && q.lower <= q.estimate && q.estimate <= q.upper && q.upper <= 1))
            bad.push(`bounds at ${q.time} for ${show(inputs)}`);
          if (j === 0) return;
          const prev = curve[j - 1]!;
          if (!(q.time > prev.time)) bad.push(`time ${q.time} after ${prev.time}`);
          for (const k of ['estimate', 'lower', 'upper'] as const)
            if (!(q[k] <= prev[k])) bad.push(`${k} rises at ${q.time} for ${show(inputs)}`);
        });
      }
      expect(bad).toEqual([]);
    });

    it('curve(): agrees with predict() at its own times, estimate and both bounds', () => {
      const bad: string[] = [];
      for (const inputs of patients) {
        const curve = explore.curve(compileModel(cox), inputs);
        const r = compileModel(cox).predict(inputs, { times: curve.map((q) => q.time) });
        curve.forEach((q, j) => {
          const s = r.survival![j]!;
          for (const k of ['estimate', 'lower', 'upper'] as const) {
            if (!close(q[k], s[k]!, 1e-12)) bad.push(`${k} ${q[k]} != ${s[k]} at ${q.time} for ${show(inputs)}`);
          }
        });
      }
      expect(bad).toEqual([]);
    });

    if (b.type === 'table') {
      it('curve(): a table baseline gives one corner per tabulated time, exact as a step-after curve at any time', () => {
        const bad: string[] = [];
        const end = compileModel(cox).family.curveEnd;
        const between = b.time.slice(1).map((t, i) => (t + b.time[i]!) / 2);
        for (const inputs of patients.slice(0, 50)) {
          const curve = explore.curve(compileModel(cox), inputs);
          expect(curve.map((q) => q.time)).toEqual(b.time);
          const times = [...between, ...Array.from({ length: 50 }, () => rand() * end), end];
          const r = compileModel(cox).predict(inputs, { times });
          times.forEach((t, j) => {
            const q = stepAt(curve, t);
            const s = r.survival![j]!;
            for (const k of ['estimate', 'lower', 'upper'] as const) {
              if (!close(q[k], s[k]!, 1e-12)) bad.push(`${k} at ${t}: curve ${q[k]}, predict ${s[k]} for ${show(inputs)}`);
            }
          });
        }
        expect(bad).toEqual([]);
      });
    } else {
      it('curve(): an exponential baseline gives 101 evenly spaced times, each S(h)^(t/h) of predict() at the horizons', () => {
        const bad: string[] = [];
        for (const inputs of patients) {
          const curve = explore.curve(compileModel(cox), inputs);
          expect(curve).toHaveLength(101);
          curve.forEach((q, i) => expect(q.time).toBeCloseTo((last * i) / 100, 12));
          const r = compileModel(cox).predict(inputs);
          r.survival!.forEach((s) => {
            for (const q of curve) {
              for (const k of ['estimate', 'lower', 'upper'] as const) {
                if (s[k]! < 1e-300) continue; // underflowed at the horizon: nothing left to raise to a power
                const expected = s[k]! ** (q.time / s.time);
                if (!close(q[k], expected, 1e-12))
                  bad.push(`${k} at ${q.time}: ${q[k]} vs ${expected} from t=${s.time} for ${show(inputs)}`);
              }
            }
          });
        }
        expect(bad).toEqual([]);
      });
    }

    it('riskAt(): survival at each horizon as predict() gives it, the first horizon by default', () => {
      for (const inputs of patients) {
        const r = compileModel(cox).predict(inputs);
        r.survival!.forEach((s) => expect(Math.abs(explore.riskAt(compileModel(cox), inputs, s.time)! - s.estimate!)).toBeLessThan(1e-12));
        expect(explore.riskAt(compileModel(cox), inputs)).toBe(explore.riskAt(compileModel(cox), inputs, cox.horizons[0]));
      }
    });

    if (b.type === 'table') {
      it('riskAt() and swings(): null and empty past the end of the baseline table', () => {
        const end = compileModel(cox).family.curveEnd;
        expect(explore.riskAt(compileModel(cox), patients[0]!, end)).not.toBeNull();
        expect(explore.riskAt(compileModel(cox), patients[0]!, end + 1)).toBeNull();
        expect(explore.swings(compileModel(cox), patients[0]!, end + 1)).toEqual([]);
      });
    } else {
      it('riskAt(): defined far past the horizons for an exponential baseline', () => {
        expect(explore.riskAt(compileModel(cox), patients[0]!, last * 10)).toBeGreaterThan(0);
      });
    }

    it('swings(): the default horizon is the first one', () => {
      expect(explore.swings(compileModel(cox), patients[0]!)).toEqual(explore.swings(compileModel(cox), patients[0]!, cox.horizons[0]));
    });
  });
}

describe('a logistic model (the veteran predictors with an intercept)', () => {
  const model = logisticVeteran();
  const rand = mulberry32(SEED + 1);
  const patients = Array.from({ length: SWING_PATIENTS }, () => randomPatient(model, rand));

  it('riskAt() is the probability predict() gives, whatever the horizon', () => {
    for (const inputs of patients) {
      const p = compileModel(model).predict(inputs).probability!.estimate;
      expect(Math.abs(explore.riskAt(compileModel(model), inputs)! - p)).toBeLessThan(1e-12);
      expect(explore.riskAt(compileModel(model), inputs, 12345)).toBe(explore.riskAt(compileModel(model), inputs));
    }
  });

  it('swings(): brute force agrees, with risk rising where the linear predictor does', () => {
    const bad: string[] = [];
    for (const inputs of patients) checkSwings(model, inputs, undefined, bad);
    expect(bad).toEqual([]);
    // karno lowers the linear predictor: the highest probability is at the lowest Karnofsky score
    const karno = explore.swings(compileModel(model), patients[0]!).find((s) => s.id === 'karno')!;
    expect([karno.lowest.value, karno.highest.value]).toEqual([100, 10]);
  });

  it('curve() is empty and family.curveEnd 0: there is no time axis', () => {
    expect(explore.curve(compileModel(model), patients[0]!)).toEqual([]);
    expect(compileModel(model).family.curveEnd).toBe(0);
  });
});

describe('swings() on the Cox veteran model runs the other way from logistic', () => {
  it('gives the lowest survival at the lowest Karnofsky score', () => {
    const model = loadBundled('veteran-teaching');
    const karno = explore
      .swings(compileModel(model), { trt: 'standard', celltype: 'squamous', karno: 60, age: 60, prior: 'no' })
      .find((s) => s.id === 'karno')!;
    expect([karno.lowest.value, karno.highest.value]).toEqual([10, 100]);
    expect(karno.lowest.risk).toBeLessThan(karno.current);
    expect(karno.current).toBeLessThan(karno.highest.risk);
  });
});

describe('swings() is fast enough to run on every input change', () => {
  it('takes well under a millisecond for the 11-predictor model', () => {
    const model = loadBundled('liu2025-os-full');
    const rand = mulberry32(SEED + 2);
    const patients = Array.from({ length: 200 }, () => randomPatient(model, rand));
    explore.swings(compileModel(model), patients[0]!);
    const start = performance.now();
    for (let n = 0; n < 2000; n++) explore.swings(compileModel(model), patients[n % patients.length]!, 24);
    expect((performance.now() - start) / 2000).toBeLessThan(0.5);
  });
});

describe('curve() reproduces rms for the veteran model', () => {
  const model = loadBundled('veteran-teaching');
  // rms Survival() estimates agree to ~1e-15. The reference's bounds were computed with
  // qnorm(0.975) = 1.95996398454 rather than the engine's (and README's) 1.959964: about 2e-9 apart.
  (ref.patients as { inputs: Inputs; survival: CurvePoint[] }[]).forEach((p, i) => {
    it(`patient ${i + 1}: the step curve read at ${ref.times.join(', ')} days`, () => {
      const curve = explore.curve(compileModel(model), p.inputs);
      for (const s of p.survival) {
        const q = stepAt(curve, s.time);
        expect(Math.abs(q.estimate - s.estimate)).toBeLessThan(1e-9);
        expect(Math.abs(q.lower - s.lower)).toBeLessThan(5e-9);
        expect(Math.abs(q.upper - s.upper)).toBeLessThan(5e-9);
      }
    });
  });
});

describe('iconCount()', () => {
  it('rounds 100 p to the nearest whole person at the edges', () => {
    expect([0, 0.004, 0.005, 0.0149, 0.5, 0.985, 0.995, 1].map(iconCount)).toEqual([0, 0, 1, 1, 50, 99, 100, 100]);
  });

  it('stays a whole number within 0..100, so the 100 - n empty icons are never negative', () => {
    const rand = mulberry32(SEED + 3);
    for (let n = 0; n < 10000; n++) {
      const p = rand();
      const filled = iconCount(p);
      expect(Number.isInteger(filled)).toBe(true);
      expect(filled).toBeGreaterThanOrEqual(0);
      expect(filled).toBeLessThanOrEqual(100);
      expect(Math.abs(filled - 100 * p)).toBeLessThanOrEqual(0.5 + 1e-12);
    }
    expect(iconCount(-1e-12)).toBe(0);
    expect(iconCount(1 + 1e-12)).toBe(100);
  });
});

import { describe, expect, it } from 'vitest';
import { coxBaseline } from '../src/engine/families/cox.ts';
import { baselineEnd } from '../src/engine/baseline.ts';
import { compileModel } from '../src/engine/compile.ts';
import { checkInputs, inputColumns } from '../src/engine/inputs.ts';
import type { Prediction } from '../src/engine/predict.ts';
import type { Inputs, Model, Predictor } from '../src/model/types.ts';
import { bundledModels } from './models.ts';
import { mulberry32 } from './random.ts';

const PATIENTS = 5000;
const TIMES = 24;
/** Fixed so a failure reproduces; set PROPERTY_SEED to explore other samples. */
const SEED = Number(process.env.PROPERTY_SEED ?? 20250611);

function randomValue(p: Predictor, rand: () => number): string | number {
  if (p.type === 'categorical') return p.levels[Math.floor(rand() * p.levels.length)]!.id;
  const { min, max } = p.axis;
  if (p.integer) {
    const lo = Math.ceil(min);
    const hi = Math.floor(max);
    return lo + Math.floor(rand() * (hi - lo + 1));
  }
  return min + rand() * (max - min);
}

function randomPatient(model: Model, rand: () => number): Inputs {
  return Object.fromEntries(inputColumns(model).map((p) => [p.id, randomValue(p, rand)]));
}

/** Times 1..N spread evenly up to the last horizon (all inside a table baseline for the bundled models). */
function spreadTimes(model: Model): number[] {
  if (model.kind !== 'cox') return [];
  const last = model.horizons[model.horizons.length - 1]!;
  return Array.from({ length: TIMES }, (_, i) => ((i + 1) * last) / TIMES);
}

/** Paths of every number in a value that is NaN or infinite (JSON would silently turn them into null). */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

/** Median survival as an ordered number: null (not reached within the baseline) is later than any time. */
const medianOrder = (m: number | null | undefined) => (m === null || m === undefined ? Infinity : m);

/** Every level of categorical predictors and both axis ends of numeric ones. */
function extremeValues(p: Predictor): (string | number)[] {
  return p.type === 'categorical' ? p.levels.map((l) => l.id) : [p.axis.min, p.axis.max];
}

function* cartesian(model: Model): Generator<Inputs> {
  const columns = inputColumns(model);
  const choices = columns.map(extremeValues);
  const index = choices.map(() => 0);
  for (;;) {
    yield Object.fromEntries(columns.map((p, i) => [p.id, choices[i]![index[i]!]!]));
    let i = 0;
    while (i < index.length && ++index[i]! === choices[i]!.length) index[i++] = 0;
    if (i === index.length) return;
  }
}

const show = (inputs: Inputs) => JSON.stringify(inputs);

/** The nomogram's rows as rms draws them, each with its admissible choices and their points. */
function rowsOf(model: Model): { id: string; choices: Inputs[]; points: (choice: Inputs) => number }[] {
  const c = compileModel(model);
  const own = c.predictors
    .filter((cp) => !c.interacts(cp.predictor.id))
    .map((cp) => ({
      id: cp.predictor.id,
      choices: cp.values.map((v) => ({ [cp.predictor.id]: v })),
      points: (x: Inputs) => cp.points(x[cp.predictor.id]!),
    }));
  const pairs = c.interactions.map((ci) => ({
    id: ci.interaction.id,
    choices: ci.first.values.flatMap((a) => ci.second.values.map((b) => ({ [ci.first.predictor.id]: a, [ci.second.predictor.id]: b }))),
    points: (x: Inputs) => (ci.contribution(x) - ci.min) * c.scale,
  }));
  return [...own, ...pairs];
}

for (const { name, model } of bundledModels()) {
  describe(`${name}: properties over ${PATIENTS} random valid patients`, () => {
    const rand = mulberry32(SEED ^ (name.length * 7919));
    const times = spreadTimes(model);
    const patients = Array.from({ length: PATIENTS }, () => randomPatient(model, rand));
    const results: Prediction[] = patients.map((inputs) => compileModel(model).predict(inputs, model.kind === 'cox' ? { times } : {}));
    const max = compileModel(model).maxTotal;

    it('draws only patients the input check accepts', () => {
      const refused = patients.filter((p) => !checkInputs(model, p).ok);
      expect(refused).toEqual([]);
    });

    it('gives every predictor between 0 and 100 points', () => {
      const bad: string[] = [];
      results.forEach((r, i) => {
        for (const [id, pts] of Object.entries(r.points)) {
          if (!(pts >= 0 && pts <= 100 + 1e-9)) bad.push(`${id} = ${pts} for ${show(patients[i]!)}`);
        }
      });
      expect(bad).toEqual([]);
    });

    // rms nomogram(): the rows are the predictors outside interactions, and each interaction (one
    // axis per level of its categorical predictor, all on the interaction's own points, whose least
    // is 0). Each row's choices are every admissible value, or every pair of them for an interaction.
    const rows = rowsOf(model);

    it('lets the widest row span exactly 0 to 100 points, and every row start at 0', () => {
      const ranges = rows.map((r) => {
        const pts = r.choices.map(r.points);
        return { id: r.id, lo: Math.min(...pts), hi: Math.max(...pts) };
      });
      for (const r of ranges) {
        expect(r.lo, r.id).toBeCloseTo(0, 9);
        expect(r.hi, r.id).toBeLessThanOrEqual(100 + 1e-9);
      }
      const widest = ranges.reduce((a, b) => (b.hi - b.lo > a.hi - a.lo ? b : a));
      expect(Math.abs(widest.lo)).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(widest.hi - 100)).toBeLessThanOrEqual(1e-9);
    });

    it('adds the points up to the total, which stays within [0, maxTotalPoints]', () => {
      const bad: string[] = [];
      results.forEach((r, i) => {
        const sum = Object.values(r.points).reduce((s, x) => s + x, 0);
        if (Math.abs(r.totalPoints - sum) > 1e-9) bad.push(`total ${r.totalPoints} != sum ${sum} for ${show(patients[i]!)}`);
        if (!(r.totalPoints >= 0 && r.totalPoints <= max + 1e-9))
          bad.push(`total ${r.totalPoints} outside [0, ${max}] for ${show(patients[i]!)}`);
      });
      expect(bad).toEqual([]);
    });

    it('maps the total points back to the same linear predictor (the total-points axis shows the same risk)', () => {
      const bad: string[] = [];
      results.forEach((r, i) => {
        const lp = compileModel(model).lpAt(r.totalPoints);
        if (!(Math.abs(lp - r.linearPredictor) <= 1e-9)) bad.push(`${lp} vs ${r.linearPredictor} for ${show(patients[i]!)}`);
      });
      expect(bad).toEqual([]);
    });

    it('reaches 0 total points and maxTotalPoints with the lowest- and highest-scoring choice of each row', () => {
      const pick = (best: (a: number, b: number) => boolean): Inputs =>
        Object.assign({}, ...rows.map((r) => r.choices.reduce((a, b) => (best(r.points(b), r.points(a)) ? b : a))));
      expect(compileModel(model).predict(pick((a, b) => a < b)).totalPoints).toBeCloseTo(0, 9);
      expect(compileModel(model).predict(pick((a, b) => a > b)).totalPoints).toBeCloseTo(max, 9);
    });

    it('contains no NaN or infinite number anywhere in the result', () => {
      const bad = results.flatMap((r, i) => nonFinite(r).map((p) => `${p} for ${show(patients[i]!)}`));
      expect(bad).toEqual([]);
      // and so the JSON the CLI prints is the result itself, with no number turned into null
      expect(JSON.parse(JSON.stringify(results.slice(0, 200)))).toEqual(results.slice(0, 200));
    });

    if (model.kind !== 'cox') return;

    it('keeps every survival estimate and bound in [0, 1] with lower <= estimate <= upper', () => {
      const bad: string[] = [];
      results.forEach((r, i) => {
        for (const s of r.survival!) {
          const { estimate: e, lower: l, upper: u } = s;
          if (e === null || l === null || u === null) {
            bad.push(`no survival at ${s.time} for ${show(patients[i]!)}`);
            continue;
          }
          if (!(l >= 0 && l <= e && e <= u && u <= 1)) bad.push(`${l} <= ${e} <= ${u} fails at ${s.time} for ${show(patients[i]!)}`);
        }
      });
      expect(bad).toEqual([]);
    });

    it('never lets survival (or its bounds) rise as time goes on', () => {
      const bad: string[] = [];
      results.forEach((r, i) => {
        const s = r.survival!;
        for (let j = 1; j < s.length; j++) {
          for (const key of ['estimate', 'lower', 'upper'] as const) {
            if (!(s[j]![key]! <= s[j - 1]![key]!))
              bad.push(`${key} rises from t=${s[j - 1]!.time} to t=${s[j]!.time} for ${show(patients[i]!)}`);
          }
        }
      });
      expect(bad).toEqual([]);
    });

    it('gives a patient with a higher linear predictor no better survival at any time, nor a longer median', () => {
      const bad: string[] = [];
      const compare = (a: Prediction, b: Prediction, what: string) => {
        if (!(a.linearPredictor > b.linearPredictor)) [a, b] = [b, a];
        if (!(a.linearPredictor > b.linearPredictor)) return; // equal risk
        a.survival!.forEach((s, j) => {
          if (!(s.estimate! <= b.survival![j]!.estimate!))
            bad.push(`${what}: S(${s.time}) ${s.estimate} > ${b.survival![j]!.estimate} at a higher LP`);
        });
        if (!(medianOrder(a.medianSurvival) <= medianOrder(b.medianSurvival)))
          bad.push(`${what}: median ${a.medianSurvival} > ${b.medianSurvival} at a higher LP`);
      };
      // A stratified model orders patients within a stratum only: each has its own baseline.
      const stratum = model.kind === 'cox' ? model.stratum?.id : undefined;
      const same = (i: number, j: number) => !stratum || patients[i]![stratum] === patients[j]![stratum];
      // random pairs
      const pairRand = mulberry32(SEED + 1);
      for (let n = 0; n < PATIENTS; n++) {
        const i = Math.floor(pairRand() * PATIENTS);
        const j = Math.floor(pairRand() * PATIENTS);
        if (same(i, j)) compare(results[i]!, results[j]!, `patients ${show(patients[i]!)} and ${show(patients[j]!)}`);
      }
      // and every neighbour once all are ordered by linear predictor (so the order holds across the whole sample)
      const groups = new Map<string, Prediction[]>();
      results.forEach((r, i) => {
        const key = stratum ? String(patients[i]![stratum]) : '';
        groups.set(key, [...(groups.get(key) ?? []), r]);
      });
      for (const group of groups.values()) {
        const byLp = [...group].sort((a, b) => a.linearPredictor - b.linearPredictor);
        for (let k = 1; k < byLp.length; k++)
          compare(byLp[k]!, byLp[k - 1]!, `LP ${byLp[k - 1]!.linearPredictor} -> ${byLp[k]!.linearPredictor}`);
      }
      expect(bad).toEqual([]);
    });

    it('gives a median survival that is a positive time or null (not reached within the baseline table)', () => {
      const bad = results.filter((r) => !(r.medianSurvival === null || (typeof r.medianSurvival === 'number' && r.medianSurvival > 0)));
      expect(bad).toEqual([]);
    });
  });

  describe(`${name}: extreme but valid patients`, () => {
    const all = [...cartesian(model)];
    const rand = mulberry32(SEED + 2);
    const sample = all.length <= 4096 ? all : Array.from({ length: 400 }, () => all[Math.floor(rand() * all.length)]!);
    const end = model.kind === 'cox' ? baselineEnd(coxBaseline(model)) : Infinity;
    const times =
      model.kind === 'cox'
        ? [1e-6, ...model.horizons, model.horizons[model.horizons.length - 1]! * 10, ...(Number.isFinite(end) ? [end, end + 1] : [])]
        : [];

    it(`gives finite numbers for every combination of axis ends and levels (${sample.length})`, () => {
      expect(sample.length).toBeGreaterThan(1);
      const bad: string[] = [];
      for (const inputs of sample) {
        expect(checkInputs(model, inputs).ok).toBe(true);
        const r = compileModel(model).predict(inputs, model.kind === 'cox' ? { times } : {});
        for (const p of nonFinite(r)) bad.push(`${p} for ${show(inputs)}`);
        if (!(r.totalPoints >= 0 && r.totalPoints <= compileModel(model).maxTotal + 1e-9))
          bad.push(`total ${r.totalPoints} for ${show(inputs)}`);
        if (r.linearPredictorSe < 0) bad.push(`negative SE for ${show(inputs)}`);
        for (const s of r.survival ?? []) {
          if (s.time > end) {
            if (s.estimate !== null || s.lower !== null || s.upper !== null)
              bad.push(`survival past the baseline at ${s.time} for ${show(inputs)}`);
          } else if (!(s.lower! >= 0 && s.lower! <= s.estimate! && s.estimate! <= s.upper! && s.upper! <= 1)) {
            bad.push(`bounds ${s.lower} <= ${s.estimate} <= ${s.upper} fail at ${s.time} for ${show(inputs)}`);
          }
        }
        if (r.probability) {
          const { lower, estimate, upper } = r.probability;
          if (!(lower >= 0 && lower <= estimate && estimate <= upper && upper <= 1)) bad.push(`probability bounds for ${show(inputs)}`);
        }
      }
      expect(bad).toEqual([]);
    });
  });
}

describe('survivalAt at the edges of what a model file allows', () => {
  it('is 1 before the first event even for an overflowing linear predictor, never NaN', async () => {
    const { survivalAt } = await import('../src/engine/baseline.ts');
    const table = { type: 'table' as const, time: [0, 5, 10], survival: [1, 0.9, 0.8] };
    expect(survivalAt(table, 2, 800)).toBe(1);
    expect(survivalAt(table, 7, 800)).toBe(0);
    expect(survivalAt(table, 7, -800)).toBe(1);
    expect(survivalAt(table, 11, 0)).toBeUndefined();
  });
});

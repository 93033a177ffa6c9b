/**
 * Engine throughput, run by bench/run.ts in a child process of its own (`node --import tsx`), so
 * that nothing else shares its heap or JIT. Prints one JSON object on stdout.
 *
 * For each bundled model: predictions per second of a full `predict` (points, linear predictor,
 * its standard error, and every horizon's survival or the probability with its 95% interval),
 * over a cycle of seeded random valid patients, after a warm-up; and the time of one such call,
 * median and 99th percentile of many timed one by one.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileModel } from '../src/engine/compile.ts';
import { inputColumns, stepOf } from '../src/engine/inputs.ts';
import { loadModelFiles } from '../src/model/load.ts';
import type { Inputs, Model, Predictor } from '../src/model/types.ts';
import { mulberry32 } from '../tests/random.ts';

const root = new URL('../', import.meta.url).pathname;
const SECONDS = Number(process.env.BENCH_ENGINE_SECONDS ?? 1.5);
const SINGLE = Number(process.env.BENCH_ENGINE_SINGLE ?? 20_000);

function randomValue(p: Predictor, rand: () => number): string | number {
  if (p.type === 'categorical') return p.levels[Math.floor(rand() * p.levels.length)]!.id;
  const { min, max } = p.axis;
  const step = stepOf(p);
  const n = Math.floor(rand() * (Math.floor((max - min) / step) + 1));
  return Math.min(max, Number((min + n * step).toPrecision(12)));
}

/** Valid patients only: each is checked the way the app checks it before predicting. */
function patients(model: Model, count: number, seed: number): Inputs[] {
  const rand = mulberry32(seed);
  const out: Inputs[] = [];
  while (out.length < count) {
    const raw = Object.fromEntries(inputColumns(model).map((p) => [p.id, randomValue(p, rand)]));
    const check = compileModel(model).check(raw);
    if (!check.ok) throw new Error(`${model.id}: generated an invalid patient: ${check.problems[0]!.message}`);
    out.push(check.inputs);
  }
  return out;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function bench(model: Model) {
  const cases = patients(model, 256, 0x5eed);
  const c = compileModel(model);
  let sink = 0;
  const run = (n: number, from: number) => {
    for (let i = 0; i < n; i++) {
      const r = c.predict(cases[(from + i) & 255]!);
      sink += r.totalPoints + r.linearPredictorSe + (r.survival?.[0]?.lower ?? r.probability?.lower ?? 0);
    }
  };
  // Warm-up: long enough for the optimising compiler to settle.
  const warmEnd = performance.now() + 300;
  let done = 0;
  while (performance.now() < warmEnd) run(1000, (done += 1000));

  // Throughput: batches of 1,000 until the time is up.
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < SECONDS * 1000) {
    run(1000, count);
    count += 1000;
    elapsed = performance.now() - start;
  }

  // One call at a time, each timed on its own.
  const times: number[] = new Array(SINGLE);
  for (let i = 0; i < SINGLE; i++) {
    const input = cases[i & 255]!;
    const t0 = process.hrtime.bigint();
    const r = c.predict(input);
    const t1 = process.hrtime.bigint();
    sink += r.totalPoints;
    times[i] = Number(t1 - t0) / 1000; // µs
  }
  times.sort((a, b) => a - b);
  if (!Number.isFinite(sink)) throw new Error('non-finite result');
  return {
    model: `${model.id}@${model.version}`,
    kind: model.kind,
    predictors: model.predictors.length,
    horizons: model.kind === 'logistic' ? 0 : model.horizons.length,
    covariance: model.covariance !== undefined,
    predictionsPerSecond: Math.round(count / (elapsed / 1000)),
    iterations: count,
    seconds: Number((elapsed / 1000).toFixed(3)),
    singleCall: {
      calls: SINGLE,
      medianMicroseconds: Number(quantile(times, 0.5).toFixed(2)),
      p99Microseconds: Number(quantile(times, 0.99).toFixed(2)),
    },
  };
}

const results = loadModelFiles(join(root, 'models')).map((f) => bench(f.model));
process.stdout.write(JSON.stringify(results));

/**
 * `nomogram evaluate` against R: cohorts from R's own data sets (survival::lung, pbc, veteran;
 * MASS::birthwt) and simulated ones with tied times, tied predictions and censoring exactly at the
 * horizon (tests/r/cohorts.R). R computes every figure from the predictions `nomogram predict
 * --data` made (tests/r/evaluate-metrics.R): survival::concordance, coxph, survfit,
 * riskRegression::Score, rms::val.prob, Hmisc. Skipped, with the reason, without Rscript and
 * those packages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { rscript } from './rscript.ts';

const PACKAGES = ['rms', 'survival', 'riskRegression', 'Hmisc', 'jsonlite', 'MASS'];

function missingR(): string | undefined {
  const r = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'Rscript not found';
  const code = `q(status = as.integer(!all(sapply(c(${PACKAGES.map((p) => `"${p}"`).join(',')}), requireNamespace, quietly = TRUE))))`;
  if (spawnSync('Rscript', ['-e', code]).status !== 0) return `one of the R packages ${PACKAGES.join(', ')} is not installed`;
  return undefined;
}

const skipReason = missingR();

/** Rscript's standard output, or a failure with its standard error. */
async function r(...args: string[]): Promise<string> {
  const run = await rscript(...args);
  if (run.status !== 0) throw new Error(`Rscript ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** [cohort, model (bundled id or exported example), kind, horizon, groups] */
const CASES: [string, string, 'cox' | 'logistic', number | null, number][] = [
  ['veteran', 'veteran-teaching', 'cox', 180, 6],
  ['sim-veteran', 'veteran-teaching', 'cox', 182, 10],
  ['lung', 'lung.json', 'cox', 365, 5],
  ['pbc', 'pbc.json', 'cox', 1825, 8],
  ['birthwt', 'birthwt.json', 'logistic', null, 9],
  ['sim-birthwt', 'birthwt.json', 'logistic', null, 10],
];

type Figures = Record<string, unknown> & { groups: Record<string, number | null>[] };

describe.skipIf(skipReason !== undefined)(skipReason ? `evaluate against R (skipped: ${skipReason})` : 'evaluate against R', () => {
  let dir: string;
  const ours = new Map<string, Figures>();
  const fromR = new Map<string, Figures>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'evaluate-r-'));
    await Promise.all([r('tests/r/export-examples.R', dir, 'lung', 'pbc', 'birthwt'), r('tests/r/cohorts.R', dir)]);
    const model = (ref: string) => (ref.endsWith('.json') ? join(dir, ref) : ref);
    const args: string[] = [];
    for (const [name, ref, kind, horizon, groups] of CASES) {
      const data = join(dir, `${name}.csv`);
      const times = kind === 'cox' ? ['--times', String(horizon)] : [];
      const predicted = await cli('predict', model(ref), '--data', data, ...times);
      expect(predicted.status, predicted.err).toBe(0);
      writeFileSync(join(dir, `${name}.pred.csv`), predicted.out);
      const at = kind === 'cox' ? ['--horizon', String(horizon)] : [];
      const evaluated = await cli('evaluate', model(ref), '--data', data, ...at, '--groups', String(groups), '--json');
      expect(evaluated.status, evaluated.err).toBe(0);
      ours.set(name, JSON.parse(evaluated.out));
      args.push([name, data, join(dir, `${name}.pred.csv`), kind, horizon ?? 'NA', groups].join(':'));
    }
    const all = JSON.parse(await r('tests/r/evaluate-metrics.R', ...args)) as Record<string, Figures>;
    for (const [name, figures] of Object.entries(all)) fromR.set(name, figures);
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES.map((c) => c[0]))('%s: C within 1e-6 and every other figure within 1e-5 of R', (name) => {
    const mine = ours.get(name)!;
    const theirs = fromR.get(name)!;
    for (const [key, value] of Object.entries(theirs)) {
      if (key === 'groups') continue;
      expect(mine[key], key).toBeTypeOf('number');
      if (Number.isInteger(value) && key !== 'cIndex') expect(mine[key], key).toBe(value);
      else expect(Math.abs((mine[key] as number) - (value as number)), key).toBeLessThan(key === 'cIndex' ? 1e-6 : 1e-5);
    }
    expect(mine.groups).toHaveLength(theirs.groups.length);
    theirs.groups.forEach((g, i) => {
      for (const [key, value] of Object.entries(g)) {
        const got = mine.groups[i]![key];
        if (value === null || got === null) expect(got, `groups[${i}].${key}`).toBe(value);
        else expect(Math.abs(got! - value), `groups[${i}].${key}`).toBeLessThan(1e-5);
      }
    });
  });
});

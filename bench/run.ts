/**
 * npm run bench: measured figures of the built app beside the peer's production build, printed
 * as tables and written to bench/results.json. Figures to watch, not a test (e2e/budgets.spec.ts
 * fails the tests on size): it exits non-zero only when a step crashed or the larger fuzz failed.
 * Every step records the machine's load average when it started, since other work skews timings.
 *
 *   1. build (into a temporary folder, never dist/): first-result JS, each lazily loaded part, all
 *      JS, CSS, what the service worker precaches (bench/bundle.ts);
 *   2. engine: predictions per second per bundled model (bench/engine.ts, a process of its own);
 *   3. Chromium: cold load, offline reload, input to result (bench/browser.ts);
 *   4. Lighthouse (mobile): scores, LCP, TBT, long tasks, for this app and for the peer;
 *   5. the model fuzzer with more cases.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium); PEER_DIST, a folder holding the peer's
 * production build (PREDICT Kidney, github.com/WintonCentre/kcp; never part of this repository);
 * BENCH_SKIP=lighthouse,fuzz,browser,cohort,engine; BENCH_COLD (10), BENCH_RELOADS (20), BENCH_KEYS (240),
 * BENCH_CLICKS (60), BENCH_LIGHTHOUSE_RUNS (3), BENCH_FUZZ_CASES (20000), BENCH_FUZZ_SEED.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { StaticHost } from '../e2e/support/static-server.ts';
import { measureBrowser } from './browser.ts';
import { measureCohort } from './cohort.ts';
import { readBundle } from './bundle.ts';
import { lighthouse } from './lighthouse.ts';
import { render, type Results, type Step, type StepFigures } from './report.ts';

const root = new URL('../', import.meta.url).pathname;
const env = process.env;
const skip = new Set((env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const int = (name: string, fallback: number) => Math.max(1, Math.floor(Number(env[name] ?? fallback)) || fallback);
const CHROME = env.CHROME_PATH ?? '/usr/bin/chromium';
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
const git = (args: string[]) => {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};

const results: Results = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
  },
  commit: git(['rev-parse', '--short', 'HEAD']),
  uncommittedChanges: git(['status', '--porcelain', '--untracked-files=no']) !== '',
  steps: {},
  crashed: [],
};

/** Runs one step, noting the load average at its start and its time; a crash is recorded and the other steps still run. */
async function step<K extends keyof StepFigures>(name: K, fn: () => Promise<StepFigures[K] | string>): Promise<void> {
  const steps = results.steps as { [P in K]?: Step<StepFigures[P]> };
  if (skip.has(name)) return void (steps[name] = { skipped: 'BENCH_SKIP' });
  const t0 = performance.now();
  const loadAverage = load();
  process.stderr.write(`bench: ${name} (load average ${loadAverage.join(' ')})…\n`);
  try {
    const value = await fn();
    steps[name] =
      typeof value === 'string'
        ? { skipped: value, loadAverage }
        : { ...value, loadAverage, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) };
  } catch (e) {
    results.crashed.push(`${name}: ${(e as Error).stack ?? e}`);
    steps[name] = { error: (e as Error).message, loadAverage };
  }
}

function run(
  cmd: string,
  args: string[],
  extra: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const outDir = mkdtempSync(join(os.tmpdir(), 'nomogram-bench-'));
try {
  await step('build', async () => {
    const r = await run(process.execPath, [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ]);
    if (r.status !== 0) throw new Error(`vite build failed:\n${r.stderr}${r.stdout}`);
    return { bundle: readBundle(outDir) };
  });
  if (!('bundle' in (results.steps.build ?? {}))) throw new Error('no build to measure');

  await step('engine', async () => {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'bench/engine.ts')]);
    if (r.status !== 0) throw new Error(`bench/engine.ts failed:\n${r.stderr}`);
    return { models: JSON.parse(r.stdout) };
  });

  const host = new StaticHost(outDir);
  const url = await host.listen();
  await step('browser', () =>
    measureBrowser(url, {
      cold: int('BENCH_COLD', 10),
      reloads: int('BENCH_RELOADS', 20),
      keys: int('BENCH_KEYS', 240),
      clicks: int('BENCH_CLICKS', 60),
    }),
  );
  await step('cohort', () => measureCohort(url));
  await step('lighthouse', async () => {
    const app = await lighthouse(url, int('BENCH_LIGHTHOUSE_RUNS', 3), CHROME);
    if (typeof app === 'string') return app;
    return { app, peer: await peer() };
  });
  await host.close();

  await step('fuzz', async () => {
    const cases = int('BENCH_FUZZ_CASES', 20000);
    const seed = int('BENCH_FUZZ_SEED', 20261122);
    const report = join(outDir, 'vitest.json');
    const r = await run(
      process.execPath,
      [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/fuzz-models.test.ts', '--reporter=json', `--outputFile=${report}`],
      { FUZZ_CASES: String(cases), FUZZ_SEED: String(seed) },
    );
    if (!existsSync(report)) throw new Error(`vitest gave no report (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numTotalTests: number;
      numPassedTests: number;
      testResults: { assertionResults: { status: string; fullName: string }[] }[];
    };
    const failed = json.testResults
      .flatMap((f) => f.assertionResults)
      .filter((t) => t.status !== 'passed')
      .map((t) => t.fullName);
    if (failed.length) results.crashed.push(`model fuzzer: ${failed.length} failing test(s): ${failed.join('; ')}`);
    return { cases, seed, tests: json.numTotalTests, passed: json.numPassedTests, failed };
  });
} catch (e) {
  results.crashed.push(String((e as Error).message));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

/** The peer's production build, served as it is and measured the same way, or why it was not. */
async function peer() {
  const dir = env.PEER_DIST;
  if (!dir)
    return 'PEER_DIST not set: the peer (github.com/WintonCentre/kcp) is a ClojureScript app built with shadow-cljs, whose compiler and libraries come from Maven Central and Clojars; see the README';
  if (!existsSync(join(dir, 'index.html'))) return `PEER_DIST=${dir} has no index.html`;
  const peerHost = new StaticHost(dir, '/', false);
  try {
    return await lighthouse(await peerHost.listen(), int('BENCH_LIGHTHOUSE_RUNS', 3), CHROME);
  } finally {
    await peerHost.close();
  }
}

writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(render(results));
console.log('\nwritten: bench/results.json');
process.exitCode = results.crashed.length ? 1 : 0;

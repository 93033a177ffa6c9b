#!/usr/bin/env node
/**
 * npm run bench: measured figures of the built app, printed as a table and written to
 * bench/results.json. Figures to watch, not a test: timings over a budget are marked OVER but
 * never fail the run; it exits non-zero only when a step crashed or the larger fuzz run failed.
 *
 *   1. build (into a temporary folder, never dist/): page JavaScript and CSS, raw and gzip -9;
 *      what the service worker precaches;
 *   2. engine: predictions per second of a full predict with its interval, per bundled model, and
 *      the time of one call (bench/engine.ts, in a process of its own);
 *   3. Chromium: time to a usable calculator on a cold load and on an offline reload from the
 *      service worker; delay from an input to the updated result (bench/browser.ts); the longest
 *      main-thread task while a 20,000-row cohort is checked (bench/cohort.ts);
 *   4. Lighthouse (mobile): scores, LCP, TBT, CLS;
 *   5. the model fuzzer with more cases.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium); BENCH_SKIP=lighthouse,fuzz,browser,engine
 * to leave steps out; BENCH_COLD (10), BENCH_RELOADS (20), BENCH_KEYS (240), BENCH_CLICKS (60),
 * BENCH_LIGHTHOUSE_RUNS (3; the run with the median performance score is kept), BENCH_FUZZ_CASES (20000).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { register } from 'tsx/esm/api';

register();
const root = new URL('../', import.meta.url).pathname;
const { StaticHost } = await import('../e2e/support/static-server.ts');
const { measureBrowser } = await import('../bench/browser.ts');
const { measureCohort } = await import('../bench/cohort.ts');

const env = process.env;
const skip = new Set((env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const int = (name, fallback) => Math.max(1, Math.floor(Number(env[name] ?? fallback)) || fallback);
const CHROME = env.CHROME_PATH ?? '/usr/bin/chromium';

const KiB = 1024;
const BUDGETS = {
  pageJsGzip: { limit: 30 * KiB, text: 'page JavaScript < 30 KiB gzip' },
  inputToResult: { limit: 16, text: 'input → result within one frame (16 ms), p95' },
  offlineReload: { limit: 300, text: 'offline reload usable < 300 ms, median' },
  cohortLongTask: { limit: 200, text: '20,000-row cohort check: no main-thread task over 200 ms' },
  lighthouse: { limit: 100, text: 'Lighthouse 100: performance, accessibility, best practices' },
};

const crashed = [];
// Filled in step by step; the report shows whatever was measured before a crash.
let sizes, engine, browser, cohort, lighthouse, fuzz;
const results = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    // Other work on the machine skews every timing: the load average when the bench started.
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  },
  commit: git(['rev-parse', '--short', 'HEAD']),
  uncommittedChanges: git(['status', '--porcelain', '--untracked-files=no']) !== '',
};

function git(args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Runs one step; a crash is recorded and reported, and the other steps still run. */
async function step(name, fn) {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    return await fn();
  } catch (e) {
    crashed.push(`${name}: ${e?.stack ?? e}`);
    process.stderr.write(`bench: ${name} failed: ${e?.message ?? e}\n`);
    return { error: String(e?.message ?? e) };
  } finally {
    process.stderr.write(`bench: ${name} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
}

function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.on('error', (e) => resolve({ status: -1, stdout, stderr: String(e) }));
  });
}

// ---------------------------------------------------------------- 1. build and sizes

const outDir = mkdtempSync(join(os.tmpdir(), 'nomogram-bench-'));

const build = await step('build', async () => {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stderr}${r.stdout}`);
  return { seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) };
});
if (build.error) {
  Object.assign(results, { build });
  finish();
  process.exit();
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const isWorker = (f) => /(^|\/)(sw\.js|workbox-[^/]*\.js|registerSW\.js)$/.test(f);

sizes = await step('sizes', async () => {
  const all = files(outDir).map((f) => relative(outDir, f));
  const page = all
    .filter((f) => /\.(js|css)$/.test(f) && !isWorker(f))
    .sort()
    .map((f) => {
      const buf = readFileSync(join(outDir, f));
      return { file: f, kind: f.endsWith('.css') ? 'css' : 'js', raw: buf.length, gzip: gz(buf) };
    });
  const sum = (xs, k) => xs.reduce((s, x) => s + x[k], 0);
  const js = page.filter((f) => f.kind === 'js');
  const css = page.filter((f) => f.kind === 'css');
  const html = readFileSync(join(outDir, 'index.html'));
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  // vite-plugin-pwa (generateSW) inlines the manifest as {url:"…",revision:…} entries.
  const urls = [...sw.matchAll(/\{\s*url:\s*"([^"]+)"\s*,\s*revision:/g)].map((m) => m[1]);
  if (urls.length === 0) throw new Error('no precache manifest found in sw.js');
  const missing = urls.filter((u) => !existsSync(join(outDir, u)));
  const precached = urls.filter((u) => existsSync(join(outDir, u))).map((u) => readFileSync(join(outDir, u)));
  const swBuf = readFileSync(join(outDir, 'sw.js'));
  return {
    files: page,
    js: { files: js.length, raw: sum(js, 'raw'), gzip: sum(js, 'gzip') },
    css: { files: css.length, raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
    html: { raw: html.length, gzip: gz(html) },
    serviceWorker: { raw: swBuf.length, gzip: gz(swBuf) },
    precache: {
      entries: urls.length,
      raw: precached.reduce((s, b) => s + b.length, 0),
      gzip: precached.reduce((s, b) => s + gz(b), 0),
      missing,
      byType: Object.entries(
        urls.reduce((acc, u) => {
          const ext = u.split('.').pop();
          const size = existsSync(join(outDir, u)) ? statSync(join(outDir, u)).size : 0;
          acc[ext] = { count: (acc[ext]?.count ?? 0) + 1, raw: (acc[ext]?.raw ?? 0) + size };
          return acc;
        }, {}),
      ).map(([ext, v]) => ({ ext, ...v })),
    },
  };
});

// ---------------------------------------------------------------- 2. engine

engine = skip.has('engine')
  ? { skipped: true }
  : await step('engine throughput', async () => {
      const r = await run(process.execPath, ['--import', 'tsx', join(root, 'bench/engine.ts')]);
      if (r.status !== 0) throw new Error(`bench/engine.ts failed:\n${r.stderr}`);
      return { models: JSON.parse(r.stdout) };
    });

// ---------------------------------------------------------------- 3 and 4: served build

const host = new StaticHost(outDir);
const url = await host.listen();

browser = skip.has('browser')
  ? { skipped: true }
  : await step('Chromium timings', () =>
      measureBrowser(url, {
        cold: int('BENCH_COLD', 10),
        reloads: int('BENCH_RELOADS', 20),
        keys: int('BENCH_KEYS', 240),
        clicks: int('BENCH_CLICKS', 60),
      }),
    );

cohort = skip.has('browser') ? { skipped: true } : await step('Cohort check in Chromium', () => measureCohort(url));

async function lighthouseOnce() {
  const cli = join(root, 'node_modules/lighthouse/cli/index.js');
  if (!existsSync(cli)) return { unavailable: 'lighthouse is not installed (npm ci installs it as a devDependency)' };
  if (!existsSync(CHROME)) return { unavailable: `no Chromium at ${CHROME} (set CHROME_PATH)` };
  const out = join(outDir, '..', `${relative(join(outDir, '..'), outDir)}-lighthouse.json`);
  const r = await run(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...env, CHROME_PATH: CHROME } },
  );
  if (r.status !== 0 || !existsSync(out))
    return {
      unavailable: `Lighthouse could not run here (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`,
    };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  if (report.runtimeError) return { unavailable: `Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}` };
  const score = (k) => (report.categories[k]?.score == null ? null : Math.round(report.categories[k].score * 100));
  const audit = (k) => report.audits[k];
  // Everything that cost points, so a score under 100 says why.
  const lost = [];
  for (const [cat, c] of Object.entries(report.categories)) {
    for (const ref of c.auditRefs) {
      const a = report.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1)
        lost.push({ category: cat, audit: ref.id, score: a.score, value: a.displayValue ?? '', title: a.title });
    }
  }
  return {
    version: report.lighthouseVersion,
    formFactor: report.configSettings.formFactor,
    throttling: report.configSettings.throttlingMethod,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
    fcpMs: Math.round(audit('first-contentful-paint').numericValue),
    tbtMs: Math.round(audit('total-blocking-time').numericValue),
    cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(3)),
    lost,
    warnings: report.runWarnings ?? [],
  };
}

lighthouse = skip.has('lighthouse')
  ? { skipped: true }
  : await step('Lighthouse', async () => {
      const runs = [];
      for (let i = 0; i < int('BENCH_LIGHTHOUSE_RUNS', 3); i++) {
        const r = await lighthouseOnce();
        if (r.unavailable) return r;
        runs.push(r);
      }
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      return { ...runs[Math.floor(runs.length / 2)], runs: runs.length };
    });

await host.close();

// ---------------------------------------------------------------- 5. fuzz

fuzz = skip.has('fuzz')
  ? { skipped: true }
  : await step('model fuzzer', async () => {
      const cases = int('BENCH_FUZZ_CASES', 20000);
      const report = join(outDir, '..', `${relative(join(outDir, '..'), outDir)}-vitest.json`);
      const t0 = performance.now();
      const r = await run(
        process.execPath,
        [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/fuzz-models.test.ts', '--reporter=json', `--outputFile=${report}`],
        {
          env: { ...env, FUZZ_CASES: String(cases) },
        },
      );
      const seconds = Number(((performance.now() - t0) / 1000).toFixed(1));
      if (!existsSync(report)) throw new Error(`vitest gave no report (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
      const json = JSON.parse(readFileSync(report, 'utf8'));
      rmSync(report, { force: true });
      const tests = json.testResults.flatMap((f) => f.assertionResults);
      const title = tests.map((t) => t.ancestorTitles.join(' ')).find((t) => /mutated model files/.test(t)) ?? '';
      const m = /under (\d+) mutated model files \(seed (\d+)\)/.exec(title);
      const failed = tests.filter((t) => t.status !== 'passed');
      if (failed.length) crashed.push(`model fuzzer: ${failed.length} failing test(s): ${failed.map((t) => t.title).join('; ')}`);
      return {
        requested: cases,
        mutatedFiles: m ? Number(m[1]) : null,
        seed: m ? Number(m[2]) : null,
        tests: tests.length,
        passed: tests.length - failed.length,
        failed: failed.map((t) => ({ title: t.title, messages: t.failureMessages.map((x) => x.slice(0, 2000)) })),
        seconds,
      };
    });

rmSync(outDir, { recursive: true, force: true });

// ---------------------------------------------------------------- report

Object.assign(results, { build, sizes, engine, browser, cohort, lighthouse, fuzz });
results.budgets = budgets();
finish();

function budgets() {
  const out = [];
  const add = (key, value, shown, pass) =>
    out.push({ budget: BUDGETS[key].text, value, shown, status: value === null || value === undefined ? 'n/a' : pass ? 'PASS' : 'OVER' });
  const js = sizes?.js?.gzip;
  add('pageJsGzip', js ?? null, js === undefined ? 'n/a' : kib(js), js <= BUDGETS.pageJsGzip.limit);
  const p95 = browser?.input?.all?.dom?.p95;
  add(
    'inputToResult',
    p95 ?? null,
    p95 === undefined ? 'n/a' : `${ms(p95)} (${browser.input.all.nextFrame}/${browser.input.all.changes} in the next frame)`,
    p95 <= BUDGETS.inputToResult.limit,
  );
  const reload = browser?.offlineReload?.usable?.median;
  add('offlineReload', reload ?? null, reload === undefined ? 'n/a' : ms(reload), reload < BUDGETS.offlineReload.limit);
  const task = cohort?.longestTaskMs;
  add(
    'cohortLongTask',
    task ?? null,
    task === undefined
      ? 'n/a'
      : `${ms(task)} longest (${cohort.longTasks} over 50 ms; ${cohort.seconds.toFixed(1)} s for ${cohort.rows} rows)`,
    task < BUDGETS.cohortLongTask.limit,
  );
  const s = lighthouse?.scores;
  add(
    'lighthouse',
    s ? Math.min(s.performance, s.accessibility, s.bestPractices) : null,
    s ? `${s.performance} / ${s.accessibility} / ${s.bestPractices}` : 'n/a',
    s && s.performance === 100 && s.accessibility === 100 && s.bestPractices === 100,
  );
  return out;
}

function kib(bytes) {
  return `${(bytes / KiB).toFixed(1)} KiB`;
}
function ms(x) {
  return `${x.toFixed(1)} ms`;
}

function table(title, headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const right = headers.map(
    (_, i) =>
      rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[<>]?[\d.,]+( (KiB|ms|µs|s|B))?$/.test(String(r[i] ?? ''))),
  );
  const line = (r) => `| ${r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [
    `\n${title}`,
    line(cells[0]),
    `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

function render() {
  const m = results.machine;
  const parts = [
    `Nomogram calculator bench, ${results.date.slice(0, 16).replace('T', ' ')} UTC, commit ${results.commit ?? '?'}${results.uncommittedChanges ? ' (with uncommitted changes)' : ''}`,
    `Node ${m.node} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}${browser?.chromium ? `; Chromium ${browser.chromium}` : ''}; load average at start ${m.loadAverage.join(' ')}`,
  ];
  if (sizes && !sizes.error) {
    parts.push(
      table(
        'Page weight (build output; the service worker excluded)',
        ['file', 'raw', 'gzip -9'],
        [
          ...sizes.files.map((f) => [f.file, kib(f.raw), kib(f.gzip)]),
          [`JavaScript (${sizes.js.files} file${sizes.js.files === 1 ? '' : 's'})`, kib(sizes.js.raw), kib(sizes.js.gzip)],
          [`CSS (${sizes.css.files} file${sizes.css.files === 1 ? '' : 's'})`, kib(sizes.css.raw), kib(sizes.css.gzip)],
          ['index.html', kib(sizes.html.raw), kib(sizes.html.gzip)],
          ['sw.js (service worker)', kib(sizes.serviceWorker.raw), kib(sizes.serviceWorker.gzip)],
          [`precached by the service worker: ${sizes.precache.entries} files`, kib(sizes.precache.raw), kib(sizes.precache.gzip)],
        ],
      ),
      `  precache by type: ${sizes.precache.byType.map((t) => `${t.ext} ${t.count} (${kib(t.raw)})`).join(', ')}${sizes.precache.missing.length ? `; MISSING from the build: ${sizes.precache.missing.join(', ')}` : ''}`,
    );
  } else parts.push(`\nPage weight: ${sizes?.error ?? 'not measured'}`);

  if (engine?.models) {
    parts.push(
      table(
        'Engine: full predict with 95% interval (Node, one core, after warm-up)',
        ['model', 'predictors', 'predictions/s', 'one call, median', 'one call, p99'],
        engine.models.map((e) => [
          e.model,
          e.predictors,
          e.predictionsPerSecond.toLocaleString('en-GB'),
          `${e.singleCall.medianMicroseconds.toFixed(1)} µs`,
          `${e.singleCall.p99Microseconds.toFixed(1)} µs`,
        ]),
      ),
    );
  } else parts.push(`\nEngine: ${engine?.skipped ? 'skipped' : engine?.error}`);

  if (browser?.coldLoad) {
    const b = browser;
    const row = (name, s, n = s.n) => [name, n, ms(s.median), ms(s.p95), ms(s.worst)];
    parts.push(
      table(
        `Chromium, ${b.viewport.width}×${b.viewport.height} window, local server (no network throttling)`,
        ['measure', 'samples', 'median', 'p95', 'worst'],
        [
          row('cold load → usable calculator (painted)', b.coldLoad.usable),
          row('offline reload from the service worker → usable', b.offlineReload.usable),
          row('slider key → result in the DOM', b.input['slider key'].dom),
          row('slider key → next paint', b.input['slider key'].paint),
          row('radio click → result in the DOM', b.input['radio click'].dom),
          row('radio click → next paint', b.input['radio click'].paint),
          row('any input → result in the DOM', b.input.all.dom),
          row('any input → next paint', b.input.all.paint),
        ],
      ),
      `  cold load, median ms from navigation start: ${Object.entries(b.coldLoad.steps)
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(' → ')}`,
      `  offline reload, median ms: ${Object.entries(b.offlineReload.steps)
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(' → ')}`,
      `  inputs painted in the first frame after the event: ${b.input.all.nextFrame} of ${b.input.all.changes}`,
      `  layout shift on a cold load (CLS, median of ${b.coldLoad.cls.n}): ${b.coldLoad.cls.median.toFixed(3)}${b.coldLoad.shiftSources.length ? `, moved: ${b.coldLoad.shiftSources.join(', ')}` : ''}`,
    );
  } else parts.push(`\nChromium timings: ${browser?.skipped ? 'skipped' : browser?.error}`);

  if (lighthouse?.scores) {
    const l = lighthouse;
    parts.push(
      table(
        `Lighthouse ${l.version} (${l.formFactor}, ${l.throttling} throttling${l.runs > 1 ? `, median of ${l.runs} runs` : ''})`,
        ['performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
        [[l.scores.performance, l.scores.accessibility, l.scores.bestPractices, l.scores.seo, ms(l.lcpMs), ms(l.tbtMs), l.cls.toFixed(3)]],
      ),
      ...l.lost.map((a) => `  lost points: ${a.category} / ${a.audit}: ${a.title}${a.value ? ` (${a.value})` : ''}`),
    );
  } else parts.push(`\nLighthouse: ${lighthouse?.skipped ? 'skipped' : (lighthouse?.unavailable ?? lighthouse?.error)}`);

  if (fuzz?.tests !== undefined) {
    parts.push(
      `\nModel fuzzer: ${fuzz.mutatedFiles ?? fuzz.requested} mutated model files (seed ${fuzz.seed}), ${fuzz.passed}/${fuzz.tests} tests passed, ${fuzz.seconds} s${fuzz.failed.length ? ` — FAILED: ${fuzz.failed.map((f) => f.title).join('; ')}` : ''}`,
    );
  } else parts.push(`\nModel fuzzer: ${fuzz?.skipped ? 'skipped' : fuzz?.error}`);

  parts.push(
    table(
      'Budgets',
      ['budget', 'measured', 'status'],
      (results.budgets ?? []).map((b) => [b.budget, b.shown, b.status]),
    ),
  );
  if (crashed.length) parts.push(`\nFailed steps:\n${crashed.map((c) => `  ${c.split('\n')[0]}`).join('\n')}`);
  return parts.join('\n');
}

function finish() {
  results.crashed = crashed;
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(render());
  console.log('\nwritten: bench/results.json');
  process.exitCode = crashed.length ? 1 : 0;
}

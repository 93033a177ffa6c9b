import type { CohortTiming } from './cohort.ts';
/** The bench's results (bench/results.json) and their rendering as plain-text tables. */
import type { BrowserFigures } from './browser.ts';
import { BUDGETS, KiB } from './budgets.ts';
import type { Bundle } from './bundle.ts';
import type { LighthouseFigures } from './lighthouse.ts';

export type Step<T> =
  (T & { loadAverage: number[]; seconds: number }) | { skipped: string; loadAverage?: number[] } | { error: string; loadAverage: number[] };
interface EngineModel {
  model: string;
  predictors: number;
  predictionsPerSecond: number;
  singleCall: { medianMicroseconds: number; p99Microseconds: number };
}

/** What each step measures. */
export interface StepFigures {
  build: { bundle: Bundle };
  engine: { models: EngineModel[] };
  browser: BrowserFigures;
  cohort: CohortTiming;
  lighthouse: { app: LighthouseFigures; peer: LighthouseFigures | string };
  fuzz: { cases: number; seed: number; tests: number; passed: number; failed: string[] };
}

export interface Results {
  date: string;
  machine: { node: string; platform: string; cpu: string; cores: number; memoryGiB: number };
  commit: string | null;
  uncommittedChanges: boolean;
  steps: { [K in keyof StepFigures]?: Step<StepFigures[K]> };
  crashed: string[];
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const ok = (value: number, limit: number) => (value <= limit ? 'within' : 'OVER');

function table(title: string, headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [`\n${title}`, line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

/** Why a step has no figures, or undefined when it has them. */
function missing(s: Step<object> | undefined): string | undefined {
  if (!s) return 'not run';
  if ('skipped' in s) return `skipped: ${s.skipped}`;
  if ('error' in s) return `failed: ${s.error}`;
  return undefined;
}
const loadOf = (s: { loadAverage?: number[] } | undefined) => (s?.loadAverage ? ` (load average ${s.loadAverage.join(' ')})` : '');

export function render(r: Results): string {
  const m = r.machine;
  const { build, engine, browser, cohort, lighthouse, fuzz } = r.steps;
  const out = [
    `Nomogram calculator bench, ${r.date.slice(0, 16).replace('T', ' ')} UTC, commit ${r.commit ?? '?'}${r.uncommittedChanges ? ' (with uncommitted changes)' : ''}`,
    `Node ${m.node} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}`,
  ];
  const b = build && !missing(build) ? (build as { bundle: Bundle }).bundle : undefined;
  if (b) {
    out.push(
      table(
        `JavaScript, gzip -9${loadOf(build)}`,
        ['what', 'files', 'gzip', 'budget', ''],
        [
          [
            'first result (entry + static imports)',
            b.firstResult.files.map((f) => f.file).join(' '),
            kib(b.firstResult.gzip),
            kib(BUDGETS.firstResult),
            ok(b.firstResult.gzip, BUDGETS.firstResult),
          ],
          ...b.parts.map((p) => [
            `lazy: ${p.src}`,
            p.files.map((f) => f.file).join(' '),
            kib(p.gzip),
            kib(BUDGETS.parts[p.src] ?? 0),
            ok(p.gzip, BUDGETS.parts[p.src] ?? 0),
          ]),
          ['all JavaScript', `${b.total.files} files`, kib(b.total.gzip), kib(BUDGETS.total), ok(b.total.gzip, BUDGETS.total)],
        ],
      ),
      `  not precached by the service worker: ${b.notPrecached.length ? b.notPrecached.join(', ') : 'none'}`,
    );
  } else out.push(`\nBuild: ${missing(build)}`);

  if (engine && !missing(engine)) {
    const e = engine as { models: EngineModel[] };
    out.push(
      table(
        `Engine: full predict with its 95% interval (Node, one core)${loadOf(engine)}`,
        ['model', 'predictors', 'predictions/s', 'one call, median', 'p99'],
        e.models.map((x) => [
          x.model,
          x.predictors,
          x.predictionsPerSecond.toLocaleString('en-GB'),
          `${x.singleCall.medianMicroseconds.toFixed(1)} µs`,
          `${x.singleCall.p99Microseconds.toFixed(1)} µs`,
        ]),
      ),
    );
  } else out.push(`\nEngine: ${missing(engine)}`);

  if (browser && !missing(browser)) {
    const x = browser as BrowserFigures;
    const row = (name: string, s: { n: number; median: number; p95: number; worst: number }) => [
      name,
      s.n,
      ms(s.median),
      ms(s.p95),
      ms(s.worst),
    ];
    out.push(
      table(
        `Chromium ${x.chromium}, ${x.viewport.width}×${x.viewport.height}, local server, no throttling${loadOf(browser)}`,
        ['measure', 'samples', 'median', 'p95', 'worst'],
        [
          row('cold load → usable calculator', x.coldLoad.usable),
          row('cold load: longest task until every part is drawn (scrolled down to them)', x.coldLoad.longTasks.longest),
          row('offline reload → usable', x.offlineReload.usable),
          row('any input → result in the DOM', x.input.all!.dom),
          row('any input → next paint', x.input.all!.paint),
        ],
      ),
      `  inputs painted in the first frame after the event: ${x.input.all!.nextFrame} of ${x.input.all!.changes}; cold-load CLS median ${x.coldLoad.cls.median.toFixed(3)}; tasks over 50 ms per cold load: median ${x.coldLoad.longTasks.count.median}, worst ${x.coldLoad.longTasks.count.worst}`,
    );
  } else out.push(`\nChromium: ${missing(browser)}`);

  if (cohort && !missing(cohort)) {
    const c = cohort as CohortTiming;
    out.push(
      `\nCohort check in the page (${c.rows.toLocaleString('en-GB')} rows, in the Web Worker): ${c.seconds.toFixed(1)} s to the figures; longest main-thread task ${c.longestTaskMs.toFixed(0)} ms, ${c.longTasks} over 50 ms`,
    );
  } else out.push(`\nCohort check: ${missing(cohort)}`);

  if (lighthouse && !missing(lighthouse)) {
    const { app, peer } = lighthouse as { app: LighthouseFigures; peer: LighthouseFigures | string };
    const col = (l: LighthouseFigures) => [
      l.scores.performance,
      ms(l.tbtMs),
      ms(l.lcpMs),
      ms(l.fcpMs),
      l.cls.toFixed(3),
      `${l.longTasks.length} (${l.longTasks.slice(0, 3).join(', ') || '-'} ms)`,
    ];
    const rows = [['this app', ...col(app)]];
    if (typeof peer !== 'string')
      rows.push(
        ['peer (PREDICT Kidney)', ...col(peer)],
        ['this app ÷ peer', '', (app.tbtMs / Math.max(1, peer.tbtMs)).toFixed(2), (app.lcpMs / peer.lcpMs).toFixed(2), '', '', ''],
      );
    out.push(
      table(
        `Lighthouse ${app.version} (${app.formFactor}, ${app.throttling} throttling, median of ${app.runs})${loadOf(lighthouse)}`,
        ['page', 'performance', 'TBT', 'LCP', 'FCP', 'CLS', 'long tasks (longest)'],
        rows,
      ),
    );
    if (typeof peer === 'string') out.push(`  peer: ${peer}`);
    if (app.retried?.length) out.push(`  this app: tried again after ${app.retried.join('; ')}`);
    if (typeof peer !== 'string' && peer.retried?.length) out.push(`  peer: tried again after ${peer.retried.join('; ')}`);
    out.push(...app.lost.map((a) => `  lost points: ${a.category} / ${a.audit}${a.value ? ` (${a.value})` : ''}`));
  } else out.push(`\nLighthouse: ${missing(lighthouse)}`);

  if (fuzz && !missing(fuzz)) {
    const f = fuzz as { cases: number; seed: number; tests: number; passed: number; failed: string[] };
    out.push(
      `\nModel fuzzer: ${f.cases} cases (seed ${f.seed}), ${f.passed}/${f.tests} tests passed${f.failed.length ? `; FAILED: ${f.failed.join('; ')}` : ''}${loadOf(fuzz)}`,
    );
  } else out.push(`\nModel fuzzer: ${missing(fuzz)}`);
  if (r.crashed.length) out.push(`\nFailed steps:\n${r.crashed.map((c) => `  ${c.split('\n')[0]}`).join('\n')}`);
  return out.join('\n');
}

/**
 * Lighthouse (mobile, its default simulated throttling) on a served page: the run with the median
 * performance score of several, with LCP, TBT, CLS, the long tasks it saw, and every audit that
 * cost points. Used for this app and for the peer, in the same bench run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseFigures {
  version: string;
  formFactor: string;
  throttling: string;
  runs: number;
  /** Why runs failed before a retry succeeded (Lighthouse now and then loses the trace of a load). */
  retried: string[];
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Main-thread tasks over 50 ms, as Lighthouse reports them (ms, longest first). */
  longTasks: number[];
  lost: { category: string; audit: string; score: number; value: string }[];
}

interface Report {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  configSettings: { formFactor: string; throttlingMethod: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; displayValue?: string; details?: { items?: { duration?: number }[] } }
  >;
}

const root = new URL('../', import.meta.url).pathname;
const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

function once(url: string, chrome: string): Promise<LighthouseFigures | string> {
  const dir = mkdtempSync(join(tmpdir(), 'nomogram-lighthouse-'));
  const out = join(dir, 'report.json');
  return new Promise((resolve) => {
    const cli = join(root, 'node_modules/lighthouse/cli/index.js');
    const child = spawn(process.execPath, [cli, url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${FLAGS}`], {
      env: { ...process.env, CHROME_PATH: chrome },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      if (status !== 0 || !existsSync(out))
        return resolve(`Lighthouse could not run here (exit ${status}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
      const r = JSON.parse(readFileSync(out, 'utf8')) as Report;
      rmSync(dir, { recursive: true, force: true });
      if (r.runtimeError) return resolve(`Lighthouse: ${r.runtimeError.code}: ${r.runtimeError.message}`);
      const score = (k: string) => Math.round((r.categories[k]?.score ?? 0) * 100);
      const value = (k: string) => r.audits[k]?.numericValue ?? NaN;
      const lost = Object.entries(r.categories).flatMap(([category, c]) =>
        c.auditRefs.flatMap((ref) => {
          const a = r.audits[ref.id]!;
          return ref.weight > 0 && a.score !== null && a.score < 1
            ? [{ category, audit: ref.id, score: a.score, value: a.displayValue ?? '' }]
            : [];
        }),
      );
      const longTasks = (r.audits['long-tasks']?.details?.items ?? []).map((i) => Math.round(i.duration ?? 0)).sort((a, b) => b - a);
      resolve({
        version: r.lighthouseVersion,
        formFactor: r.configSettings.formFactor,
        throttling: r.configSettings.throttlingMethod,
        runs: 1,
        retried: [],
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: Math.round(value('largest-contentful-paint')),
        fcpMs: Math.round(value('first-contentful-paint')),
        tbtMs: Math.round(value('total-blocking-time')),
        cls: Number(value('cumulative-layout-shift').toFixed(3)),
        longTasks,
        lost,
      });
    });
  });
}

/**
 * `runs` runs; the one with the median performance score is kept. A run that fails is tried again,
 * up to two failures in all (Lighthouse now and then loses the trace of a load: NO_NAVSTART); the
 * figures say why. A string says why no run came through.
 */
export async function lighthouse(url: string, runs: number, chrome: string): Promise<LighthouseFigures | string> {
  if (!existsSync(join(root, 'node_modules/lighthouse/cli/index.js')))
    return 'lighthouse is not installed (npm ci installs it as a devDependency)';
  if (!existsSync(chrome)) return `no Chromium at ${chrome} (set CHROME_PATH)`;
  const all: LighthouseFigures[] = [];
  const failed: string[] = [];
  while (all.length < runs) {
    const r = await once(url, chrome);
    if (typeof r !== 'string') all.push(r);
    else if (failed.push(r) > 2) return [...new Set(failed)].join('; ');
  }
  all.sort((a, b) => a.scores.performance - b.scores.performance);
  return { ...all[Math.floor(all.length / 2)]!, runs: all.length, retried: failed };
}

/**
 * Timings in Chromium, taken inside the page with performance.now() (whose origin is the start of
 * the navigation), for bench/run.ts:
 *   - time to a usable calculator on a cold load (new profile: no cache, no service worker);
 *   - the same on a reload served by the service worker with the network off;
 *   - the delay from an input (slider key, radio click) to the updated result in the DOM and to
 *     the next frame painted after it.
 * "Usable" is the first moment the survival table is laid out and visible and a nomogram slider is
 * present, taken at the frame that paints it (requestAnimationFrame, then a task queued from it,
 * which runs after that frame's paint).
 */
import { readFileSync } from 'node:fs';
import { CHROMIUM } from '../e2e/support/chromium.ts';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const LAUNCH = CHROMIUM;

/** A phone-sized window, as most people will use the calculator. */
const VIEWPORT = { width: 412, height: 823 };

interface Latency {
  dom: number;
  paint: number;
  frames: number;
}

interface BenchWindow {
  __bench: {
    usable: number | null;
    usableDom: number | null;
    shifts: { value: number; at: number; sources: string[] }[];
    longTasks: number[];
    lat: Latency[];
    arm(): void;
    watch(): void;
  };
}

/**
 * The in-page part, a plain script read as text: tsx would wrap functions defined here with a
 * helper (`__name`) that does not exist in the page.
 */
const INSTRUMENT = readFileSync(new URL('./page-instrument.js', import.meta.url), 'utf8');

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const r = (x: number) => Number(x.toFixed(2));
  return { n: s.length, median: r(q(0.5)), p95: r(q(0.95)), worst: r(s[s.length - 1]!), best: r(s[0]!) };
};

/** The median time of each load step, in the order the steps ended. */
function medianSteps(loads: Load[]): Record<string, number> {
  const names = [...new Set(loads.flatMap((l) => Object.keys(l.steps)))];
  const medians = names.map((n) => [n, stats(loads.flatMap((l) => (n in l.steps ? [l.steps[n]!] : []))).median] as const);
  return Object.fromEntries(medians.sort((a, b) => a[1] - b[1]));
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: INSTRUMENT });
  return context;
}

interface Load {
  usable: number;
  usableDom: number;
  cls: number;
  shifts: BenchWindow['__bench']['shifts'];
  /** When each step of the load ended, ms from the navigation start. */
  steps: Record<string, number>;
  /** Main-thread tasks over 50 ms (ms), until every part is drawn (scrolled to); only for cold loads. */
  longTasks: number[];
}

async function usable(page: Page): Promise<Load> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.usable !== null, null, { timeout: 20_000 });
  // Let late layout shifts (after the calculator appears) be recorded too.
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const steps: Record<string, number> = {};
    if (nav) {
      steps['document'] = nav.responseEnd;
      steps['DOMContentLoaded'] = nav.domContentLoadedEventEnd;
    }
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const path = new URL(r.name).pathname;
      const name = /\.js$/.test(path)
        ? 'script'
        : /\.css$/.test(path)
          ? 'styles'
          : /locales\//.test(path)
            ? 'strings'
            : /models\/index\.json$/.test(path)
              ? 'catalog'
              : /models\/.*\.json$/.test(path)
                ? 'model'
                : null;
      if (name && !(name in steps)) steps[name] = r.responseEnd;
    }
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (paint) steps['first contentful paint'] = paint.startTime;
    steps['usable'] = b.usable!;
    return {
      usable: b.usable!,
      usableDom: b.usableDom!,
      cls: b.shifts.reduce((s, x) => s + x.value, 0),
      shifts: b.shifts,
      steps,
      longTasks: [],
    };
  });
}

/**
 * A cold load to the end, and the long tasks on the way: the first result, the parts of the first
 * screen drawn in idle time, then, as the person scrolls down to the nomogram (on a phone it waits
 * until its place comes near), the nomogram and every part after it.
 */
async function coldStart(page: Page): Promise<Load> {
  const load = await usable(page);
  await page.waitForTimeout(1000);
  await page.locator('section.nomogram-col').scrollIntoViewIfNeeded();
  await page.locator('svg.nomogram').waitFor({ timeout: 20_000 });
  // The parts drawn after the nomogram: what moves the risk, the curves, the icon arrays.
  for (const part of ['table.movers', 'section.explore svg.chart', 'figure.icons.a']) await page.locator(part).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  load.longTasks = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks);
  return load;
}

export interface BrowserFigures {
  chromium: string;
  viewport: typeof VIEWPORT;
  coldLoad: {
    usable: ReturnType<typeof stats>;
    usableDom: ReturnType<typeof stats>;
    cls: ReturnType<typeof stats>;
    shiftSources: string[];
    steps: Record<string, number>;
    /** Per cold load until every part is drawn (no throttling): how many tasks over 50 ms, and the longest. */
    longTasks: { count: ReturnType<typeof stats>; longest: ReturnType<typeof stats> };
  };
  offlineReload: { usable: ReturnType<typeof stats>; usableDom: ReturnType<typeof stats>; steps: Record<string, number> };
  input: Record<string, { dom: ReturnType<typeof stats>; paint: ReturnType<typeof stats>; nextFrame: number; changes: number }>;
}

export async function measureBrowser(
  url: string,
  opts: { cold: number; reloads: number; keys: number; clicks: number },
): Promise<BrowserFigures> {
  const browser = await chromium.launch(LAUNCH);
  try {
    // ---- Cold loads: a new profile each time.
    const cold: Load[] = [];
    for (let i = 0; i < opts.cold; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(url);
      cold.push(await coldStart(page));
      await context.close();
    }
    const shiftSources = [...new Set(cold.flatMap((c) => c.shifts.filter((s) => s.value > 0.01).flatMap((s) => s.sources)))];

    // ---- Offline reloads, from the service worker.
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByText('Available offline').waitFor({ timeout: 20_000 });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    await usable(page);
    await context.setOffline(true);
    const reloads: Load[] = [];
    for (let i = 0; i < opts.reloads; i++) {
      await page.reload();
      reloads.push(await usable(page));
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      if (!controlled) throw new Error('offline reload was not served by the service worker');
    }
    await context.setOffline(false);

    // ---- Input to result: slider keys, then radio clicks.
    await page.reload();
    await usable(page);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.watch());
    const input: BrowserFigures['input'] = {};
    const change = async (act: () => Promise<void>) => {
      const before = await page.evaluate(() => {
        const b = (window as unknown as BenchWindow).__bench;
        b.arm();
        return b.lat.length;
      });
      await act();
      await page.waitForFunction((n) => (window as unknown as BenchWindow).__bench.lat.length > n, before, { timeout: 5_000 });
    };
    const series = async (name: string, n: number, act: (i: number) => Promise<void>) => {
      const from = await page.evaluate(() => (window as unknown as BenchWindow).__bench.lat.length);
      for (let i = 0; i < n; i++) await change(() => act(i));
      const lat = await page.evaluate((f) => (window as unknown as BenchWindow).__bench.lat.slice(f), from);
      input[name] = {
        changes: lat.length,
        dom: stats(lat.map((l) => l.dom)),
        paint: stats(lat.map((l) => l.paint)),
        nextFrame: lat.filter((l) => l.frames <= 1).length,
      };
      return lat;
    };

    const slider = page.locator('svg.nomogram g[role=slider][data-predictor="pulmonaryMetastases"]');
    await page.locator('section.nomogram-col').scrollIntoViewIfNeeded();
    await slider.focus();
    const min = Number(await slider.getAttribute('aria-valuemin'));
    const max = Number(await slider.getAttribute('aria-valuemax'));
    let value = Number(await slider.getAttribute('aria-valuenow'));
    let dir = 1;
    const keyLat = await series('slider key', opts.keys, async () => {
      if (value + dir > max || value + dir < min) dir = -dir;
      value += dir;
      await page.keyboard.press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
    });
    if (Number(await slider.getAttribute('aria-valuenow')) !== value) throw new Error('the slider did not follow the keys');

    const labels = page.locator('.quick [data-field="treatment"] label');
    const clickLat = await series('radio click', opts.clicks, (i) => labels.nth((i + 1) % 2).click());
    const all = [...keyLat, ...clickLat];
    input.all = {
      changes: all.length,
      dom: stats(all.map((l) => l.dom)),
      paint: stats(all.map((l) => l.paint)),
      nextFrame: all.filter((l) => l.frames <= 1).length,
    };
    await context.close();

    return {
      chromium: browser.version(),
      viewport: VIEWPORT,
      coldLoad: {
        usable: stats(cold.map((c) => c.usable)),
        usableDom: stats(cold.map((c) => c.usableDom)),
        cls: stats(cold.map((c) => c.cls)),
        shiftSources,
        longTasks: { count: stats(cold.map((c) => c.longTasks.length)), longest: stats(cold.map((c) => Math.max(0, ...c.longTasks))) },
        steps: medianSteps(cold),
      },
      offlineReload: {
        usable: stats(reloads.map((c) => c.usable)),
        usableDom: stats(reloads.map((c) => c.usableDom)),
        steps: medianSteps(reloads),
      },
      input,
    };
  } finally {
    await browser.close();
  }
}

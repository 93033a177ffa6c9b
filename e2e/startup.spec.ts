import { expect, test, type Browser } from '@playwright/test';

interface Load {
  longTasks: number[];
  firstResultMs: number;
  allPartsMs: number;
}

/** One cold load in a fresh context: the long tasks (ms) from navigation until every part is drawn. */
async function coldLoad(browser: Browser, baseURL: string): Promise<Load> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      localStorage.setItem('nomogram.firstUse.v1', 'yes');
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    await page.goto(baseURL);
    await expect(page.locator('table.survival td.estimate').first()).toBeVisible();
    const firstResultMs = await page.evaluate(() => performance.now());
    // Everything drawn after the first result, in idle time: curves, icon arrays, what moves the risk.
    await expect(page.locator('table.movers')).toBeVisible();
    await expect(page.locator('section.explore svg.chart')).toBeVisible();
    await expect(page.locator('figure.icons.a')).toBeVisible();
    const allPartsMs = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { longTasks, firstResultMs, allPartsMs };
  } finally {
    await context.close();
  }
}

test('start-up in Chromium without throttling: the first result, then every part, and no task over 50 ms', async ({ browser, baseURL }) => {
  // The machine may be busy with other work, which lengthens tasks that are not the page's fault:
  // up to three cold loads, and one without a long task passes. A task the page itself makes too
  // long shows in every load.
  const loads: Load[] = [];
  for (let i = 0; i < 3; i++) {
    const load = await coldLoad(browser, baseURL!);
    loads.push(load);
    if (load.longTasks.every((d) => d <= 50)) break;
  }
  const report = loads
    .map(
      (l, i) =>
        `load ${i + 1}: first result ${l.firstResultMs.toFixed(0)} ms, all parts ${l.allPartsMs.toFixed(0)} ms, long tasks [${l.longTasks.map((d) => d.toFixed(0)).join(', ')}] ms`,
    )
    .join('\n');
  expect(Math.min(...loads.map((l) => Math.max(0, ...l.longTasks))), report).toBeLessThanOrEqual(50);
  expect(loads.every((l) => l.firstResultMs <= l.allPartsMs)).toBe(true);
});

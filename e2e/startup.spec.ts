import { expect, test } from '@playwright/test';

/**
 * The first result first: on a cold load the survival table is on screen before any part that is
 * not needed for it has even been asked for, and every one of those parts is then drawn without
 * the person doing anything. How long the tasks are is a figure for `npm run bench` (the cold
 * load's longest task), not a test: a test that failed on a timing would fail with the machine's
 * load, not with the page.
 */
test('start-up: the first result before any later part is fetched, then every part in idle time', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      localStorage.setItem('nomogram.firstUse.v1', 'yes');
      // The moment the first figure of the result enters the page, by the page's own clock.
      const w = window as unknown as { firstResultAt?: number };
      new MutationObserver((_, observer) => {
        if (!document.querySelector('table.survival td.estimate')) return;
        w.firstResultAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(baseURL!);
    await expect(page.locator('table.survival td.estimate').first()).toBeVisible();
    // Everything drawn after the first result: what moves the risk, the curves, the icon arrays.
    await expect(page.locator('table.movers')).toBeVisible();
    await expect(page.locator('section.explore svg.chart')).toBeVisible();
    await expect(page.locator('figure.icons.a')).toBeVisible();

    const seen = await page.evaluate(() => ({
      firstResultAt: (window as unknown as { firstResultAt: number }).firstResultAt,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => ({ file: new URL(r.name).pathname.split('/').pop()!, at: r.startTime })),
    }));
    // The parts that wait are one chunk, named after its source file (parts-xxxx.js).
    const later = seen.scripts.filter((s) => /^parts-/.test(s.file));
    expect(later, 'the chunk of the parts after the first result was fetched').toHaveLength(1);
    const early = later.filter((s) => s.at < seen.firstResultAt).map((s) => `${s.file} at ${s.at.toFixed(0)} ms`);
    expect(early, `asked for before the first result (at ${seen.firstResultAt.toFixed(0)} ms)`).toEqual([]);
  } finally {
    await context.close();
  }
});

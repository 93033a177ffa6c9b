import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadModel } from './support.ts';

/** The part of the screen not covered by the result strip pinned at its bottom. */
async function visibleBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const strip = document.querySelector('.result-strip');
    return strip && getComputedStyle(strip).display !== 'none' ? strip.getBoundingClientRect().top : innerHeight;
  });
}

async function onFirstScreen(locator: Locator, bottom: number, what: string): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, `${what} is drawn`).not.toBeNull();
  expect(box!.y, `${what} below the top of the screen`).toBeGreaterThanOrEqual(0);
  expect(
    box!.y + box!.height,
    `${what} (y ${box!.y.toFixed(0)}–${(box!.y + box!.height).toFixed(0)}) above the fold at ${bottom.toFixed(0)}`,
  ).toBeLessThanOrEqual(bottom);
}

for (const [width, height] of [
  [390, 844],
  [360, 740],
] as const) {
  for (const language of ['en', 'zh'] as const) {
    test(`a phone at ${width}x${height}${language === 'zh' ? ' in Chinese' : ''}: after the notice, the first screen shows the figures and the first two inputs, the tools in one menu`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width, height },
        locale: language === 'zh' ? 'zh-CN' : 'en-GB',
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      try {
        await page.goto('/');
        const model = loadModel('liu2025-os');
        // As a new user: the notice first.
        await page.locator('dialog.first-use button.primary').click();
        await expect(page.locator('dialog.first-use')).toBeHidden();
        await expect(page.locator('table.survival tbody tr')).toHaveCount(model.kind === 'cox' ? model.horizons.length : 0);
        await page.screenshot({ path: `e2e/screenshots/phone-first-screen-${width}x${height}-${language}.png` });
        expect(await page.evaluate(() => scrollY)).toBe(0);
        const bottom = await visibleBottom(page);

        // The figures: every horizon's estimate and interval.
        for (const row of await page.locator('table.survival tbody tr').all())
          await onFirstScreen(row, bottom, `the row “${await row.innerText()}”`);
        // The first two inputs, with the controls that set them.
        for (const p of model.predictors.slice(0, 2)) {
          const field = page.locator(`.quick [data-field="${p.id}"]`);
          const control = p.type === 'categorical' ? field.locator('label').last() : field.locator('input');
          await onFirstScreen(control, bottom, `the input “${p.label[language]}”`);
        }

        // The header is one row: the model and a single menu holding every tool.
        const header = (await page.locator('header.top').boundingBox())!;
        expect(header.height, 'header height').toBeLessThanOrEqual(70);
        const visibleTools = await page
          .locator('header.top button')
          .evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => (b as HTMLElement).innerText));
        expect(visibleTools).toEqual([language === 'en' ? 'Menu' : '菜单']);
        await page.locator('header .menu-toggle').tap();
        const tools = page.locator('#tools-list button');
        await expect(tools.first()).toBeVisible();
        await page.screenshot({ path: `e2e/screenshots/phone-menu-${width}x${height}-${language}.png` });
        const menu = (await page.locator('#tools-list').boundingBox())!;
        expect(menu.x + menu.width, 'the open menu fits the screen').toBeLessThanOrEqual(width);
        // A tool chosen from the menu acts, and the menu folds again.
        await tools.filter({ hasText: language === 'en' ? 'Dark' : '深色' }).tap();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await expect(tools.first()).toBeHidden();
      } finally {
        await context.close();
      }
    });
  }
}

test('a phone: the nomogram and the curves are drawn as the person scrolls towards them or presses a key, not while the first screen is read', async ({
  browser,
}) => {
  const model = loadModel('liu2025-os');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await context.addInitScript(() => localStorage.setItem('nomogram.firstUse.v1', 'yes'));
  const sliders = (page: Page) => page.locator('svg.nomogram [role="slider"]');
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('table.survival td.estimate').first()).toBeVisible();
    // The parts' code arrives in idle time, and what is on the first screen is drawn from it…
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/parts-[^/]*\.js$/.test(r.name))))
      .toBe(true);
    await page.waitForTimeout(1000);
    // …but the nomogram, two screens down, is not drawn until the person comes near it.
    await expect(page.locator('section.nomogram-col h2')).toBeAttached();
    await expect(sliders(page)).toHaveCount(0);
    await expect(page.locator('section.explore')).toHaveCount(0);
    // Printed now, the page has no empty nomogram heading.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('section.nomogram-col')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.locator('section.nomogram-col').scrollIntoViewIfNeeded();
    await expect(sliders(page)).toHaveCount(model.predictors.length);
    await expect(page.locator('svg.nomogram .patient circle')).toBeVisible();
    await page.locator('footer.foot').scrollIntoViewIfNeeded();
    await expect(page.locator('section.explore svg.chart')).toBeVisible();
    await expect(page.locator('table.movers')).toBeVisible();

    // From the keyboard: the first key pressed draws them, so Tab reaches the nomogram's axes.
    const again = await context.newPage();
    await again.goto('/');
    await expect(again.locator('table.survival td.estimate').first()).toBeVisible();
    await again.waitForTimeout(1000);
    await expect(sliders(again)).toHaveCount(0);
    await again.keyboard.press('Tab');
    await expect(sliders(again)).toHaveCount(model.predictors.length);
    expect(await again.evaluate(() => scrollY), 'drawn where it is, without moving the page').toBe(0);
  } finally {
    await context.close();
  }
});

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

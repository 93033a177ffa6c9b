import { expect, test, type Page } from '@playwright/test';
import { acknowledged, compareWithB, expectReadableLabels, openCalculator, toBoard, toChinese, toDark, type Language } from './support.ts';

/** Everything with text of its own that the room can see, and the size of that text. */
async function visibleText(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() => {
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      const text = (n.textContent ?? '').trim();
      if (!text || el.closest('.sr-only, dialog:not([open])')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const seen = [...range.getClientRects()].some(
        (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      );
      if (seen) out.push({ text: text.slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return out;
  });
}

// The eleven-predictor model is the hardest case: the most rows to fit on one screen.
for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  for (const language of ['en', 'zh'] as const satisfies readonly Language[]) {
    test(`tumour board at ${width}x${height}${language === 'zh' ? ' in Chinese' : ''}: the whole nomogram on one screen, axes over 55% of the width, no text under 18 px, the comparison beside it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const model = await openCalculator(page, 'liu2025-os-full');
      if (language === 'zh') await toChinese(page, model);
      await compareWithB(page, model);
      await toBoard(page, language);
      const svg = page.locator('svg.nomogram');
      const name = `board-liu2025-os-full-${width}x${height}${language === 'zh' ? '-zh' : ''}`;
      for (const theme of ['light', 'dark'] as const) {
        if (theme === 'dark') await toDark(page, language);
        // Drawn for the board's width and the window's height.
        await expect.poll(async () => (await svg.boundingBox())!.height).toBeLessThanOrEqual(height);
        await page.screenshot({ path: `e2e/screenshots/${name}-${theme}.png` });
      }

      const box = (await svg.boundingBox())!;
      expect(await page.evaluate(() => scrollY), 'the page opens at its top').toBe(0);
      expect(box.y, 'nomogram top').toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'nomogram bottom').toBeLessThanOrEqual(height);
      expect(box.x + box.width, 'nomogram right edge').toBeLessThanOrEqual(width);
      const axes = await svg
        .locator('line.axis-line')
        .evaluateAll((lines) => Math.max(...lines.map((l) => l.getBoundingClientRect().width)));
      expect(axes / width, `the longest axis is ${axes.toFixed(0)} px of ${width}`).toBeGreaterThanOrEqual(0.55);
      await expectReadableLabels(svg, 40, name);

      const small = (await visibleText(page)).filter((t) => t.px < 18).map((t) => `“${t.text}” ${t.px} px`);
      expect(small, 'text under 18 px on the board').toEqual([]);

      // Beside it, in large type: the comparison, on screen; nothing else of the calculator.
      const comparison = (await page.locator('section.comparison').boundingBox())!;
      expect(comparison.x, 'the comparison starts right of the nomogram').toBeGreaterThanOrEqual(box.x + box.width);
      expect(comparison.y, 'the comparison starts on the first screen').toBeLessThan(height / 2);
      const figure = page.locator('table.compare tbody tr').first().locator('td').first();
      expect(await figure.evaluate((td) => parseFloat(getComputedStyle(td).fontSize))).toBeGreaterThanOrEqual(20);
      for (const hidden of ['.quick', 'section.explore', 'footer.foot', '.nomogram-col .hint', '.top .picker'])
        await expect(page.locator(hidden)).toBeHidden();
    });
  }
}

// The menu floats at the top right in board mode; a notice (a refused link, a new version on a tab
// left open all day) comes first in the column beside the nomogram and must not sit under it.
for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
  [800, 700],
] as const) {
  test(`tumour board at ${width}x${height}: a notice is not covered by the menu`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await acknowledged(page);
    await page.goto('/#m=liu2025-os@1.0.0&a=bogus:1');
    const notice = page.locator('.notice');
    await expect(notice).toContainText('This link was refused');
    await toBoard(page, 'en');
    const menu = (await page.locator('.menu-toggle').boundingBox())!;
    const box = (await notice.boundingBox())!;
    const overlap =
      menu.x < box.x + box.width && box.x < menu.x + menu.width && menu.y < box.y + box.height && box.y < menu.y + menu.height;
    expect(overlap, `menu ${JSON.stringify(menu)}, notice ${JSON.stringify(box)}`).toBe(false);
  });
}

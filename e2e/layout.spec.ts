import { expect, test, type Page } from '@playwright/test';
import {
  MODEL_IDS,
  compareWithB,
  expectReadableLabels,
  openCalculator,
  openShareDialog,
  toBoard,
  toChinese,
  toDark,
  tool,
} from './support.ts';

const SIZES = [
  [320, 640],
  [390, 844],
  [768, 1024],
  [1920, 1080],
] as const;
const PHONE_WIDTH = 400;

// Every size in English; the narrowest and widest in Chinese too, whose labels are shorter but wider per character.
const CASES = MODEL_IDS.flatMap((id) => [
  ...SIZES.map(([width, height]) => ({ id, width, height, language: 'en' as const })),
  ...[SIZES[0], SIZES[3]].map(([width, height]) => ({ id, width, height, language: 'zh' as const })),
]);

for (const { id, width, height, language } of CASES) {
  {
    const name = `${id}-${width}x${height}${language === 'zh' ? '-zh' : ''}`;
    test(`${id} at ${width}x${height}${language === 'zh' ? ' in Chinese' : ''}: no sideways scrolling, no overlapping or cut labels, big enough targets`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openCalculator(page, id);
      if (language === 'zh') {
        await (await tool(page, '中文')).click();
        await expect(page.locator('svg.nomogram')).toContainText('总分');
      }
      const svg = page.locator('svg.nomogram');
      await expect(svg).toBeVisible();
      await expect(svg.locator('g.patient circle')).toBeVisible();
      // Saved before any check, so a failure can be looked at.
      await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
      await svg.screenshot({ path: `e2e/screenshots/${name}-nomogram.png` });

      await expectNoSidewaysScroll(page, name);

      // Short labels and buttons in the header stay on one line (a squeezed “模型” breaks into a column).
      const wrapped = await page.locator('header label, header button').evaluateAll((els) =>
        els
          .filter((e) => e.getBoundingClientRect().height > 0)
          .flatMap((e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            return lines.size > 1 ? [`“${(e as HTMLElement).innerText}” on ${lines.size} lines`] : [];
          }),
      );
      expect(wrapped, 'header text broken over lines').toEqual([]);

      await expectReadableLabels(svg, 11, name);
      if (width <= PHONE_WIDTH) {
        await expectBigTargets(page, name);
        expect(await page.locator('.quick input[type=radio]').count()).toBeGreaterThan(0);
      }
    });
  }
}

// ---- Comparing A with B: the curves, the icon arrays, tumour-board mode, sharing, printing ----

/** The page never scrolls sideways. (Soft checks here: one run lists every problem of a screen.) */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect.soft(scrollWidth, `page width ${where}`).toBeLessThanOrEqual(clientWidth);
}

/** On a phone every button, choice and field is at least 44 px tall. */
async function expectBigTargets(page: Page, where: string): Promise<void> {
  const small = await page.locator('button, select, input:not([type=radio]), .segmented label').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({
        what: `${e.tagName.toLowerCase()} “${(e as HTMLElement).innerText || (e as HTMLInputElement).value || e.getAttribute('aria-label') || ''}”`,
        h: e.getBoundingClientRect().height,
      }))
      .filter((x) => x.h < 44)
      .map((x) => `${x.what}: ${x.h.toFixed(1)} px`),
  );
  expect.soft(small, `targets under 44 px ${where}`).toEqual([]);
}

/** The chart of A and B: drawn, within the page's width, with readable labels. */
async function expectChart(page: Page, where: string): Promise<void> {
  const chart = page.locator('section.explore svg.chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('g.series.b path.curve')).toBeVisible();
  const box = (await chart.boundingBox())!;
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect.soft(box.x, `chart's left edge ${where}`).toBeGreaterThanOrEqual(0);
  expect.soft(box.x + box.width, `chart's right edge ${where}`).toBeLessThanOrEqual(width + 0.5);
  await expectReadableLabels(chart, 7, `the survival chart ${where}`);
}

const EXPLORE_MODELS = ['liu2025-os', 'veteran-teaching'] as const;
const EXPLORE_SIZES = [SIZES[1], SIZES[3]] as const;
type State = 'compare' | 'board' | 'board-dark' | 'share' | 'print';

for (const id of EXPLORE_MODELS) {
  for (const [width, height] of EXPLORE_SIZES) {
    for (const language of ['en', 'zh'] as const) {
      const states: State[] = ['compare', 'board', ...(width > PHONE_WIDTH ? (['board-dark'] as const) : []), 'share', 'print'];
      for (const state of states) {
        const name = `${id}-${width}x${height}${language === 'zh' ? '-zh' : ''}-${state}`;
        test(`${id} at ${width}x${height}${language === 'zh' ? ' in Chinese' : ''}, comparing A with a changed B, ${state}: no sideways scrolling, readable chart labels`, async ({
          page,
        }) => {
          await page.setViewportSize({ width, height });
          const model = await openCalculator(page, id);
          if (language === 'zh') await toChinese(page, model);
          await compareWithB(page, model);
          await expect(page.locator('figure.icons.b')).toBeVisible();
          await expect(page.locator('section.explore svg.chart g.series.b')).toBeVisible();
          const where = `(${name})`;

          if (state === 'compare') {
            await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
            await page.locator('section.comparison').screenshot({ path: `e2e/screenshots/${name}-comparison.png` });
            await page.locator('section.explore').screenshot({ path: `e2e/screenshots/${name}-explore.png` });
            await expectNoSidewaysScroll(page, where);
            await expectChart(page, where);
            await expectReadableLabels(page.locator('svg.nomogram'), 10, `the nomogram ${where}`);
            if (width <= PHONE_WIDTH) await expectBigTargets(page, where);
          } else if (state === 'board' || state === 'board-dark') {
            await toBoard(page, language);
            if (state === 'board-dark') await toDark(page, language);
            await expect(page.locator('section.comparison')).toBeVisible();
            // What the room sees without scrolling, and the whole page.
            await page.screenshot({ path: `e2e/screenshots/${name}.png` });
            await page.screenshot({ path: `e2e/screenshots/${name}-full.png`, fullPage: true });
            await expectNoSidewaysScroll(page, where);
            // The board shows the nomogram, the result and the comparison, nothing else.
            await expect(page.locator('section.explore')).toBeHidden();
            await expectReadableLabels(page.locator('svg.nomogram'), 10, `the nomogram ${where}`);
            if (width <= PHONE_WIDTH) await expectBigTargets(page, where);
          } else if (state === 'share') {
            const dialog = await openShareDialog(page, language);
            await page.screenshot({ path: `e2e/screenshots/${name}.png` });
            await expectNoSidewaysScroll(page, where);
            const box = (await dialog.boundingBox())!;
            expect.soft(box.x, `dialog's left edge ${where}`).toBeGreaterThanOrEqual(0);
            expect.soft(box.x + box.width, `dialog's right edge ${where}`).toBeLessThanOrEqual(width);
            expect.soft(box.y + box.height, `dialog's bottom ${where}`).toBeLessThanOrEqual(height);
            const qr = (await dialog.locator('svg.qr').boundingBox())!;
            expect.soft(qr.width, `QR code's width ${where}`).toBeGreaterThanOrEqual(150);
            if (width <= PHONE_WIDTH) {
              const small = await dialog
                .locator('button, input')
                .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height).filter((h) => h < 44));
              expect.soft(small, `targets under 44 px in the dialog ${where}`).toEqual([]);
            }
          } else {
            // As the browser prints: the print style sheet, and the drawings at their print widths.
            await page.emulateMedia({ media: 'print' });
            await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
            await expect(page.locator('.quick')).toBeHidden();
            await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
            await expectNoSidewaysScroll(page, where);
            await expectChart(page, where);
            if (width > PHONE_WIDTH) {
              // And on an A4 column (210 mm less 12 mm margins), the width Chromium prints at.
              await page.setViewportSize({ width: 703, height: 1031 });
              // After the resize has been observed, as printing comes after any resizing.
              await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
              await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
              await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
              await page.screenshot({ path: `e2e/screenshots/${id}${language === 'zh' ? '-zh' : ''}-print-a4.png`, fullPage: true });
              await expectNoSidewaysScroll(page, `${where} on an A4 column`);
              await expectChart(page, `${where} on an A4 column`);
            }
          }
        });
      }
    }
  }
}

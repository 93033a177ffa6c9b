import { expect, test } from '@playwright/test';
import { MODEL_IDS, openCalculator } from './support.ts';

const SIZES = [
  [320, 640],
  [390, 844],
  [768, 1024],
  [1920, 1080],
] as const;
const PHONE_WIDTH = 400;

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

// Every size in English; the narrowest and widest in Chinese too, whose labels are shorter but wider per character.
const CASES = MODEL_IDS.flatMap((id) => [
  ...SIZES.map(([width, height]) => ({ id, width, height, language: 'en' as const })),
  ...[SIZES[0], SIZES[3]].map(([width, height]) => ({ id, width, height, language: 'zh' as const })),
]);

for (const { id, width, height, language } of CASES) {
  {
    const name = `${id}-${width}x${height}${language === 'zh' ? '-zh' : ''}`;
    test(`${id} at ${width}x${height}${language === 'zh' ? ' in Chinese' : ''}: no sideways scrolling, no overlapping or cut labels, big enough targets`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openCalculator(page, id);
      if (language === 'zh') {
        await page.getByRole('button', { name: '中文' }).click();
        await expect(page.locator('svg.nomogram')).toContainText('总分');
      }
      const svg = page.locator('svg.nomogram');
      await expect(svg).toBeVisible();
      await expect(svg.locator('g.patient circle')).toBeVisible();
      // Saved before any check, so a failure can be looked at.
      await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
      await svg.screenshot({ path: `e2e/screenshots/${name}-nomogram.png` });

      // The page never scrolls sideways.
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, 'page width').toBeLessThanOrEqual(clientWidth);

      // Short labels and buttons in the header stay on one line (a squeezed “模型” breaks into a column).
      const wrapped = await page.locator('header label, header button').evaluateAll((els) =>
        els.filter((e) => e.getBoundingClientRect().height > 0).flatMap((e) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return lines.size > 1 ? [`“${(e as HTMLElement).innerText}” on ${lines.size} lines`] : [];
        }),
      );
      expect(wrapped, 'header text broken over lines').toEqual([]);

      // Every label of the drawing is readable: none lies on another, none sticks out of the drawing.
      const { frame, labels } = await svg.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const frame = { x: r.x, y: r.y, w: r.width, h: r.height };
        const labels = [...el.querySelectorAll('text')].map((t) => {
          const b = t.getBoundingClientRect();
          return { text: t.textContent ?? '', x: b.x, y: b.y, w: b.width, h: b.height };
        });
        return { frame, labels };
      });
      expect(labels.length).toBeGreaterThan(10);
      const overlaps: string[] = [];
      const overlap = (a: Box, b: Box) =>
        Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          if (overlap(labels[i]!, labels[j]!)) overlaps.push(`“${labels[i]!.text}” overlaps “${labels[j]!.text}”`);
        }
      }
      expect(overlaps, 'overlapping labels').toEqual([]);
      const outside = labels
        .filter((b) => b.x < frame.x - 0.5 || b.y < frame.y - 0.5 || b.x + b.w > frame.x + frame.w + 0.5 || b.y + b.h > frame.y + frame.h + 0.5)
        .map((b) => `“${b.text}” at x ${b.x.toFixed(1)}–${(b.x + b.w).toFixed(1)}, y ${b.y.toFixed(1)}–${(b.y + b.h).toFixed(1)}`);
      expect(outside, `labels outside the drawing (${frame.w}x${frame.h} at ${frame.x},${frame.y})`).toEqual([]);

      // On a phone every button, choice and field is at least 44 px tall.
      if (width <= PHONE_WIDTH) {
        const small = await page.locator('button, select, input:not([type=radio]), .segmented label').evaluateAll((els) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent !== null)
            .map((e) => ({ what: `${e.tagName.toLowerCase()} “${(e as HTMLElement).innerText || (e as HTMLInputElement).value || e.getAttribute('aria-label') || ''}”`, h: e.getBoundingClientRect().height }))
            .filter((x) => x.h < 44)
            .map((x) => `${x.what}: ${x.h.toFixed(1)} px`),
        );
        expect(small, 'targets under 44 px').toEqual([]);
        expect(await page.locator('.quick input[type=radio]').count()).toBeGreaterThan(0);
      }

    });
  }
}

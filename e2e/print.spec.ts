import { expect, test, type Page } from '@playwright/test';
import { MODEL_IDS, compareWithB, openCalculator, toBoard, toChinese } from './support.ts';

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// A4 less the 12 mm margins of the print style sheet's @page rule.
const PAGE = { width: 210 - 24, height: 297 - 24 };
const MM = 25.4 / 96;

/**
 * How tall the printed page's content is, laid out as Chromium prints it (the print style sheet,
 * an A4 column wide, after "beforeprint" has set the drawings to their print widths), with the
 * height of each part: what a failure says, so that one knows how much has to go and from where.
 */
async function printedHeight(page: Page): Promise<string> {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: Math.floor(PAGE.width / MM), height: Math.floor(PAGE.height / MM) });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { height, parts } = await page.evaluate((mm) => {
    const parts = [
      'header.top',
      '.model-head',
      'section.result',
      'section.comparison',
      '.nomogram-col',
      'section.explore',
      'footer.foot',
    ].flatMap((s) => {
      const e = document.querySelector(s);
      const h = e ? e.getBoundingClientRect().height * mm : 0;
      return h > 0 ? [`${s} ${h.toFixed(0)} mm`] : [];
    });
    return { height: document.documentElement.scrollHeight * mm, parts };
  }, MM);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.setViewportSize(viewport);
  const over = height - PAGE.height;
  return `content ${height.toFixed(1)} mm tall for ${PAGE.height} mm of page (${over > 0 ? `${over.toFixed(1)} mm too tall` : 'fits'}): ${parts.join(', ')}`;
}

for (const id of MODEL_IDS) {
  test(`${id}: printing gives one page with the result, the nomogram and the version, and no controls`, async ({ page }) => {
    await openCalculator(page, id);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.quick')).toBeHidden();
    await expect(page.locator('section.result')).toBeVisible();
    await expect(page.locator('svg.nomogram')).toBeVisible();
    await expect(page.locator('.foot')).toContainText(`${id} 1.0.0`);
    await expect(page.locator('.foot .print-only')).toContainText('Printed');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pageCount(pdf);
    expect(pages, pages === 1 ? '' : `${id} printed on ${pages} pages; ${await printedHeight(page)}`).toBe(1);
  });

  for (const language of ['en', 'zh'] as const) {
    test(`${id} in ${language === 'en' ? 'English' : 'Chinese'}, comparing A with a changed B: printing gives one page with the comparison and the ${id.startsWith('birthwt') ? 'probability bars' : 'survival curves'}`, async ({
      page,
    }) => {
      const model = await openCalculator(page, id);
      if (language === 'zh') await toChinese(page, model);
      const changed = await compareWithB(page, model);
      await page.emulateMedia({ media: 'print' });

      // No controls: the form, the scenario switch, the curve slider, the dialogs.
      await expect(page.locator('.quick')).toBeHidden();
      await expect(page.locator('.scenarios')).toBeHidden();
      await expect(page.locator('.top .tools')).toBeHidden();
      for (const input of await page.locator('section.explore input').all()) await expect(input).toBeHidden();

      // The result, the comparison with A and B and what B changes, the nomogram, the version.
      await expect(page.locator('section.result')).toBeVisible();
      const comparison = page.locator('section.comparison');
      await expect(comparison).toBeVisible();
      await expect(comparison.locator('table.compare thead th.a')).toHaveText('A');
      await expect(comparison.locator('table.compare thead th.b')).toHaveText('B');
      await expect(comparison.locator('table.compare tbody tr')).toHaveCount(model.kind === 'cox' ? model.horizons.length + 1 : 1);
      await expect(comparison.locator('ul.changed li')).toContainText(changed.label[language]);
      await expect(page.locator('svg.nomogram')).toBeVisible();
      await expect(page.locator('.foot')).toContainText(`${id} 1.0.0`);
      await expect(page.locator('.foot .print-only')).toBeVisible();

      // The curves of A and B (Cox), or the bars of A and B (logistic).
      if (model.kind === 'cox') {
        const chart = page.locator('section.explore svg.chart');
        await expect(chart).toBeVisible();
        await expect(chart.locator('g.series.a path.curve')).toHaveAttribute('d', /^M.+L/);
        await expect(chart.locator('g.series.b path.curve')).toHaveAttribute('d', /^M.+L/);
        const box = (await chart.boundingBox())!;
        expect(box.height, 'the printed chart has a height').toBeGreaterThan(50);
      } else {
        await expect(page.locator('.bars .bar.a')).toBeVisible();
        await expect(page.locator('.bars .bar.b')).toBeVisible();
      }

      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pageCount(pdf);
      expect(pages, pages === 1 ? '' : `${id} (${language}, comparing) printed on ${pages} pages; ${await printedHeight(page)}`).toBe(1);
    });
  }
}

test('printed from board mode, the page starts at its top: no room is kept for the on-screen menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openCalculator(page, 'liu2025-os');
  await toBoard(page, 'en');
  const first = page.locator('main > :first-child');
  expect(parseFloat(await first.evaluate((e) => getComputedStyle(e).marginTop)), 'on screen: below the menu').toBeGreaterThan(40);
  await page.emulateMedia({ media: 'print' });
  expect(await first.evaluate((e) => getComputedStyle(e).marginTop), 'on paper').toBe('0px');
});

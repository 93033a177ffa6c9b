import { expect, test } from '@playwright/test';
import { MODEL_IDS, openCalculator } from './support.ts';

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

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
    expect(pageCount(pdf)).toBe(1);
  });
}

import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acknowledged, slider } from './support.ts';

const VETERAN = JSON.parse(readFileSync('models/veteran-teaching/1.0.0.json', 'utf8'));
/** The veteran model under another name: a file a colleague might send. */
const MINE = { ...VETERAN, id: 'my-veteran' };
const MINE_LINK = '#m=my-veteran@1.0.0&a=trt:test,celltype:adeno,karno:60,age:65,prior:no';
const MARK = "Opened from a file on this device, not checked by this app's build.";

async function openPanel(page: Page) {
  await acknowledged(page);
  await page.goto('/');
  await expect(slider(page, 'pulmonaryMetastases')).toBeVisible();
  await page.getByRole('button', { name: 'Your own files' }).click();
  await expect(page.getByRole('dialog', { name: 'Your own files' })).toBeVisible();
}

const file = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

test('a model file opens from the file picker, marked as not checked by the build, and appears in the model picker', async ({ page }) => {
  await openPanel(page);
  await expect(page.getByText('never leave it: nothing is uploaded')).toBeVisible();
  await page.locator('#model-file').setInputFiles(file('mine.json', MINE));
  await expect(page.getByRole('status').filter({ hasText: 'Opened “' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.from-file')).toHaveText(MARK);
  await expect(page.locator('#model-select')).toHaveValue('my-veteran@1.0.0');
  await expect(page.locator('#model-select option:checked')).toContainText('not checked by');
  await expect(slider(page, 'karno')).toBeVisible();
  await expect(page.locator('table.survival')).toBeVisible();
});

test('a model file opens when dropped, and a broken one is refused with each problem named by JSON path', async ({ page }) => {
  await openPanel(page);
  const drop = async (name: string, content: unknown) => {
    const data = await page.evaluateHandle(
      ({ name, text }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'application/json' }));
        return dt;
      },
      { name, text: JSON.stringify(content) },
    );
    await page.locator('.own .drop').dispatchEvent('drop', { dataTransfer: data });
  };
  const broken = structuredClone(MINE);
  broken.predictors[2].coefficient.beta = 'steep';
  broken.horizons = [];
  await drop('broken.json', broken);
  const alert = page.locator('.own .error');
  await expect(alert).toContainText('broken.json was refused, and nothing was computed from it');
  await expect(alert).toContainText('predictors[2].coefficient.beta');
  await expect(alert).toContainText('horizons');
  await expect(page.locator('#model-select')).toHaveValue('liu2025-os@1.0.0');
  await drop('mine.json', MINE);
  await expect(page.locator('.own .error')).toHaveCount(0);
  await expect(page.locator('#model-select')).toHaveValue('my-veteran@1.0.0');
});

test('a kept model opens offline and by link after a reload; elsewhere the link says the model is not here; it can be removed', async ({
  page,
  browser,
}) => {
  await openPanel(page);
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 15_000 });
  await page.locator('#model-file').setInputFiles(file('mine.json', MINE));
  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(page.getByText('Kept on this device: it is in the model picker')).toBeVisible();

  await page.context().setOffline(true);
  await page.goto(`/${MINE_LINK}`);
  await expect(page.locator('#model-select')).toHaveValue('my-veteran@1.0.0');
  await expect(page.locator('.from-file')).toHaveText(MARK);
  await expect(page.locator('table.survival')).toBeVisible();
  await page.reload();
  await page.locator('#model-select').selectOption('my-veteran@1.0.0');
  await expect(slider(page, 'karno')).toBeVisible();
  await page.context().setOffline(false);

  const elsewhere = await browser.newPage();
  await acknowledged(elsewhere);
  await elsewhere.goto(`/${MINE_LINK}`);
  await expect(elsewhere.getByText('model my-veteran is not here')).toBeVisible();
  await elsewhere.close();

  await page.getByRole('button', { name: 'Your own files' }).click();
  await page.getByRole('button', { name: /^Remove/ }).click();
  await page.reload();
  await expect(page.locator('#model-select option[value="my-veteran@1.0.0"]')).toHaveCount(0);
});

test('predictions for a CSV of patients: a table, a refused row named, and the results downloaded as CSV', async ({ page }) => {
  await openPanel(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
  await page.getByRole('button', { name: 'Your own files' }).click();
  const csv = 'trt,celltype,karno,age,prior\ntest,adeno,60,65,no\ntest,adeno,600,65,no\nstandard,large,90,50,yes\n';
  await page.locator('#batch-file').setInputFiles({ name: 'patients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('3 rows read; 1 refused')).toBeVisible();
  await expect(page.locator('.batch tbody tr')).toHaveCount(3);
  await expect(page.locator('.batch tbody tr').nth(1)).toContainText('karno: 600 is outside');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Download the results (CSV)').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.split('\n')[0]).toMatch(/^row,trt,celltype,karno,age,prior,total_points,linear_predictor/);
  expect(text.split('\n')).toHaveLength(4);
});

test('a 20,000-row cohort is checked in a Web Worker while the page stays responsive', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await openPanel(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
  await expect(slider(page, 'karno')).toBeVisible();
  await page.getByRole('button', { name: 'Your own files' }).click();
  const cells = ['squamous', 'smallcell', 'adeno', 'large'];
  const rows = Array.from(
    { length: 20_000 },
    (_, i) =>
      `${1 + ((i * 37) % 900)},${i % 5 === 0 ? 0 : 1},${i % 2 ? 'test' : 'standard'},${cells[i % 4]},${10 + (i % 10) * 10},${30 + (i % 50)},${i % 3 ? 'no' : 'yes'}`,
  );
  const csv = ['time,status,trt,celltype,karno,age,prior', ...rows].join('\n');
  // From a file on disk: the browser reads it itself, as when a person picks it (a buffer would be
  // built into a File by script in the page, a long task of the test's own making).
  const path = join(mkdtempSync(join(tmpdir(), 'cohort-')), 'cohort.csv');
  writeFileSync(path, csv);
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
  const started = Date.now();
  await page.locator('#cohort-file').setInputFiles(path);
  await expect(page.locator('.evaluation')).toContainText("Harrell's C", { timeout: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  console.log(`cohort of 20,000 rows: ${seconds.toFixed(1)} s, longest main-thread task ${longest.toFixed(0)} ms`);
  expect(longest).toBeLessThan(200);
  await expect(page.locator('.evaluation')).toContainText('20000, of whom 16000 had the event');
  await expect(page.locator('svg.calibration-plot circle')).toHaveCount(10);
  await expect(page.locator('.evaluation')).toContainText('cannot show');
});

test('a cohort with too few events is refused, and bad cells are named by row and column', async ({ page }) => {
  await openPanel(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
  await page.getByRole('button', { name: 'Your own files' }).click();
  const few = [
    'time,status,trt,celltype,karno,age,prior',
    ...Array.from({ length: 30 }, (_, i) => `${10 + i},${i < 2 ? 1 : 0},test,adeno,60,60,no`),
  ].join('\n');
  await page.locator('#cohort-file').setInputFiles({ name: 'few.csv', mimeType: 'text/csv', buffer: Buffer.from(few) });
  await expect(page.locator('.cohort .error')).toContainText('The cohort has 2 events; at least 10 are needed');
  const bad = 'time,status,trt,celltype,karno,age,prior\n10,1,test,adeno,60,60,no\n12,yes,test,adeno,60,60,no\n';
  await page.locator('#cohort-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(page.locator('.cohort .error')).toContainText('Row 2, column status: “yes” is not 0 or 1');
});

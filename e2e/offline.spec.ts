import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { buildApp, modelsWithNewVersion } from './support/build.ts';
import { StaticHost } from './support/static-server.ts';

/** Acknowledges the first-use notice and records CSP violations the page reports. */
async function prepare(context: BrowserContext) {
  await context.addInitScript(() => {
    localStorage.setItem('nomogram.firstUse.v1', 'yes');
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function figures(page: Page) {
  await expect(page.locator('table.survival')).toBeVisible();
  return page.locator('.result-body').innerText();
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('after one visit the calculator opens and works with no network, every model included', async ({ context, page, baseURL }) => {
  await prepare(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 15_000 });
  const online = await figures(page);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
  const options = await page.locator('#model-select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options.length).toBeGreaterThanOrEqual(3);

  await context.setOffline(true);
  const offlineRequestsFrom = requests.length;
  const failed: string[] = [];
  context.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  expect(await figures(page)).toBe(online);
  for (const option of options) {
    await page.locator('#model-select').selectOption(option);
    await expect(page.locator('footer')).toContainText(option.replace('@', ' '));
    await expect(page.locator('.result-body')).toContainText('%');
  }
  // A fresh page, still offline.
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.locator('table.survival')).toBeVisible();
  await expect(second.getByRole('slider').first()).toBeVisible();

  const origin = new URL(baseURL!).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  // Offline, everything came from the service worker's cache: nothing failed for want of a network
  // (the browser's own check for a newer sw.js is the one request allowed to fail).
  expect(failed.filter((u) => !u.endsWith('/sw.js'))).toEqual([]);
  expect(requests.length).toBeGreaterThan(offlineRequestsFrom);
  expect(await cspViolations(page)).toEqual([]);
  expect(await cspViolations(second)).toEqual([]);
});

test('the built page runs under its Content-Security-Policy, from header and meta tag', async ({ page, context }) => {
  await prepare(context);
  const response = await page.goto('/');
  const header = response!.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("connect-src 'self'");
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  await expect(page.locator('table.survival')).toBeVisible();
  // Inline script is refused: the policy is really in force.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  const cookies = await context.cookies();
  expect(cookies).toEqual([]);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored).toEqual(['nomogram.firstUse.v1']);
});

test.describe('publishing a new version', () => {
  let first: string;
  let second: string;
  let models: string;
  test.beforeAll(() => {
    models = modelsWithNewVersion();
    first = buildApp({ APP_VERSION: '1.0.0-first' });
    second = buildApp({ APP_VERSION: '1.0.0-second', MODELS_DIR: models });
  });
  test.afterAll(() => {
    for (const dir of [first, second, models]) rmSync(dir, { recursive: true, force: true });
  });

  test('asks before reloading, keeps the inputs across the reload, and ends on the new version', async ({ browser }) => {
    const host = new StaticHost(first);
    const url = await host.listen();
    const context = await browser.newContext();
    await prepare(context);
    const page = await context.newPage();
    try {
      await page.goto(url);
      await expect(page.getByText('Available offline')).toBeVisible({ timeout: 15_000 });
      await page.reload();
      await expect(page.locator('footer')).toContainText('App version 1.0.0-first');
      await page.getByRole('textbox', { name: 'Number of pulmonary metastases' }).fill('7');
      await page.getByRole('radio', { name: 'T3-T4' }).check();
      const before = await figures(page);

      host.root = second;
      await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await expect(page.getByText('A new version is ready.')).toBeVisible({ timeout: 15_000 });
      // Nothing reloaded on its own: the same page, the same inputs.
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      expect(await figures(page)).toBe(before);

      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
      await expect(page.locator('footer')).toContainText('App version 1.0.0-second');
      await expect(page.getByRole('textbox', { name: 'Number of pulmonary metastases' })).toHaveValue('7');
      // The case travelled in the page's session history, never in the address.
      expect(new URL(page.url()).hash).toBe('');
      await expect(page.getByRole('radio', { name: 'T3-T4' })).toBeChecked();
      expect(await figures(page)).toBe(before);
      await expect(page.locator('.notice')).toContainText('version 1.0.0 of the model');
      await expect(page.locator('.notice')).toContainText('1.1.0');
      await page.getByRole('button', { name: 'About this model' }).click();
      await expect(page.locator('.card')).toContainText('1.1.0');
      await expect(page.locator('.card')).toContainText('Wording of the model card revised.');
      await expect(page.locator('.card')).toContainText('This model was updated from version 1.0.0 to 1.1.0.');
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });

  // A tumour board's tab stays open all day: it must find a new version without anyone reloading.
  for (const [when, prod] of [
    ['an hour later', async (page: Page) => page.clock.fastForward('01:00:00')],
    ['when the tab is shown again', async (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))],
  ] as const) {
    test(`a tab left open finds a new version ${when}, and still does not reload by itself`, async ({ browser }) => {
      const host = new StaticHost(first);
      const url = await host.listen();
      const context = await browser.newContext();
      await prepare(context);
      const page = await context.newPage();
      try {
        await page.clock.install();
        await page.goto(url);
        await expect(page.getByText('Available offline')).toBeVisible({ timeout: 15_000 });
        // The tab of a later visit, which the service worker controls (a first visit's is not).
        await page.reload();
        await expect(page.getByText('Available offline')).toBeVisible({ timeout: 15_000 });
        const before = await figures(page);
        await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
        host.root = second;
        // Nothing asks yet: no notice before the check is due.
        await page.waitForTimeout(500);
        await expect(page.getByText('A new version is ready.')).toHaveCount(0);
        await prod(page);
        await expect(page.getByText('A new version is ready.')).toBeVisible({ timeout: 15_000 });
        expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
        expect(await figures(page)).toBe(before);
        await expect(page.locator('footer')).toContainText('App version 1.0.0-first');
      } finally {
        await context.close();
        await host.close();
      }
    });
  }
});

test('the same build works from a subpath, online and offline', async ({ browser }) => {
  const dir = buildApp({ BASE: '/tools/nomogram/' });
  const host = new StaticHost(dir, '/tools/nomogram/');
  const url = await host.listen();
  const context = await browser.newContext();
  await prepare(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  try {
    await page.goto(url);
    await expect(page.getByText('Available offline')).toBeVisible({ timeout: 15_000 });
    const online = await figures(page);
    await context.setOffline(true);
    await page.reload();
    expect(await figures(page)).toBe(online);
    expect(requests.filter((p) => !p.startsWith('/tools/nomogram/'))).toEqual([]);
  } finally {
    await context.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('installs like an app: manifest, icons (192, 512, maskable), Apple touch icon and theme colour', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({
    name: 'Nomogram calculator',
    short_name: 'Nomogram',
    display: 'standalone',
    start_url: '/',
    theme_color: '#0b3d6b',
    background_color: '#ffffff',
  });
  expect(manifest.description).toContain('offline');
  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
  expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const res = await request.get(icon.src);
    expect(res.ok(), icon.src).toBe(true);
    expect(res.headers()['content-type']).toContain('image/png');
  }
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(touch!)).ok()).toBe(true);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0b3d6b');
});

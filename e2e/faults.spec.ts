/**
 * When something the app depends on fails, it says what happened and keeps working: storage that
 * refuses, a service worker that cannot install, a model file that cannot be fetched or is not a
 * valid model, a model catalogue that does not load. Faults are injected in the browser (init
 * scripts, request routing), so any build served at baseURL can be tested.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { defaults, expectResultMatchesEngine, loadModel } from './support.ts';

const NOTICE = 'Before you use this calculator';

/** Everything the page should never do, whatever fails: throw, alert, break its own CSP. */
function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  return {
    errors,
    async check() {
      const csp = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      expect([...errors, ...csp.map((c) => `csp: ${c}`)]).toEqual([]);
    },
  };
}

/** Records CSP violations; with `ack`, marks the first-use notice as acknowledged. */
async function prepare(context: BrowserContext, { ack = true } = {}) {
  await context.addInitScript((ack) => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    if (ack) {
      try {
        localStorage.setItem('nomogram.firstUse.v1', 'yes');
      } catch {
        /* the storage test breaks it on purpose */
      }
    }
  }, ack);
}

/** The survival table with at least one percentage: the calculator shows figures. */
async function expectFigures(page: Page) {
  await expect(page.locator('table.survival')).toBeVisible();
  await expect(page.locator('.result-body td.estimate').first()).toContainText('%');
}

const metastases = (page: Page) => page.getByRole('textbox', { name: 'Number of pulmonary metastases' });

/** One change through the form, and the figures are the engine's for it. */
async function expectCalculatorWorks(page: Page) {
  const model = loadModel('liu2025-os');
  await expectFigures(page);
  await metastases(page).fill('7');
  await page.locator('.quick [data-field="tStage"] input[type=radio][value="high"]').check();
  await expectResultMatchesEngine(page, model, { ...defaults(model), pulmonaryMetastases: 7, tStage: 'high' });
}

test.describe('storage unavailable', () => {
  const variants: { name: string; script: () => void }[] = [
    {
      name: 'localStorage itself throws (storage blocked)',
      script: () => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
    },
    {
      name: 'every read and write throws QuotaExceededError (storage full)',
      script: () => {
        const full = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        Storage.prototype.setItem = full;
        Storage.prototype.getItem = full;
      },
    },
  ];
  for (const v of variants) {
    test(`${v.name}: the first-use notice still shows, can be acknowledged, and the calculator works`, async ({ context, page }) => {
      await prepare(context, { ack: false });
      await context.addInitScript(v.script);
      const w = watch(page);
      await page.goto('/');
      const notice = page.getByRole('dialog', { name: NOTICE });
      await expect(notice).toBeVisible();
      await page.getByRole('button', { name: 'I understand' }).click();
      await expect(notice).toBeHidden();
      await expectCalculatorWorks(page);
      // Nothing could be remembered, so the notice is shown again next time: never skipped.
      await page.reload();
      await expect(page.getByRole('dialog', { name: NOTICE })).toBeVisible();
      await page.getByRole('button', { name: 'I understand' }).click();
      await expectFigures(page);
      await w.check();
    });
  }
});

test.describe('service worker fails to install', () => {
  const cases: { name: string; route: string; fault: 'abort' | 500 }[] = [
    { name: 'sw.js answers 500', route: '**/sw.js', fault: 500 },
    { name: 'sw.js cannot be fetched', route: '**/sw.js', fault: 'abort' },
  ];
  for (const c of cases) {
    test(`${c.name}: the footer says offline use is not available, and the calculator works`, async ({ context, page }) => {
      await prepare(context);
      await context.route(c.route, (r) => (c.fault === 'abort' ? r.abort('failed') : r.fulfill({ status: 500, body: 'server error' })));
      const w = watch(page);
      await page.goto('/');
      await expect(page.locator('footer')).toContainText('Offline use is not available', { timeout: 15_000 });
      await expect(page.getByText('Available offline')).toHaveCount(0);
      await expectCalculatorWorks(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
      await w.check();
    });
  }

  test('a file the service worker must precache fails: installation fails and the footer says so', async ({ context, page }) => {
    await prepare(context);
    // Only the worker's precache request fails; the page gets its strings normally.
    await context.route('**/locales/zh.json', (r) => r.fulfill({ status: 500, body: 'server error' }));
    const w = watch(page);
    await page.goto('/');
    await expectCalculatorWorks(page);
    // The install really failed: no active worker after a while.
    await expect
      .poll(async () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null), { timeout: 10_000 })
      .toBe(null);
    await expect(page.locator('footer')).toContainText('Offline use is not available', { timeout: 5_000 });
    await w.check();
  });
});

test.describe('a model file that fails to load', () => {
  const FULL = '**/models/liu2025-os-full/1.0.0.json';
  const VETERAN = '**/models/veteran-teaching/1.0.0.json';

  async function open(page: Page, context: BrowserContext) {
    await prepare(context);
    // No service worker: it would fetch the model files itself, around the routes.
    await context.route('**/sw.js', (r) => r.fulfill({ status: 404, body: '' }));
    const w = watch(page);
    await page.goto('/');
    await expectFigures(page);
    return w;
  }

  test('HTTP 500: selecting it says the model could not be opened, shows no figures from it, and a good model opens after', async ({
    context,
    page,
  }) => {
    await context.route(FULL, (r) => r.fulfill({ status: 500, body: 'server error' }));
    const w = await open(page, context);
    const before = await page.locator('.result-body').innerText();
    await page.locator('#model-select').selectOption('liu2025-os-full@1.0.0');
    const alert = page.getByRole('alert').filter({ hasText: 'This model could not be opened' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('models/liu2025-os-full/1.0.0.json: HTTP 500');
    // Nothing of the failed model: the footer and figures are still those of the model shown.
    await expect(page.locator('footer')).toContainText('liu2025-os 1.0.0');
    await expect(page.locator('footer')).not.toContainText('liu2025-os-full');
    await expect(page.getByRole('textbox', { name: 'Age' })).toHaveCount(0);
    expect(await page.locator('.result-body').innerText()).toBe(before);

    await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
    await expect(page.locator('footer')).toContainText('veteran-teaching 1.0.0');
    await expect(page.getByText('This model could not be opened')).toHaveCount(0);
    await expectFigures(page);
    await w.check();
  });

  // The page opens only the bytes the build validated and ran against their test vectors; the
  // build and `npx nomogram validate` name a malformed file's problems by JSON path.
  test('not a valid model (knots out of order): refused as not the checked file, and a good model opens after', async ({
    context,
    page,
  }) => {
    await context.route(VETERAN, async (r) => {
      const model = JSON.parse(readFileSync(new URL('../models/veteran-teaching/1.0.0.json', import.meta.url), 'utf8'));
      model.predictors[3].knots = [56.6, 38, 64, 70.2];
      await r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(model) });
    });
    const w = await open(page, context);
    await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
    const alert = page.getByRole('alert').filter({ hasText: 'This model could not be opened' });
    await expect(alert).toContainText('models/veteran-teaching/1.0.0.json: not the file this app was built and checked with');
    await expect(page.locator('footer')).not.toContainText('veteran-teaching');
    await expect(page.locator('svg.nomogram g[role=slider][data-predictor="karno"]')).toHaveCount(0);

    await page.locator('#model-select').selectOption('liu2025-os-full@1.0.0');
    await expect(page.locator('footer')).toContainText('liu2025-os-full 1.0.0');
    await expect(alert).toHaveCount(0);
    await expectFigures(page);
    await w.check();
  });

  test('a valid model with one coefficient changed: refused, never a silently different number', async ({ context, page }) => {
    await context.route(VETERAN, async (r) => {
      const model = JSON.parse(readFileSync(new URL('../models/veteran-teaching/1.0.0.json', import.meta.url), 'utf8'));
      const coefficient = model.predictors[0].levels.find((l: { coefficient?: { beta: number } }) => l.coefficient).coefficient;
      coefficient.beta += 0.01;
      await r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(model) });
    });
    const w = await open(page, context);
    await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
    await expect(page.getByRole('alert').filter({ hasText: 'This model could not be opened' })).toContainText('its SHA-256 differs');
    await expect(page.locator('footer')).not.toContainText('veteran-teaching');
    await w.check();
  });

  test('after a failed load the picker names the model whose figures are shown', async ({ context, page }) => {
    await context.route(FULL, (r) => r.fulfill({ status: 500, body: 'server error' }));
    const w = await open(page, context);
    await page.locator('#model-select').selectOption('liu2025-os-full@1.0.0');
    await expect(page.getByRole('alert').filter({ hasText: 'This model could not be opened' })).toBeVisible();
    await expect(page.locator('#model-select')).toHaveValue('liu2025-os@1.0.0', { timeout: 3_000 });
    await w.check();
  });

  // A keyboard user arrowing through the picker on a slow connection: if a redraw put the picker
  // back on the old model while the new one loads, their next arrow would land one model too far.
  test('while a chosen model loads, the picker keeps the choice through a redraw, then opens it', async ({ context, page }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await context.route(FULL, async (r) => {
      await held;
      await r.continue();
    });
    const w = await open(page, context);
    await page.locator('#model-select').selectOption('liu2025-os-full@1.0.0');
    // Switching the language redraws the whole page, the picker included, while the model is held.
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('列线图计算器');
    await expect(page.locator('#model-select')).toHaveValue('liu2025-os-full@1.0.0');
    await expect(page.locator('footer')).not.toContainText('liu2025-os-full');
    release();
    await expect(page.locator('footer')).toContainText('liu2025-os-full 1.0.0');
    await expect(page.locator('#model-select')).toHaveValue('liu2025-os-full@1.0.0');
    await expect(page.locator('#model-select option:checked')).toContainText('骨肉瘤');
    await w.check();
  });

  test('not JSON at all (a truncated file): a clear error, no figures from it', async ({ context, page }) => {
    await context.route(VETERAN, (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '{"schema": "nomogram-model/1", "id": "veteran-te' }),
    );
    const w = await open(page, context);
    await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
    const alert = page.getByRole('alert').filter({ hasText: 'This model could not be opened' });
    await expect(alert).toBeVisible();
    await expect(page.locator('footer')).not.toContainText('veteran-teaching');
    await expectCalculatorWorks(page);
    await w.check();
  });

  test('not JSON at all: the error names the file', async ({ context, page }) => {
    await context.route(VETERAN, (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '{"schema": "nomogram-model/1", "id": "veteran-te' }),
    );
    const w = await open(page, context);
    await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
    await expect(page.getByRole('alert').filter({ hasText: 'This model could not be opened' })).toContainText(
      'models/veteran-teaching/1.0.0.json',
      { timeout: 3_000 },
    );
    await w.check();
  });

  test('a link to a model that fails says so and opens the default calculator', async ({ context, page }) => {
    await prepare(context);
    await context.route('**/sw.js', (r) => r.fulfill({ status: 404, body: '' }));
    await context.route(FULL, (r) => r.fulfill({ status: 500, body: 'server error' }));
    const w = watch(page);
    await page.goto('/#m=liu2025-os-full@1.0.0&a=treatment:thal-ifo');
    await expect(page.locator('footer')).toContainText('liu2025-os 1.0.0');
    await expectFigures(page);
    // Either message will do: the link's model could not be opened, or the link was refused.
    await expect(page.getByText(/This model could not be opened|This link was refused/)).toContainText('HTTP 500', { timeout: 3_000 });
    await expectCalculatorWorks(page);
    await w.check();
  });
});

test.describe('the model catalogue fails', () => {
  test('HTTP 500: a clear message, no crash, the page still answers', async ({ context, page }) => {
    await prepare(context);
    await context.route('**/models/index.json', (r) => r.fulfill({ status: 500, body: 'server error' }));
    const w = watch(page);
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The model list could not be loaded: models/index.json: HTTP 500');
    await expect(page.getByRole('heading', { name: 'Nomogram calculator', level: 1 })).toBeVisible();
    await expect(page.locator('.result-body')).toHaveCount(0);
    await expect(page.getByText('Loading…')).toHaveCount(0);
    // Still alive: the language switch works.
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Nomogram calculator');
    await w.check();
  });

  test('the request fails outright: a clear message, no crash', async ({ context, page }) => {
    await prepare(context);
    await context.route('**/models/index.json', (r) => r.abort('failed'));
    const w = watch(page);
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The model list could not be loaded');
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await w.check();
  });

  for (const [name, body] of [
    ['not JSON', '<!doctype html><title>Not found</title>'],
    ['JSON but not a list', '{"models": []}'],
    ['a list of malformed entries', '[{"id": 42}, null, "liu2025-os"]'],
  ] as const) {
    test(`${name}: a clear message, no crash`, async ({ context, page }) => {
      await prepare(context);
      await context.route('**/models/index.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
      const w = watch(page);
      await page.goto('/');
      await expect(page.getByRole('alert')).toContainText('The model list could not be loaded', { timeout: 5_000 });
      await expect(page.getByRole('heading', { name: 'Nomogram calculator', level: 1 })).toBeVisible();
      await w.check();
    });
  }
});

/**
 * Exploring a case as a person does: a second scenario (B) compared with the patient (A), the
 * survival curves read with their slider, the icon arrays, what moves the risk, sharing the case
 * as a link and a QR code, links that must be refused, the tumour-board screen and its keys, a
 * logistic model, and the same in Chinese. Every figure is compared with the engine's.
 */
import { compileModel } from '../src/engine/compile.ts';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQRModule from 'jsqr';
import * as explore from '../src/engine/explore.ts';
import { iconCount } from '../src/engine/explore.ts';
import type { Inputs, Model } from '../src/model/types.ts';
import {
  acknowledged,
  defaults,
  duration,
  enterPatient,
  expectAllAgree,
  expectResultMatchesEngine,
  field,
  loadModel,
  num,
  openCalculator,
  pct,
  predictor,
  valueLabel,
} from './support.ts';

// The package is CommonJS; depending on the loader its function is the default export or its `default`.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as typeof jsQRModule;

const zh = JSON.parse(readFileSync(new URL('../public/locales/zh.json', import.meta.url), 'utf8')) as Record<string, string>;

// ---- What the page should say, from the engine ----

type Cox = Extract<Model, { kind: 'cox' }>;
const cox = (model: Model): Cox => {
  if (model.kind !== 'cox') throw new Error(`${model.id} is not a Cox model`);
  return model;
};

/** The comparison's words for B against A (Compare.tsx: rounded to whole percentage points). */
/** B − A as the page shows it: the difference of the two whole percentages shown, so they agree. */
const shownDifference = (a: number, b: number) => Math.round(b * 100) - Math.round(a * 100);

function difference(a: number, b: number): string {
  const d = shownDifference(a, b);
  if (d === 0) return 'the same to the nearest percentage point';
  return `${num(Math.abs(d))} percentage points ${d > 0 ? 'higher' : 'lower'}`;
}

/** The comparison table's B − A column: whole percentage points with their sign ("+9", "−4", "0"). */
function signed(a: number, b: number, format = num): string {
  const d = shownDifference(a, b);
  return d > 0 ? `+${format(d)}` : d < 0 ? `−${format(-d)}` : '0';
}

const median = (model: Cox, m: number | null | undefined) => (m == null ? 'not reached within the data' : duration(m, model.timeUnit, 1));

/** Survival at any time (not only the horizons), with its interval, as the engine gives it. */
function survivalAtTime(model: Model, inputs: Inputs, time: number) {
  const s = compileModel(model).predict(inputs, { times: [time] }).survival![0]!;
  if (s.estimate === null) throw new Error(`${model.id} has no survival at ${time}`);
  return { estimate: s.estimate, lower: s.lower!, upper: s.upper! };
}

const section = (page: Page) => page.locator('section.comparison');
const compareButton = (page: Page) => page.getByRole('button', { name: 'Compare with a second scenario (B)' });
const curveSlider = (page: Page) => page.getByRole('slider', { name: /^Read the curves at / });
const horizonRadio = (page: Page, label: string) =>
  page.getByRole('group', { name: 'Icon array and factors read at' }).getByRole('radio', { name: label, exact: true });
const icons = (page: Page, scenario: 'a' | 'b') => page.locator(`figure.icons.${scenario}`);

/**
 * The "A and B compared" section shows, at each horizon (or for the probability), A's and B's
 * figures as the engine computes them for each set of inputs, the difference in words, the
 * headline sentence, and each changed predictor with its caution.
 */
async function expectComparison(page: Page, model: Model, a: Inputs, b: Inputs, horizon?: number): Promise<void> {
  const pa = compileModel(model).predict(a);
  const pb = compileModel(model).predict(b);
  const s = section(page);
  await expect(s.getByRole('heading', { name: 'A and B compared' })).toBeVisible();
  const rows = s.locator('table.compare tbody tr');
  const figures =
    model.kind === 'cox'
      ? model.horizons.map((h, i) => ({ label: duration(h, model.timeUnit), a: pa.survival![i]!.estimate!, b: pb.survival![i]!.estimate! }))
      : [{ label: `Probability of ${model.event!.name.en}`, a: pa.probability!.estimate, b: pb.probability!.estimate }];
  const expected = figures.map((r) => [r.label, pct(r.a), pct(r.b), signed(r.a, r.b)]);
  if (model.kind === 'cox') expected.push(['Median survival', median(model, pa.medianSurvival), median(model, pb.medianSurvival), '']);
  await expect(rows).toHaveCount(expected.length);
  for (const [i, cells] of expected.entries()) {
    await expect(rows.nth(i).locator('th, td'), `row ${i + 1} of the comparison`).toHaveText(cells);
  }
  // The sentence reads at the horizon chosen (the second, the model's headline, until one is).
  const headline = figures[model.kind === 'cox' ? model.horizons.indexOf(horizon ?? model.horizons[1]!) : 0]!;
  const what = model.kind === 'cox' ? `${headline.label} survival` : headline.label;
  await expect(s.locator('p.compare-words')).toHaveText(
    `${what}: ${pct(headline.b)} in B and ${pct(headline.a)} in A, so B is ${difference(headline.a, headline.b)}.`,
  );
  const changed = model.predictors.filter((p) => a[p.id] !== b[p.id]);
  if (!changed.length) {
    await expect(s).toContainText('B is still the same as A');
    await expect(s.locator('ul.changed')).toHaveCount(0);
  } else {
    await expect(s.locator('ul.changed li')).toHaveText(
      changed.map(
        (p) =>
          `B differs in ${p.label.en}: ${valueLabel(p, b[p.id]!)} (A: ${valueLabel(p, a[p.id]!)}).${p.caution ? ` ${p.caution.en}` : ''}`,
      ),
    );
  }
}

/** The curve readout (text, slider label and what the slider announces) at `time` for A (and B). */
async function expectReadout(page: Page, model: Cox, time: number, scenarios: Inputs[]): Promise<void> {
  const parts = scenarios.map((inputs, i) => {
    const s = survivalAtTime(model, inputs, time);
    return `${'AB'[i]} ${pct(s.estimate)} (95% CI ${pct(s.lower)} to ${pct(s.upper)})`;
  });
  const when = duration(time, model.timeUnit, 1);
  await expect(page.locator('.cursor-control span')).toHaveText(`Read the curves at ${when}`);
  await expect(page.locator('p.readout')).toHaveText(`${when}: ${parts.join(' · ')}`);
  await expect(curveSlider(page)).toHaveAttribute('aria-valuetext', `${when}: ${parts.join('; ')}`);
}

/** 100 circles, of which the engine's count for this risk are filled, and the caption saying so. */
async function expectIcons(page: Page, model: Model, scenario: 'a' | 'b', inputs: Inputs, horizon?: number): Promise<number> {
  const risk = explore.riskAt(compileModel(model), inputs, horizon);
  if (risk === null) throw new Error('no risk at this horizon');
  const n = iconCount(risk);
  const figure = icons(page, scenario);
  await expect(figure.locator('circle')).toHaveCount(100);
  await expect(figure.locator('circle.on'), `filled icons of ${scenario.toUpperCase()}`).toHaveCount(n);
  await expect(figure.locator('circle.off')).toHaveCount(100 - n);
  const who = scenario === 'a' ? 'A: the patient' : 'B: scenario';
  // The reader's event, as the model file names it: "alive / died" only where it is death.
  const event = model.event!.name.en;
  const words =
    model.kind === 'cox'
      ? model.event!.death
        ? `${n} alive at ${duration(horizon!, model.timeUnit)} (filled), ${100 - n} died (empty).`
        : `${n} free of ${event} at ${duration(horizon!, model.timeUnit)} (filled), ${100 - n} with ${event} (empty).`
      : `${n} with ${event} (filled), ${100 - n} without (empty).`;
  await expect(figure.locator('figcaption')).toHaveText(`${who} ${words}`);
  return n;
}

/** Rows of "what moves the risk" in the engine's order, the first with the engine's lowest–highest risk. */
async function expectMovers(page: Page, model: Model, inputs: Inputs, horizon?: number): Promise<void> {
  const expected = explore.swings(compileModel(model), inputs, horizon);
  const rows = page.locator('table.movers tbody tr[data-predictor]');
  await expect(rows).toHaveCount(expected.length);
  for (const [i, s] of expected.entries())
    await expect(rows.nth(i), `row ${i + 1} of what moves the risk`).toHaveAttribute('data-predictor', s.id);
  const first = expected[0]!;
  const lo = Math.min(first.lowest.risk, first.highest.risk);
  const hi = Math.max(first.lowest.risk, first.highest.risk);
  const range = rows.first().locator('td').nth(1);
  await expect(range).toContainText(`${pct(lo)} – ${pct(hi)}`);
  await expect(range.locator('.span')).toHaveText(`a spread of ${num(first.span * 100)} percentage points`);
  await expect(rows.first().locator('th')).toHaveText(
    `${predictor(model, first.id).label.en}${valueLabel(predictor(model, first.id), inputs[first.id]!)}`,
  );
}

/** Starts comparing with the button, checks that B starts as a copy of A, and makes B's changes in the form. */
async function compareWith(page: Page, model: Model, a: Inputs, change: Inputs): Promise<Inputs> {
  await compareButton(page).click();
  await expect(page.getByRole('radio', { name: 'B: scenario' })).toBeChecked();
  await expect(section(page)).toContainText('B is still the same as A');
  await enterPatient(page, model, change);
  return { ...a, ...change };
}

/** A link's list of values, as src/app/link.ts writes it. */
const values = (inputs: Inputs) =>
  Object.entries(inputs)
    .map(([k, v]) => `${k}:${encodeURIComponent(String(v))}`)
    .join(',');

// ---- 1. Compare ----

test.describe('comparing the patient (A) with a second scenario (B)', () => {
  test('B starts as a copy of A; a different treatment in B is compared at every horizon, with its caution', async ({ page }) => {
    const model = await openCalculator(page, 'liu2025-os');
    const a = { ...defaults(model), pulmonaryMetastases: 6, nStage: 'high' };
    await enterPatient(page, model, a);
    await expectResultMatchesEngine(page, model, a);

    await compareButton(page).click();
    // B is the one being edited, and it is still A.
    await expect(page.getByRole('radio', { name: 'B: scenario' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'A: the patient' })).not.toBeChecked();
    await expect(section(page)).toContainText('B is still the same as A');
    await expectComparison(page, model, a, a);

    const b = { ...a, treatment: 'thal-ifo' };
    await enterPatient(page, model, { treatment: 'thal-ifo' });
    await expect(page.getByRole('radio', { name: 'B: scenario' })).toBeChecked();
    await expectComparison(page, model, a, b);
    // The direction and size as words, from the engine at the headline horizon.
    const h = cox(model).horizons[1]!;
    const [sa, sb] = [survivalAtTime(model, a, h).estimate, survivalAtTime(model, b, h).estimate];
    expect(shownDifference(sa, sb), 'the test needs a visible difference').not.toBe(0);
    await expect(section(page).locator('p.compare-words')).toContainText(
      `${num(Math.abs(shownDifference(sa, sb)))} percentage points ${sb > sa ? 'higher' : 'lower'}`,
    );
    // The treatment's caution: an association, not proof that choosing it would help.
    const caution = section(page).locator('ul.changed li .caution');
    await expect(caution).toHaveText(predictor(model, 'treatment').caution!.en);
    await expect(caution).toContainText(/association/i);
    await expect(caution).toContainText('not proof of benefit');
    // The caveat from this model's own design: a single-centre retrospective, non-randomised cohort.
    await expect(section(page).locator('p.note')).toHaveText(model.comparisonCaveat!.en);
    await expect(section(page).locator('p.note')).toContainText('not randomised');
    // While B is edited the form and the nomogram are B's (drawn in B's colour); the result stays the patient's.
    await expectAllAgree(page, model, b, a);
    await expect(page.locator('svg.nomogram')).toHaveClass(/\bb\b/);

    // Back to A: A was never touched.
    await page.getByRole('radio', { name: 'A: the patient' }).click();
    await expect(page.getByRole('radio', { name: 'A: the patient' })).toBeChecked();
    await expectAllAgree(page, model, a);
    await expectComparison(page, model, a, b);

    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await expect(section(page)).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'B: scenario' })).toHaveCount(0);
    await expect(icons(page, 'b')).toHaveCount(0);
    await expect(page.locator('svg.chart g.series.b')).toHaveCount(0);
    await expect(compareButton(page)).toBeVisible();
    await expectAllAgree(page, model, a);
  });

  test('a logistic model compares the probabilities of A and B', async ({ page }) => {
    const model = await openCalculator(page, 'birthwt-teaching');
    const a = { ...defaults(model), lwt: 110, smoke: 'yes' };
    await enterPatient(page, model, a);
    const b = await compareWith(page, model, a, { smoke: 'no' });
    await expectComparison(page, model, a, b);
    await expectResultMatchesEngine(page, model, a);
  });
});

// ---- 2. Curves ----

test.describe('survival curves', () => {
  test('table baseline (veteran-teaching): the slider moved with the keyboard and typed reads A and B as the engine', async ({ page }) => {
    const model = cox(await openCalculator(page, 'veteran-teaching'));
    const a = defaults(model);
    const b = await compareWith(page, model, a, { celltype: 'adeno', karno: 40 });
    const both = [a, b];
    const range = curveSlider(page);
    // It starts at the headline horizon.
    const start = model.horizons[1]!;
    await expect(range).toHaveValue(String(start));
    await expectReadout(page, model, start, both);

    await range.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(range).toHaveValue(String(start + 3));
    await expectReadout(page, model, start + 3, both);
    await page.keyboard.press('End');
    await expect(range).toHaveValue(String(compileModel(model).family.curveEnd));
    await expectReadout(page, model, compileModel(model).family.curveEnd, both);
    await page.keyboard.press('Home');
    await expect(range).toHaveValue('0');
    await expectReadout(page, model, 0, both);
    await range.fill('400');
    await expectReadout(page, model, 400, both);

    // One band and one curve per scenario.
    const series = page.locator('svg.chart g.series');
    await expect(series).toHaveCount(2);
    for (const key of ['a', 'b']) {
      await expect(page.locator(`svg.chart g.series.${key} path.band`)).toHaveAttribute('d', /^M[\d.]+,[\d.]+[LHV]/);
      await expect(page.locator(`svg.chart g.series.${key} path.curve`)).toHaveAttribute('d', /^M[\d.]+,[\d.]+[LHV]/);
    }
  });

  test('exponential baseline (liu2025-os): at the headline horizon the readout says what the survival table says', async ({ page }) => {
    const model = cox(await openCalculator(page, 'liu2025-os'));
    const a = defaults(model);
    await expect(page.locator('svg.chart g.series')).toHaveCount(1);
    await expect(page.locator('svg.chart g.series.a path.band')).toHaveAttribute('d', /^M/);
    await expect(page.locator('svg.chart g.series.a path.curve')).toHaveAttribute('d', /^M/);
    await expectResultMatchesEngine(page, model, a);
    // The thumb stands where the label says, on the horizon.
    expect.soft(Number(await curveSlider(page).inputValue()), 'the slider’s value').toBe(model.horizons[1]!);
    await expectReadout(page, model, model.horizons[1]!, [a]);
  });

  test('exponential baseline (liu2025-os): the slider moved with End, Home and the arrows reads the engine at the time shown', async ({
    page,
  }) => {
    const model = cox(await openCalculator(page, 'liu2025-os'));
    const a = defaults(model);
    const b = await compareWith(page, model, a, { ldh: 'high' });
    await expect(page.locator('svg.chart g.series')).toHaveCount(2);
    const range = curveSlider(page);
    await range.focus();
    await page.keyboard.press('End');
    await expect(range).toHaveValue(String(compileModel(model).family.curveEnd));
    await expectReadout(page, model, compileModel(model).family.curveEnd, [a, b]);
    await page.keyboard.press('Home');
    await expect(range).toHaveValue('0');
    await expectReadout(page, model, 0, [a, b]);
    for (let i = 0; i < 41; i++) await page.keyboard.press('ArrowRight');
    const time = Number(await range.inputValue());
    expect(time).toBeGreaterThan(0);
    await expectReadout(page, model, time, [a, b]);
  });
});

// ---- 3. Icon arrays ----

test.describe('icon arrays', () => {
  test('100 icons, the engine’s number filled, at the horizon chosen; with B, two arrays of 100', async ({ page }) => {
    const model = cox(await openCalculator(page, 'liu2025-os'));
    const a = { ...defaults(model), pulmonaryMetastases: 4 };
    await enterPatient(page, model, a);
    await expect(horizonRadio(page, duration(model.horizons[1]!, model.timeUnit))).toBeChecked();
    const counts = [await expectIcons(page, model, 'a', a, model.horizons[1]!)];
    await expect(icons(page, 'b')).toHaveCount(0);
    for (const h of [model.horizons[2]!, model.horizons[0]!]) {
      await horizonRadio(page, duration(h, model.timeUnit)).click();
      await expect(horizonRadio(page, duration(h, model.timeUnit))).toBeChecked();
      counts.push(await expectIcons(page, model, 'a', a, h));
    }
    expect(new Set(counts).size, 'the horizons give different counts').toBe(3);

    const b = await compareWith(page, model, a, { ldh: 'high', treatment: 'thal-ifo' });
    const h = model.horizons[0]!;
    await expect(page.locator('.icon-arrays figure')).toHaveCount(2);
    await expectIcons(page, model, 'a', a, h);
    await expectIcons(page, model, 'b', b, h);
    await horizonRadio(page, duration(model.horizons[2]!, model.timeUnit)).click();
    await expectIcons(page, model, 'a', a, model.horizons[2]!);
    await expectIcons(page, model, 'b', b, model.horizons[2]!);
  });
});

// ---- 4. What moves the risk ----

test.describe('what moves the risk', () => {
  test('liu2025-os: rows in the engine’s order, the first with its lowest–highest risk, at each horizon', async ({ page }) => {
    const model = cox(await openCalculator(page, 'liu2025-os'));
    const a = { ...defaults(model), pulmonaryMetastases: 7, tStage: 'high' };
    await enterPatient(page, model, a);
    await expectMovers(page, model, a, model.horizons[1]!);
    await expect(page.locator('table.movers caption')).toContainText(
      `the range of ${duration(model.horizons[1]!, model.timeUnit)} survival the model gives`,
    );
    await expect(page.locator('table.movers caption')).toContainText('an association, not an effect');
    await horizonRadio(page, duration(model.horizons[2]!, model.timeUnit)).click();
    await expectMovers(page, model, a, model.horizons[2]!);
    await expect(page.locator('table.movers caption')).toContainText(
      `the range of ${duration(model.horizons[2]!, model.timeUnit)} survival the model gives`,
    );
  });

  test('veteran-teaching: rows in the engine’s order for a spline predictor too', async ({ page }) => {
    const model = cox(await openCalculator(page, 'veteran-teaching'));
    const a = { ...defaults(model), karno: 30, age: 45, celltype: 'large' };
    await enterPatient(page, model, a);
    await expectMovers(page, model, a, model.horizons[1]!);
  });
});

// ---- 5. Share ----

/** The QR code as it is drawn on screen, decoded from its pixels. */
async function decodeQr(page: Page, qr: Locator): Promise<string | null> {
  const png = await qr.screenshot();
  // Pixels from a blank page of the same browser (the app's CSP rightly allows no data: images).
  const blank = await page.context().newPage();
  try {
    await blank.setContent('<canvas></canvas>');
    const image = await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.querySelector('canvas')!;
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height);
      return { width: d.width, height: d.height, data: Array.from(d.data) };
    }, png.toString('base64'));
    return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
  } finally {
    await blank.close();
  }
}

test.describe('sharing a case', () => {
  test('while B is invalid the patient keeps every figure, and a shared link carries A without B', async ({ page }) => {
    const model = cox(await openCalculator(page, 'liu2025-os'));
    const a = { ...defaults(model), pulmonaryMetastases: 4 };
    await enterPatient(page, model, a);
    await compareWith(page, model, a, { treatment: 'thal-ifo' });
    await field(page, 'pulmonaryMetastases').getByRole('textbox').fill('99');
    await expect(section(page)).toContainText('No comparison until every input of both A and B is valid.');
    // The patient's survival table stays on screen, and on paper.
    await expectResultMatchesEngine(page, model, a);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('section.result table.survival')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('dialog', { name: 'Share this case' }).locator('input#share-link').inputValue();
    expect(link).toContain(`a=${values(a)}`);
    expect(link).not.toContain('&b=');
  });

  test('a horizon chosen on one model is not carried into a link for the next', async ({ page }) => {
    const vet = cox(await openCalculator(page, 'veteran-teaching'));
    await horizonRadio(page, duration(vet.horizons[2]!, vet.timeUnit)).click();
    await page.locator('#model-select').selectOption('liu2025-os@1.0.0');
    await expect(page.locator('footer')).toContainText('liu2025-os 1.0.0');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('dialog', { name: 'Share this case' }).locator('input#share-link').inputValue();
    expect(link).not.toContain('&h=');
    const second = await page.context().newPage();
    await acknowledged(second);
    await second.goto(link);
    await expect(second.locator('#model-select')).toHaveValue('liu2025-os@1.0.0');
    await expect(second.locator('.notice')).toHaveCount(0);
  });

  test('the link reopens the same model, A and B and horizon in a new page, and the QR code holds exactly that link', async ({
    page,
    context,
    baseURL,
  }) => {
    // Two whole cases in two pages and a QR decoded: about 22 s on a quiet machine, so three times
    // the usual time rather than one, for a busy one.
    test.slow();
    const model = cox(await openCalculator(page, 'liu2025-os'));
    const a = { ...defaults(model), pulmonaryMetastases: 9, radiotherapy: 'yes' };
    await enterPatient(page, model, a);
    const b = await compareWith(page, model, a, { treatment: 'thal-ifo', ldh: 'high' });
    const h = model.horizons[2]!;
    await horizonRadio(page, duration(h, model.timeUnit)).click();
    await expectComparison(page, model, a, b, h);
    const shownComparison = await section(page).locator('table.compare').innerText();

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this case' });
    await expect(dialog).toBeVisible();
    const link = await dialog.locator('input#share-link').inputValue();
    expect(link.startsWith(`${new URL(baseURL!).origin}/#m=liu2025-os@1.0.0&`), link).toBe(true);
    expect(link).toContain(`h=${h}`);

    const qr = dialog.locator('svg.qr');
    await expect(qr).toBeVisible();
    expect(await decodeQr(page, qr), 'the QR code, decoded').toBe(link);

    const second = await context.newPage();
    await acknowledged(second);
    await second.goto(link);
    await expect(second.locator('#model-select')).toHaveValue('liu2025-os@1.0.0');
    await expectComparison(second, model, a, b, h);
    expect(await section(second).locator('table.compare').innerText()).toBe(shownComparison);
    await expect(horizonRadio(second, duration(h, model.timeUnit))).toBeChecked();
    await expectIcons(second, model, 'a', a, h);
    await expectIcons(second, model, 'b', b, h);
    // It opens on the patient.
    await expect(second.getByRole('radio', { name: 'A: the patient' })).toBeChecked();
    await expectAllAgree(second, model, a);
    await second.close();
  });
});

// ---- 6. Links ----

test.describe('links', () => {
  test('a B value out of range is refused, naming the predictor, and nothing from the link is applied', async ({ page }) => {
    const model = loadModel('liu2025-os');
    const a = { ...defaults(model), pulmonaryMetastases: 9, ldh: 'high' };
    await acknowledged(page);
    await page.goto(`/#m=liu2025-os@1.0.0&a=${values(a)}&b=${values({ ...a, pulmonaryMetastases: 99 })}&h=36`);
    const notice = page.locator('.notice');
    await expect(notice).toContainText('This link was refused and nothing from it was applied');
    await expect(notice).toContainText(predictor(model, 'pulmonaryMetastases').label.en);
    await expect(notice).toContainText('B');
    // The default case, not the link's A, no comparison, the default horizon.
    await expectAllAgree(page, model, defaults(model));
    await expect(section(page)).toHaveCount(0);
    await expect(horizonRadio(page, duration(cox(model).horizons[1]!, cox(model).timeUnit))).toBeChecked();
  });

  test('a horizon the model does not have is refused', async ({ page }) => {
    const model = loadModel('liu2025-os');
    const a = { ...defaults(model), nStage: 'high' };
    await acknowledged(page);
    await page.goto(`/#m=liu2025-os@1.0.0&a=${values(a)}&b=${values({ ...a, treatment: 'thal-ifo' })}&h=7`);
    const notice = page.locator('.notice');
    await expect(notice).toContainText('This link was refused and nothing from it was applied');
    await expect(notice).toContainText('the horizon 7 is not one of this model');
    await expectAllAgree(page, model, defaults(model));
    await expect(section(page)).toHaveCount(0);
  });

  test('a link that names only a model opens it at its starting values, none marked as set', async ({ page }) => {
    const model = cox(loadModel('veteran-teaching'));
    await acknowledged(page);
    await page.goto('/#m=veteran-teaching@1.0.0');
    await expect(page.locator('#model-select')).toHaveValue('veteran-teaching@1.0.0');
    await expect(page.locator('.notice')).toHaveCount(0);
    await expectAllAgree(page, model, defaults(model));
    const unset = page.locator('.unset');
    await expect(unset).toContainText('Still at their starting values, not set by you:');
    for (const p of model.predictors) await expect(unset).toContainText(p.label.en);
  });

  test('a link with B and a horizon opens comparing, at that horizon', async ({ page }) => {
    const model = cox(loadModel('veteran-teaching'));
    const a = { ...defaults(model), karno: 50, celltype: 'smallcell' };
    const b = { ...a, trt: 'test', prior: 'yes' };
    const h = model.horizons[0]!;
    await acknowledged(page);
    await page.goto(`/#m=veteran-teaching@1.0.0&a=${values(a)}&b=${values(b)}&h=${h}`);
    await expect(page.locator('#model-select')).toHaveValue('veteran-teaching@1.0.0');
    await expect(page.locator('.notice')).toHaveCount(0);
    await expectComparison(page, model, a, b, h);
    await expect(horizonRadio(page, duration(h, model.timeUnit))).toBeChecked();
    await expectIcons(page, model, 'a', a, h);
    await expectIcons(page, model, 'b', b, h);
    await expectMovers(page, model, a, h);
    await expectAllAgree(page, model, a);
  });
});

// ---- 7. Tumour board ----

test.describe('tumour-board mode and keys', () => {
  test('single-key shortcuts can be turned off (WCAG 2.1.4), and stay off on this device', async ({ page }) => {
    await openCalculator(page, 'liu2025-os');
    const html = page.locator('html');
    const theme = await html.getAttribute('data-theme');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const on = dialog.getByRole('checkbox', { name: /Single-key shortcuts on/ });
    await expect(on).toBeChecked();
    await on.uncheck();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    for (const key of ['d', 'b', 'c', '?']) await page.keyboard.press(key);
    await expect(html).toHaveAttribute('data-theme', theme!);
    await expect(html).not.toHaveClass(/\bboard\b/);
    await expect(section(page)).toHaveCount(0);
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(page.locator('svg.nomogram')).toBeVisible();
    await page.keyboard.press('d');
    await expect(html).toHaveAttribute('data-theme', theme!);
    // The list is still one button away, and turns them back on.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts on/ }).check();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await page.keyboard.press('d');
    await expect(html).not.toHaveAttribute('data-theme', theme!);
  });

  test('at 1920×1080 the nomogram and the comparison are both on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const model = await openCalculator(page, 'liu2025-os');
    await compareWith(page, model, defaults(model), { treatment: 'thal-ifo' });
    await page.getByRole('button', { name: 'Tumour board' }).click();
    await expect(page.locator('html')).toHaveClass(/(^|\s)board(\s|$)/);
    // Folded into the menu on the board, and pressed.
    await expect(page.locator('nav.tools [data-tool="board"]')).toHaveAttribute('aria-pressed', 'true');
    await page.evaluate(() => scrollTo(0, 0));
    // Saved before the check, so a failure can be looked at.
    await page.screenshot({ path: 'e2e/screenshots/board-liu2025-os-1920x1080.png' });
    const outside = async () => {
      const out: string[] = [];
      for (const [name, loc] of [
        ['the nomogram', page.locator('svg.nomogram')],
        ['the comparison', section(page)],
      ] as const) {
        const b = await loc.boundingBox();
        if (!b) out.push(`${name} is not shown`);
        else if (b.x < 0 || b.y < 0 || b.x + b.width > 1920 + 0.5 || b.y + b.height > 1080 + 0.5) {
          out.push(`${name} at x ${b.x.toFixed(0)}–${(b.x + b.width).toFixed(0)}, y ${b.y.toFixed(0)}–${(b.y + b.height).toFixed(0)}`);
        }
      }
      return out;
    };
    await expect.poll(outside, { message: 'parts outside the first 1920×1080 screen', timeout: 3000 }).toEqual([]);
    // `b` leaves it again.
    await page.locator('main').focus();
    await page.keyboard.press('b');
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)board(\s|$)/);
  });

  test('keys: ? lists them, b board, d theme, c compare, x switches scenario; none while typing', async ({ page }) => {
    await openCalculator(page, 'liu2025-os');
    const html = page.locator('html');
    await page.locator('main').focus();

    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(keys).toBeVisible();
    for (const [key, what] of [
      ['?', 'Show or hide these shortcuts'],
      ['b', 'Tumour-board mode: large type, comparison beside the nomogram'],
      ['c', 'Compare with scenario B'],
      ['x', 'Switch between editing A and B'],
      ['d', 'Dark or light theme'],
      ['s', 'Share: link and QR code'],
    ]) {
      await expect(
        keys
          .locator('dl.keys > div')
          .filter({ has: page.locator('kbd').getByText(key!, { exact: true }) })
          .locator('dd'),
      ).toHaveText(what!);
    }
    await page.keyboard.press('Escape');
    await expect(keys).toBeHidden();

    await page.keyboard.press('b');
    await expect(html).toHaveClass(/(^|\s)board(\s|$)/);
    await page.keyboard.press('b');
    await expect(html).not.toHaveClass(/(^|\s)board(\s|$)/);

    const theme = await html.getAttribute('data-theme');
    expect(['light', 'dark']).toContain(theme);
    const other = theme === 'light' ? 'dark' : 'light';
    await page.keyboard.press('d');
    await expect(html).toHaveAttribute('data-theme', other);
    await page.keyboard.press('d');
    await expect(html).toHaveAttribute('data-theme', theme!);

    await page.keyboard.press('c');
    await expect(section(page)).toBeVisible();
    await expect(page.getByRole('radio', { name: 'B: scenario' })).toBeChecked();
    await page.keyboard.press('x');
    await expect(page.getByRole('radio', { name: 'A: the patient' })).toBeChecked();
    await page.keyboard.press('x');
    await expect(page.getByRole('radio', { name: 'B: scenario' })).toBeChecked();
    // A stray c never throws B away: stopping takes the button.
    await page.keyboard.press('c');
    await expect(section(page)).toBeVisible();
    await page.getByRole('button', { name: 'Stop comparing' }).click();
    await expect(section(page)).toHaveCount(0);

    // Typed into a text field, the same letters are text, not commands.
    const box = field(page, 'pulmonaryMetastases').getByRole('textbox');
    await box.fill('');
    await box.pressSequentially('bdcx?');
    await expect(box).toHaveValue('bdcx?');
    await expect(html).not.toHaveClass(/(^|\s)board(\s|$)/);
    await expect(html).toHaveAttribute('data-theme', theme!);
    await expect(section(page)).toHaveCount(0);
    await expect(keys).toBeHidden();
    await box.fill('3');
    await expect(page.locator('section.result table.survival')).toBeVisible();
  });
});

// ---- 8. Logistic ----

test.describe('a logistic model (birthwt-teaching)', () => {
  test('probability bars and the icon array are the engine’s probability, for A and B', async ({ page }) => {
    const model = await openCalculator(page, 'birthwt-teaching');
    const a = { ...defaults(model), age: 19, lwt: 100, smoke: 'yes', ptd: 'yes' };
    await enterPatient(page, model, a);
    await expectResultMatchesEngine(page, model, a);
    const bar = (key: 'a' | 'b', inputs: Inputs) => {
      const p = compileModel(model).predict(inputs).probability!;
      const who = key === 'a' ? 'A: the patient' : 'B: scenario';
      return [
        expect(page.locator(`.bars .bar.${key} .bar-value`)).toHaveText(`${pct(p.estimate)} (${pct(p.lower)} – ${pct(p.upper)})`),
        expect(page.locator(`.bars .bar.${key} .bar-label`)).toHaveText(who),
      ];
    };
    await Promise.all(bar('a', a));
    await expect(page.locator('.bars .bar')).toHaveCount(1);
    await expectIcons(page, model, 'a', a);
    await expect(icons(page, 'a').locator('circle.on')).toHaveCount(iconCount(compileModel(model).predict(a).probability!.estimate));
    // No horizons for a logistic model.
    await expect(page.locator('fieldset.horizon')).toHaveCount(0);
    await expect(page.locator('svg.chart')).toHaveCount(0);
    await expectMovers(page, model, a);

    const b = await compareWith(page, model, a, { smoke: 'no', ptd: 'no' });
    await expect(page.locator('.bars .bar')).toHaveCount(2);
    await Promise.all([...bar('a', a), ...bar('b', b)]);
    await expectIcons(page, model, 'a', a);
    await expectIcons(page, model, 'b', b);
  });
});

// ---- 9. Language ----

test.describe('in Chinese', () => {
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  const zhNum = (x: number, digits = 0) =>
    new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x);
  const zhPct = (p: number) =>
    p < 0.001 ? `<${zhNum(0.1, 1)}%` : p > 0.999 ? `>${zhNum(99.9, 1)}%` : `${zhNum(p * 100, p < 0.1 || p > 0.9 ? 1 : 0)}%`;
  const zhDays = (n: number, digits = 0) => `${zhNum(n, digits)}天`;
  const zhDiff = (a: number, b: number) => {
    const d = shownDifference(a, b);
    return d === 0 ? zh.diffSame! : fill(d > 0 ? zh.diffHigher! : zh.diffLower!, { n: zhNum(Math.abs(d)) });
  };

  test('comparison and curve headings from zh.json, and the same engine figures', async ({ page }) => {
    const model = cox(await openCalculator(page, 'veteran-teaching'));
    expect(model.timeUnit).toBe('days');
    const a = { ...defaults(model), karno: 40 };
    await enterPatient(page, model, a);
    const b = await compareWith(page, model, a, { trt: 'test', celltype: 'smallcell' });
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await expect(page.locator('#compare-heading')).toHaveText(zh.compareHeading!);
    await expect(page.locator('#explore-heading')).toHaveText(zh.curvesHeading!);
    await expect(page.locator('section.explore h3')).toHaveText([zh.iconsHeading!, zh.moversHeading!]);
    await expect(page.locator('table.compare thead th')).toHaveText([zh.time!, 'A', 'B', zh.difference!]);

    const pa = compileModel(model).predict(a);
    const pb = compileModel(model).predict(b);
    const rows = page.locator('table.compare tbody tr');
    for (const [i, h] of model.horizons.entries()) {
      const [sa, sb] = [pa.survival![i]!.estimate!, pb.survival![i]!.estimate!];
      await expect(rows.nth(i).locator('th, td')).toHaveText([zhDays(h), zhPct(sa), zhPct(sb), signed(sa, sb, zhNum)]);
    }
    const zhMedian = (m: number | null | undefined) => (m == null ? zh.medianNotReached! : zhDays(m, 1));
    await expect(rows.nth(model.horizons.length).locator('th, td')).toHaveText([
      zh.median!,
      zhMedian(pa.medianSurvival),
      zhMedian(pb.medianSurvival),
      '',
    ]);

    const h = model.horizons[1]!;
    const [ha, hb] = [survivalAtTime(model, a, h).estimate, survivalAtTime(model, b, h).estimate];
    await expect(page.locator('p.compare-words')).toHaveText(
      fill(zh.compareSentence!, { what: fill(zh.survivalAt!, { time: zhDays(h) }), a: zhPct(ha), b: zhPct(hb), diff: zhDiff(ha, hb) }),
    );

    // The curves' readout at the headline horizon.
    const parts = [a, b].map((inputs, i) => {
      const s = survivalAtTime(model, inputs, h);
      return fill(zh.curveReadout!, { s: 'AB'[i]!, v: zhPct(s.estimate), lo: zhPct(s.lower), hi: zhPct(s.upper) });
    });
    await expect(page.locator('.cursor-control span')).toHaveText(fill(zh.readAt!, { time: zhDays(h, 1) }));
    await expect(page.locator('p.readout')).toHaveText(`${zhDays(h, 1)}${zh.colon}${parts.join(' · ')}`);

    // The icon arrays, in Chinese words.
    for (const [key, inputs] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const n = iconCount(explore.riskAt(compileModel(model), inputs, h)!);
      await expect(icons(page, key).locator('circle.on')).toHaveCount(n);
      await expect(icons(page, key).locator('figcaption')).toHaveText(
        fill(zh.iconsCaption!, {
          scenario: key === 'a' ? zh.scenarioA! : zh.scenarioB!,
          text: fill(zh.iconsSurvival!, { n, m: 100 - n, time: zhDays(h) }),
        }),
      );
    }
  });
});

import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { compileModel } from '../src/engine/compile.ts';
import { defaultValue, inputColumns } from '../src/engine/inputs.ts';
import type { Inputs, Model } from '../src/model/types.ts';
import { FAMILY_IDS, acknowledged, duration, field, loadModel, num, pct, resultSection, valueLabel } from './support.ts';

/*
 * The other model families as a person meets them: a parametric survival model, a Fine-Gray
 * competing-risks model, a stratified Cox model and a Cox model with an interaction, each opened
 * from the picker on a phone and on a projector, every figure the engine's, nothing wider than the
 * screen, no axe violation, and what makes each family different (its words, its stratum, its
 * interaction's rows) doing what it should.
 */

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
test.use({ bypassCSP: true });

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function open(page: Page, id: string): Promise<Model> {
  await acknowledged(page);
  await page.goto('/');
  await expect(page.locator('#model-select')).toBeEnabled();
  await page.locator('#model-select').selectOption(`${id}@1.0.0`);
  await expect(page.locator('footer')).toContainText(`${id} 1.0.0`);
  await expect(page.locator('svg.nomogram')).toBeVisible();
  return loadModel(id as (typeof FAMILY_IDS)[number]);
}

/** The defaults the page opens with, the stratum included. */
const start = (model: Model): Inputs => Object.fromEntries(inputColumns(model).map((p) => [p.id, defaultValue(p)]));

/** Every figure of the result: each time's estimate and interval, the frequency sentence, the median (not for incidence), the total. */
async function expectFigures(page: Page, model: Model, inputs: Inputs): Promise<void> {
  if (model.kind === 'logistic') throw new Error('a timed model only');
  const r = compileModel(model).predict(inputs);
  const rows = r.survival ?? r.cumulativeIncidence!;
  const section = resultSection(page);
  for (const row of rows) {
    const tr = section.locator(`table.survival tr[data-time="${row.time}"]`);
    await expect(tr.locator('th')).toHaveText(duration(row.time, model.timeUnit));
    await expect(tr.locator('td.estimate')).toHaveText(pct(row.estimate!));
    await expect(tr.locator('td.interval')).toHaveText(`${pct(row.lower!)} – ${pct(row.upper!)}`);
  }
  const shown = rows.filter((s) => s.estimate !== null);
  const h = shown[Math.min(1, shown.length - 1)]!;
  const n = (p: number) => num(Math.round(p * 100));
  const time = duration(h.time, model.timeUnit);
  await expect(section.locator('p.frequency')).toHaveText(
    model.kind === 'fineGray'
      ? `Of 100 patients like this, about ${n(h.estimate!)} would have had ${model.event!.name.en} by ${time} (95% CI ${n(h.lower!)} to ${n(h.upper!)}).`
      : `Of 100 patients like this, about ${n(h.estimate!)} would be alive at ${time} (95% CI ${n(h.lower!)} to ${n(h.upper!)}).`,
  );
  if (model.kind === 'fineGray') await expect(section.locator('p.median')).toHaveCount(0);
  else
    await expect(section.locator('p.median')).toHaveText(
      `Median survival: ${r.medianSurvival == null ? 'not reached within the data' : duration(r.medianSurvival, model.timeUnit, 1)}`,
    );
  await expect(section.locator('p.total')).toHaveText(`Total points: ${num(r.totalPoints, 1)}`);
}

for (const id of FAMILY_IDS) {
  for (const [width, height] of [
    [390, 844],
    [1920, 1080],
  ] as const) {
    test(`${id} at ${width}×${height}: the engine's figures, a changed patient, nothing wider than the screen, no axe violation`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const model = await open(page, id);
      const inputs = start(model);
      await expectFigures(page, model, inputs);

      // A changed patient through the form: a categorical input (the stratum, when there is one) and a number.
      const choice =
        inputColumns(model).at(-1)!.type === 'categorical'
          ? inputColumns(model).at(-1)!
          : inputColumns(model).find((p) => p.type === 'categorical')!;
      if (choice.type !== 'categorical') throw new Error('every teaching model has a categorical input');
      const other = choice.levels.find((l) => l.id !== inputs[choice.id])!;
      await field(page, choice.id)
        .getByRole('radio', { name: valueLabel(choice, other.id), exact: true })
        .click();
      const numeric = model.predictors.find((p) => p.type !== 'categorical')!;
      if (!('axis' in numeric)) throw new Error('unreachable');
      const value = numeric.axis.min;
      await field(page, numeric.id).getByRole('textbox').fill(String(value));
      const changed = { ...inputs, [choice.id]: other.id, [numeric.id]: value };
      await expectFigures(page, model, changed);

      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('a Fine-Gray model speaks of the incidence of its event and names the competing event, in the result, the nomogram and the curves', async ({
  page,
}) => {
  const model = await open(page, 'mgus-finegray-teaching');
  if (model.kind !== 'fineGray') throw new Error('a Fine-Gray model');
  const section = resultSection(page);
  await expect(section.locator('h2')).toContainText(`Cumulative incidence of ${model.event!.name.en}`);
  await expect(section).toContainText(`Competing event: ${model.competingEvent.en}.`);
  await expect(section).not.toContainText('survival');
  await expect(page.locator('svg.nomogram .ruler.risk').first()).toContainText(
    new RegExp(`${duration(model.horizons[0]!, model.timeUnit)}\\s*cumulative incidence`),
  );
  await expect(page.locator('section.explore h2')).toHaveText('Cumulative incidence curves');
  await expect(page.locator('section.explore')).not.toContainText('median survival');
});

test('a stratified model: the stratum is an input, and the survival axes and figures follow it', async ({ page }) => {
  const model = await open(page, 'veteran-strata-teaching');
  if (model.kind !== 'cox' || !model.stratum) throw new Error('a stratified Cox model');
  const s = model.stratum;
  const axes = page.locator('svg.nomogram .ruler.risk');
  const first = s.levels.find((l) => l.id === (s.default ?? s.levels[0]!.id))!;
  const other = s.levels.find((l) => l.id !== first.id)!;
  const which = page.locator('.nomogram-box p.stratum');
  await expect(which).toHaveText(`The survival scales below are those of ${s.label.en}: ${first.label.en}.`);
  const before = await axes.first().innerHTML();
  await field(page, s.id).getByRole('radio', { name: other.label.en, exact: true }).click();
  await expect(which).toHaveText(`The survival scales below are those of ${s.label.en}: ${other.label.en}.`);
  // Another stratum, another baseline: the survival ticks move.
  await expect.poll(() => axes.first().innerHTML()).not.toBe(before);
  await expectFigures(page, model, { ...start(model), [s.id]: other.id });
  // A link carries the stratum, and opens it again.
  await expect(resultSection(page).locator('p.profile')).toContainText(`${s.label.en}: ${other.label.en}`);
});

test('an interaction is drawn as rms draws it: one row per level of the other predictor, the patient’s a slider, a tap on another moves them to it', async ({
  page,
}) => {
  const model = await open(page, 'lung-interaction-teaching');
  const i = model.interactions![0]!;
  const c = compileModel(model);
  const ci = c.interactions[0]!;
  const by = ci.first.predictor.type === 'categorical' ? ci.first.predictor : ci.second.predictor;
  const along = by === ci.first.predictor ? ci.second.predictor : ci.first.predictor;
  if (by.type !== 'categorical') throw new Error('a categorical predictor in the interaction');
  const rows = page.locator(`svg.nomogram g.axis[data-predictor="${along.id}"]`);
  await expect(rows).toHaveCount(by.levels.length);
  const inputs = start(model);
  const mine = page.locator(`svg.nomogram g[role=slider][data-predictor="${along.id}"]`);
  await expect(mine).toHaveCount(1);
  await expect(mine).toHaveAttribute('data-level', String(inputs[by.id]));
  // Its points are the interaction row's: both main effects and the product, as predict() adds them.
  const points = (x: Inputs) => num((ci.contribution(x) - ci.min) * c.scale);
  await expect(mine).toHaveAttribute('aria-valuetext', new RegExp(`${points(inputs)} pts$`));
  // The arrow keys move the patient along their own row.
  await mine.focus();
  await page.keyboard.press('ArrowRight');
  const step = { ...inputs, [along.id]: Number(inputs[along.id]) + 1 };
  await expect(mine).toHaveAttribute('aria-valuetext', new RegExp(`${points(step)} pts$`));
  await expectFigures(page, model, step);
  // The other predictor's level chooses the row.
  const other = by.levels.find((l) => l.id !== inputs[by.id])!;
  await field(page, by.id).getByRole('radio', { name: other.label.en, exact: true }).click();
  await expect(mine).toHaveAttribute('data-level', other.id);
  await expectFigures(page, model, { ...step, [by.id]: other.id });
  expect(i.between).toContain(along.id);

  // A tap on another level's row, as on paper: the patient at that level, at the value tapped.
  const back = String(inputs[by.id]);
  const row = page.locator(`svg.nomogram g.axis.inactive[data-predictor="${along.id}"][data-level="${back}"]`);
  if (along.type === 'categorical') throw new Error('a numeric predictor along the rows');
  const value = along.axis.ticks.find((v) => v !== step[along.id])!;
  const tick = row.locator(`line.tick[data-value="${value}"]`).first();
  await row.scrollIntoViewIfNeeded(); // a mouse taps what is on screen
  const [x1, y1] = await tick.evaluate((l) => [Number(l.getAttribute('x1')), Number(l.getAttribute('y1'))]);
  const box = (await page.locator('svg.nomogram').boundingBox())!;
  await page.mouse.click(box.x + x1!, box.y + y1!);
  await expect(mine).toHaveAttribute('data-level', back);
  await expect(field(page, by.id).getByRole('radio', { name: by.levels.find((l) => l.id === back)!.label.en, exact: true })).toBeChecked();
  await expectFigures(page, model, { ...step, [by.id]: back, [along.id]: value });
});

/** The page in Chinese, as a person switches it from the tools (the menu on a phone). */
async function inChinese(page: Page): Promise<void> {
  const menu = page.locator('.top .menu-toggle');
  if (await menu.isVisible()) await menu.click();
  await page.locator('.top [data-tool="language"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

for (const [width, height] of [
  [390, 844],
  [1920, 1080],
] as const) {
  test(`in Chinese at ${width}×${height}: each family's own words, nothing wider than the screen, no axe violation`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const section = resultSection(page);

    const fg = await open(page, 'mgus-finegray-teaching');
    if (fg.kind !== 'fineGray') throw new Error('a Fine-Gray model');
    await inChinese(page);
    await expect(section.locator('h2')).toContainText(`${fg.event!.name.zh}的累积发生率`);
    await expect(section).toContainText(`竞争事件：${fg.competingEvent.zh}。`);
    await expect(section).not.toContainText('生存');
    await expect(page.locator('svg.nomogram .ruler.risk').first()).toContainText('累积发生率');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const strata = await open(page, 'veteran-strata-teaching');
    await inChinese(page);
    if (strata.kind !== 'cox' || !strata.stratum) throw new Error('a stratified Cox model');
    const level = strata.stratum.levels.find((l) => l.id === (strata.stratum!.default ?? strata.stratum!.levels[0]!.id))!;
    await expect(page.locator('.nomogram-box p.stratum')).toHaveText(`下方的生存率刻度对应${strata.stratum.label.zh}：${level.label.zh}。`);
    expect(await axeViolations(page)).toEqual([]);

    const lung = await open(page, 'lung-interaction-teaching');
    await inChinese(page);
    const ci = compileModel(lung).interactions[0]!;
    const [by, along] =
      ci.first.predictor.type === 'categorical' ? [ci.first.predictor, ci.second.predictor] : [ci.second.predictor, ci.first.predictor];
    if (by.type !== 'categorical') throw new Error('a categorical predictor in the interaction');
    const at = by.levels.find((l) => l.id === start(lung)[by.id])!;
    await expect(page.locator(`svg.nomogram g[role=slider][data-predictor="${along.id}"]`)).toHaveAttribute(
      'aria-label',
      `${along.label.zh}（${by.label.zh}：${at.label.zh}）`,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await open(page, 'colon-weibull-teaching');
    await inChinese(page);
    await expect(section.locator('p.median')).toContainText('中位生存期');
    expect(await axeViolations(page)).toEqual([]);
  });
}

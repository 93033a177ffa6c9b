/**
 * What the end-to-end specs share: opening the calculator the way a person does, reading the
 * model files the app serves, and the engine's figures formatted the way the screen shows them.
 */
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { compileModel } from '../src/engine/compile.ts';
import { defaultValue } from '../src/engine/inputs.ts';
import type { Prediction } from '../src/engine/predict.ts';
import { loadModelFile } from '../src/model/load.ts';
import type { Inputs, Model, Predictor } from '../src/model/types.ts';
import { levelsAsDrawn } from '../src/app/nomogram/segments.ts';

export const MODEL_IDS = ['liu2025-os', 'liu2025-os-full', 'veteran-teaching', 'birthwt-teaching'] as const;
/** The teaching models of the other families (format version 2): e2e/families.spec.ts. */
export const FAMILY_IDS = [
  'colon-weibull-teaching',
  'mgus-finegray-teaching',
  'veteran-strata-teaching',
  'lung-interaction-teaching',
] as const;
export type ModelId = (typeof MODEL_IDS)[number] | (typeof FAMILY_IDS)[number];

const models = new Map<string, Model>();

/** A bundled model file, loaded as the build loads it. */
export function loadModel(id: ModelId): Model {
  let m = models.get(id);
  if (!m) {
    const loaded = loadModelFile(fileURLToPath(new URL(`../models/${id}/1.0.0.json`, import.meta.url)));
    if (!loaded.ok) throw new Error(`${id}: ${loaded.error ?? loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    m = loaded.model;
    models.set(id, m);
  }
  return m;
}

export function predictor(model: Model, id: string): Predictor {
  const p = model.predictors.find((x) => x.id === id);
  if (!p) throw new Error(`${model.id} has no predictor ${id}`);
  return p;
}

/** The inputs the calculator opens with (the model's defaults, as src/app/state.ts picks them). */
export function defaults(model: Model): Inputs {
  return Object.fromEntries(model.predictors.map((p) => [p.id, defaultValue(p)]));
}

// ---- Numbers as the English interface prints them (src/app/i18n.ts: num, pct, duration) ----

const formats = new Map<number, Intl.NumberFormat>();
export function num(x: number, digits = 0): string {
  let f = formats.get(digits);
  if (!f) formats.set(digits, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f.format(x);
}

/** Whole percent between 10% and 90%, one decimal outside, never 0% or 100%. */
export function pct(p: number): string {
  if (p < 0.001) return '<0.1%';
  if (p > 0.999) return '>99.9%';
  return `${num(p * 100, p < 0.1 || p > 0.9 ? 1 : 0)}%`;
}

export function duration(n: number, unit: string, digits = 0): string {
  return `${num(n, digits)} ${unit}`;
}

/** A value as the interface names it: the level's label or the number and its unit. */
export function valueLabel(p: Predictor, value: string | number): string {
  if (p.type === 'categorical') return p.levels.find((l) => l.id === value)!.label.en;
  return `${num(value as number, 2)} ${p.unit.en}`;
}

/** Those without the event: "alive" only when the model's event is death. */
export const stateAt = (model: Model): string => (model.event!.death ? 'alive' : `free of ${model.event!.name.en}`);

export function pointsText(model: Model, id: string, value: string | number): string {
  return `${num(compileModel(model).points(id, value))} pts`;
}

// ---- Doing what a person does ----

/** Marks the first-use notice as already acknowledged on this device. */
export async function acknowledged(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('nomogram.firstUse.v1', 'yes'));
}

export const slider = (page: Page, id: string): Locator => page.locator(`svg.nomogram g[role=slider][data-predictor="${id}"]`);
export const field = (page: Page, id: string): Locator => page.locator(`.quick [data-field="${id}"]`);
export const resultSection = (page: Page): Locator => page.locator('section.result');

/** Opens the calculator (notice already acknowledged) on one model and waits for its nomogram. */
export async function openCalculator(page: Page, id: ModelId): Promise<Model> {
  await acknowledged(page);
  await page.goto('/');
  const model = loadModel(id);
  // Narrower than two columns, the nomogram is drawn as the person scrolls down to it: there and back.
  const narrow = (page.viewportSize()?.width ?? 1280) < 1000;
  if (narrow) await page.locator('section.nomogram-col').scrollIntoViewIfNeeded();
  // The default model opens by itself; the others are chosen in the picker.
  await expect(slider(page, 'pulmonaryMetastases')).toBeVisible();
  if (id !== 'liu2025-os') await page.locator('#model-select').selectOption(`${id}@1.0.0`);
  await expect(page.locator('#model-select')).toHaveValue(`${id}@1.0.0`);
  await expect(slider(page, model.predictors[model.predictors.length - 1]!.id)).toBeVisible();
  await expect(page.locator('svg.nomogram g[role=slider]')).toHaveCount(model.predictors.length);
  if (narrow) await page.evaluate(() => scrollTo(0, 0));
  return model;
}

/** Enters one patient in the quick form: a click on each level, the number typed over the old one. */
export async function enterPatient(page: Page, model: Model, inputs: Inputs): Promise<void> {
  for (const p of model.predictors) {
    const value = inputs[p.id];
    if (value === undefined) continue;
    const f = field(page, p.id);
    if (p.type === 'categorical') {
      // A click, as a person taps: on the level already shown it confirms it (check() would skip it).
      await f.getByRole('radio', { name: valueLabel(p, value), exact: true }).click();
    } else {
      await f.getByRole('textbox').fill(String(value));
    }
  }
}

/**
 * Checks that the result section shows exactly the engine's figures for these inputs: every cell
 * of the survival table, the interval, the natural-frequency sentence, the median and the total.
 */
export async function expectResultMatchesEngine(page: Page, model: Model, inputs: Inputs): Promise<Prediction> {
  const r = compileModel(model).predict(inputs);
  const section = resultSection(page);
  const per100 = (p: number) => num(Math.round(p * 100));
  if (model.kind !== 'cox') {
    // Logistic: no survival table, the probability of the outcome and its interval.
    const p = r.probability!;
    await expect(section.locator('table.survival')).toHaveCount(0);
    await expect(section.locator('p.probability .estimate')).toHaveText(pct(p.estimate));
    await expect(section.locator('p.probability .interval')).toHaveText(`(95% CI ${pct(p.lower)} – ${pct(p.upper)})`);
    await expect(section.locator('p.frequency')).toHaveText(
      `Of 100 patients like this, about ${per100(p.estimate)} would have ${model.event!.name.en} (95% CI ${per100(p.lower)} to ${per100(p.upper)}).`,
    );
    await expect(section.locator('p.total')).toHaveText(`Total points: ${num(r.totalPoints, 1)}`);
    return r;
  }
  const unit = model.timeUnit;
  for (const row of r.survival!) {
    const tr = section.locator(`table.survival tr[data-time="${row.time}"]`);
    await expect(tr.locator('th')).toHaveText(duration(row.time, unit));
    if (row.estimate === null) {
      await expect(tr.locator('td.estimate')).toHaveText('not available');
    } else {
      await expect(tr.locator('td.estimate')).toHaveText(pct(row.estimate));
      await expect(tr.locator('td.interval')).toHaveText(`${pct(row.lower!)} – ${pct(row.upper!)}`);
    }
  }
  const shown = r.survival!.filter((s) => s.estimate !== null);
  const headline = shown[Math.min(1, shown.length - 1)]!;
  await expect(section.locator('p.frequency')).toHaveText(
    `Of 100 patients like this, about ${per100(headline.estimate!)} would be ${stateAt(model)} at ${duration(headline.time, unit)} (95% CI ${per100(headline.lower!)} to ${per100(headline.upper!)}).`,
  );
  const median =
    r.medianSurvival === null || r.medianSurvival === undefined ? 'not reached within the data' : duration(r.medianSurvival, unit, 1);
  await expect(section.locator('p.median')).toHaveText(`Median survival: ${median}`);
  await expect(section.locator('p.total')).toHaveText(`Total points: ${num(r.totalPoints, 1)}`);
  return r;
}

/**
 * The nomogram, the quick form and the result all show the same patient: each slider announces
 * the value and its points, the form shows it, and the figures are the engine's. While scenario B
 * is edited the result still shows the patient: pass A as `result`.
 */
export async function expectAllAgree(page: Page, model: Model, inputs: Inputs, result: Inputs = inputs): Promise<void> {
  for (const p of model.predictors) {
    const value = inputs[p.id]!;
    const s = slider(page, p.id);
    await expect(s).toHaveAttribute('aria-valuetext', `${valueLabel(p, value)}, ${pointsText(model, p.id, value)}`);
    const f = field(page, p.id);
    if (p.type === 'categorical') {
      await expect(s).toHaveAttribute('aria-valuenow', String(levelsAsDrawn(model, p).indexOf(String(value))));
      await expect(f.getByRole('radio', { name: valueLabel(p, value), exact: true })).toBeChecked();
      await expect(f.getByRole('radio', { checked: true })).toHaveCount(1);
    } else {
      await expect(s).toHaveAttribute('aria-valuenow', String(value));
      await expect(f.getByRole('textbox')).toHaveValue(String(value));
    }
  }
  const profile = model.predictors.map((p) => `${p.label.en}: ${valueLabel(p, result[p.id]!)}`).join(', ');
  await expect(resultSection(page).locator('p.profile')).toHaveText(`For a patient with ${profile}.`);
  await expectResultMatchesEngine(page, model, result);
}

/** Where, in page coordinates, an axis's tick for a value (a level id or a number) meets the axis. */
export async function tickPoint(page: Page, id: string, value: string | number): Promise<{ x: number; y: number }> {
  const tick = slider(page, id).locator(`line.tick[data-value="${value}"]`);
  await expect(tick).toHaveCount(1);
  const [x1, y1] = await tick.evaluate((l) => [Number(l.getAttribute('x1')), Number(l.getAttribute('y1'))]);
  const box = (await page.locator('svg.nomogram').boundingBox())!;
  return { x: box.x + x1!, y: box.y + y1! };
}

// ---- The comparison, the languages and the theme ----

/**
 * A header tool's button (“中文”, “Share”...). On a phone and on a board the tools are folded into
 * one Menu, which is opened first, as a person would.
 */
export async function tool(page: Page, name: string): Promise<Locator> {
  const button = page.locator('nav.tools').getByRole('button', { name, exact: true });
  const menu = page.locator('nav.tools .menu-toggle');
  if ((await menu.isVisible()) && !(await button.isVisible())) await menu.click();
  return button;
}

export type Language = 'en' | 'zh';

/** Switches the interface to Chinese with its header button and waits until the drawing speaks it. */
export async function toChinese(page: Page, model: Model): Promise<void> {
  await (await tool(page, '中文')).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(slider(page, model.predictors[0]!.id)).toHaveAttribute('aria-label', model.predictors[0]!.label.zh);
}

/**
 * Starts comparing (B begins as a copy of A and is the one being edited) and gives B the other
 * level of the first categorical predictor (the treatment in the bundled Cox models), with a click
 * in the quick form as a person does. Returns the predictor changed.
 */
export async function compareWithB(page: Page, model: Model): Promise<Predictor> {
  await page.locator('.scenarios > button').click();
  await expect(page.locator('.scenarios [data-field="ui:scenario"] input[value="b"]')).toBeChecked();
  const p = model.predictors.find((x) => x.type === 'categorical')!;
  await field(page, p.id).locator('label:not(.on)').first().click();
  await expect(page.locator('section.comparison ul.changed li')).toHaveCount(1);
  return p;
}

/** The dark theme, from its header button (“Dark”, “深色”). */
export async function toDark(page: Page, language: Language): Promise<void> {
  await (await tool(page, language === 'en' ? 'Dark' : '深色')).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

/** Tumour-board mode, from its header button. */
export async function toBoard(page: Page, language: Language): Promise<void> {
  await (await tool(page, language === 'en' ? 'Tumour board' : '多学科会诊模式')).click();
  await expect(page.locator('html')).toHaveClass(/\bboard\b/);
}

/** Opens the share dialog from its header button and waits for its QR code. */
export async function openShareDialog(page: Page, language: Language): Promise<Locator> {
  await (await tool(page, language === 'en' ? 'Share' : '分享')).click();
  const dialog = page.locator('dialog.share');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('svg.qr')).toBeVisible();
  return dialog;
}

export interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every label of a drawing is readable: none lies on another, none sticks out of the drawing. */
export async function expectReadableLabels(svg: Locator, atLeast: number, where: string): Promise<void> {
  const { frame, labels } = await svg.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const frame = { x: r.x, y: r.y, w: r.width, h: r.height };
    const labels = [...el.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: b.x, y: b.y, w: b.width, h: b.height };
      })
      // Text not drawn (hidden by the style sheet, as the points column on a board) is no label.
      .filter((b) => b.w > 0 && b.h > 0);
    return { frame, labels };
  });
  expect.soft(labels.length, `labels in ${where}`).toBeGreaterThanOrEqual(atLeast);
  const overlaps: string[] = [];
  const overlap = (a: Box, b: Box) =>
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlap(labels[i]!, labels[j]!)) overlaps.push(`“${labels[i]!.text}” overlaps “${labels[j]!.text}”`);
    }
  }
  expect.soft(overlaps, `overlapping labels in ${where}`).toEqual([]);
  const outside = labels
    .filter((b) => b.x < frame.x - 0.5 || b.y < frame.y - 0.5 || b.x + b.w > frame.x + frame.w + 0.5 || b.y + b.h > frame.y + frame.h + 0.5)
    .map((b) => `“${b.text}” at x ${b.x.toFixed(1)}–${(b.x + b.w).toFixed(1)}, y ${b.y.toFixed(1)}–${(b.y + b.h).toFixed(1)}`);
  expect.soft(outside, `labels outside ${where} (${frame.w}x${frame.h} at ${frame.x},${frame.y})`).toEqual([]);
}

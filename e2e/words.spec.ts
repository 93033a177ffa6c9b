/**
 * The words around the figures, as a clinician reads them in either language: the event each
 * model counts (in the result, the icon arrays and the curves), the comparison caveat its study
 * design allows, and a Chinese page with no English prose, half-width punctuation or stray spaces.
 * Screenshots of each model with a comparison, in both languages, at a phone and a wide screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { compareWithB, loadModel, MODEL_IDS, openCalculator, toChinese, type ModelId } from './support.ts';

const zh: Record<string, string> = JSON.parse(readFileSync(new URL('../public/locales/zh.json', import.meta.url), 'utf8'));

/** What the filled icons of A stand for, in the page's English. */
function eventWords(id: ModelId): RegExp {
  const model = loadModel(id);
  const event = model.event!.name.en;
  if (model.kind !== 'cox') return new RegExp(`^A: the patient \\d+ with ${event} \\(filled\\), \\d+ without \\(empty\\)\\.$`);
  if (model.event!.death) return /^A: the patient \d+ alive at .+ \(filled\), \d+ died \(empty\)\.$/;
  return new RegExp(`^A: the patient \\d+ free of ${event} at .+ \\(filled\\), \\d+ with ${event} \\(empty\\)\\.$`);
}

/** Latin words, half-width ( : , beside Chinese, and spaces between Chinese and numbers in what the page shows. */
async function chineseProblems(page: Page, citation: string): Promise<string[]> {
  // The source is cited as published, in its own language.
  const text = (await page.locator('main').innerText()).replace(citation, '');
  const han = '[\\u4e00-\\u9fff（）：，。；、“”]';
  const problems = [
    ...(text.match(new RegExp(`${han}[(:,]|[(:,]${han}`, 'g')) ?? []),
    ...(text.match(/.{0,12}([\u4e00-\u9fff] +[0-9]|[0-9] +[\u4e00-\u9fff]).{0,12}/g) ?? []),
  ];
  // English prose: a run of three lower-case Latin words is a sentence, not a unit or a code.
  return [...problems, ...(text.match(/\b[a-z]+ [a-z]+ [a-z]+\b/g) ?? [])];
}

for (const id of MODEL_IDS) {
  test(`${id}: the icon array names the model's event, and the comparison caveat is the model's own`, async ({ page }) => {
    const model = await openCalculator(page, id);
    await expect(page.locator('figure.icons.a figcaption')).toHaveText(eventWords(id));
    await expect(page.locator('section.result p.event')).toHaveText(`Counted as the event: ${model.event!.name.en}.`);
    if (model.kind === 'cox') {
      await expect(page.locator('p.legend .band-key')).toContainText(model.event!.death ? 'still alive' : `free of ${model.event!.name.en}`);
    }
    await compareWithB(page, model);
    await expect(page.locator('section.comparison p.note')).toHaveText(model.comparisonCaveat!.en);
    // The interval note fits the family: no baseline in a logistic model; a reconstructed one is an assumption.
    const note = page.locator('section.result p.note');
    if (model.kind !== 'cox') await expect(note).not.toContainText('baseline');
    else if (model.baseline.type === 'exponential') await expect(note).toContainText('reconstructed baseline survival is taken as exact');
    else await expect(note).toContainText('not in the baseline survival estimated from the data');

    await toChinese(page, model);
    await expect(page.locator('section.comparison p.note')).toHaveText(model.comparisonCaveat!.zh);
    await expect(page.locator('figure.icons.a figcaption')).toContainText(model.event!.death || model.kind !== 'cox' ? model.event!.name.zh.slice(-2) : `未发生${model.event!.name.zh}`);
    await expect(page.locator('section.explore h3').last()).toHaveText(zh.moversHeading!);
    expect(await chineseProblems(page, model.provenance.citation)).toEqual([]);
    await page.getByRole('button', { name: '关于此模型' }).click();
    await expect(page.locator('article.card')).toContainText(model.startingValues!.zh);
    expect(await chineseProblems(page, model.provenance.citation)).toEqual([]);
  });
}

test('the randomised trial and the retrospective cohort say different things about comparing treatments', async ({ page }) => {
  const trial = loadModel('veteran-teaching').comparisonCaveat!.en;
  const cohort = loadModel('liu2025-os').comparisonCaveat!.en;
  expect(trial).toMatch(/randomised/);
  expect(trial).not.toMatch(/retrospective/);
  expect(cohort).toMatch(/retrospective cohort/);
  expect(cohort).toMatch(/not randomised/);
  await openCalculator(page, 'liu2025-os-full');
  // The full model opens on the Control group's typical patient, not on soft tissue sarcoma.
  await expect(page.locator('.quick [data-field="tumorType"] input[value="osteosarcoma"]')).toBeChecked();
});

for (const [width, height] of [[390, 844], [1920, 1080]] as const) {
  for (const id of ['liu2025-os-full', 'veteran-teaching', 'birthwt-teaching'] as const) {
    test(`screenshots at ${width}x${height}: ${id} compared, in English and Chinese, nothing wider than the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const model = await openCalculator(page, id);
      await compareWithB(page, model);
      for (const language of ['en', 'zh'] as const) {
        if (language === 'zh') await toChinese(page, model);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(wide, 'sideways scroll').toBeLessThanOrEqual(0);
        const name = `words-${id}-${language}-${width}x${height}`;
        await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
        await page.locator('section.result').screenshot({ path: `e2e/screenshots/${name}-result.png` });
        await page.locator('section.comparison').screenshot({ path: `e2e/screenshots/${name}-comparison.png` });
        await page.locator('section.explore').screenshot({ path: `e2e/screenshots/${name}-explore.png` });
      }
    });
  }
}

import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { compileModel } from '../src/engine/compile.ts';
import { levelsAsDrawn } from '../src/app/nomogram/segments.ts';
import {
  MODEL_IDS,
  acknowledged,
  compareWithB,
  loadModel,
  openCalculator,
  openShareDialog,
  slider,
  toBoard,
  toChinese,
  tool,
  type ModelId,
} from './support.ts';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

// The app's Content-Security-Policy allows only its own scripts; axe is injected for the test alone.
test.use({ bypassCSP: true });

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe on the page as it is and fails with a readable list of what is wrong. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  const report = violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.slice(0, 8).map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
        ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
      ].join('\n'),
    )
    .join('\n');
  expect(violations.length, `axe found problems on ${where}:\n${report}`).toBe(0);
}

for (const id of MODEL_IDS) {
  for (const language of ['en', 'zh'] as const) {
    test(`${id} in ${language === 'en' ? 'English' : 'Chinese'}: no axe violations on the calculator or the model card`, async ({
      page,
    }) => {
      const model = await openCalculator(page, id);
      if (language === 'zh') {
        await page.getByRole('button', { name: '中文' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
        await expect(slider(page, model.predictors[0]!.id)).toHaveAttribute('aria-label', model.predictors[0]!.label.zh);
      }
      await expectNoViolations(page, `the ${id} calculator (${language})`);

      // With an invalid input the page shows problems instead of figures; that state too.
      const numeric = model.predictors.find((p) => p.type !== 'categorical')!;
      await page.locator(`#q-${numeric.id}`).fill('999');
      await expect(page.locator('.no-result')).toBeVisible();
      await expectNoViolations(page, `the ${id} calculator with an invalid input (${language})`);

      await page.getByRole('button', { name: language === 'en' ? 'About this model' : '关于此模型' }).click();
      await expect(page.locator('article.card')).toBeVisible();
      await expectNoViolations(page, `the ${id} model card (${language})`);
    });
  }
}

test('the first-use notice has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'the first-use notice');
});

/** What has keyboard focus, and whether a person can see where it is. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false };
    const visibleOutline = (e: Element) => {
      const s = getComputedStyle(e);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    };
    let what = el.tagName.toLowerCase();
    let visible = visibleOutline(el);
    if (el.getAttribute('role') === 'slider') {
      what = `slider:${el.getAttribute('data-predictor')}`;
      const hit = getComputedStyle(el.querySelector('.hit')!);
      visible = hit.stroke !== 'none' && parseFloat(hit.strokeWidth) >= 2;
    } else if (el instanceof HTMLInputElement && el.type === 'radio') {
      what = `radio:${el.name.replace(/^q-/, '')}=${el.value}`;
      visible = visibleOutline(el.closest('label')!);
    } else if (el instanceof HTMLInputElement) {
      what = `textbox:${el.id.replace(/^q-/, '')}`;
    } else if (el.id) {
      what = `${what}#${el.id}`;
    } else if (el.closest('[data-field]')) {
      what = `${what}:${el.closest('[data-field]')!.getAttribute('data-field')}:${el.getAttribute('aria-label')?.split(' ')[0]}`;
    } else {
      what = `${what}:${(el.textContent ?? '').trim()}`;
    }
    return { what, visible };
  });
}

/** Presses Tab until every slider has been reached (or it gives up), noting each stop. */
async function tabThrough(page: Page, lastSlider: string): Promise<{ what: string; visible: boolean }[]> {
  const stops: { what: string; visible: boolean }[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    stops.push(stop);
    if (stop.what === `slider:${lastSlider}`) break;
  }
  return stops;
}

function expectSensibleOrder(stops: { what: string; visible: boolean }[], id: ModelId, fromPicker: boolean) {
  const model = loadModel(id);
  const order = stops.map((s) => s.what);
  const at = (what: string) => {
    const i = order.indexOf(what);
    expect(i, `${what} is reached by Tab (stops: ${order.join(', ')})`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const expected: string[] = [];
  if (!fromPicker) expected.push('select#model-select');
  expected.push('button:About this model', 'button:中文');
  for (const p of model.predictors) {
    if (p.type === 'categorical') expected.push(`radio:${p.id}=${p.default ?? p.reference}`);
    else expected.push(`button:${p.id}:Decrease`, `textbox:${p.id}`, `button:${p.id}:Increase`);
  }
  for (const p of model.predictors) expected.push(`slider:${p.id}`);
  const positions = expected.map(at);
  expect(positions, `Tab order ${order.join(' → ')}`).toEqual([...positions].sort((a, b) => a - b));
  // Each radio group is one stop, and nothing is reached twice.
  expect(new Set(order).size).toBe(order.length);
  const unseen = stops.filter((s) => !s.visible).map((s) => s.what);
  expect(unseen, 'focused elements with no visible focus indicator').toEqual([]);
}

test('keyboard only, from page load: picker, card, language, every form control and every axis, in order, with a visible focus', async ({
  page,
}) => {
  await acknowledged(page);
  await page.goto('/');
  await expect(slider(page, 'ldh')).toBeVisible();
  const stops = await tabThrough(page, 'ldh');
  expect(stops[0]!.what).toBe('a:Skip to the calculator');
  expectSensibleOrder(stops, 'liu2025-os', false);

  // The reached axis works from the keyboard: it is focused, so the arrows move it.
  await expect(slider(page, 'ldh')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page, 'ldh')).toHaveAttribute('aria-valuetext', /^> 240 U\/L, /);
  await expect(page.locator('.quick input[name="q-ldh"][value="high"]')).toBeChecked();
  // Arrow keys inside a radio group move between its levels, as for any radio group.
  await page.keyboard.press('Shift+Tab');
  await expect(slider(page, 'radiotherapy')).toBeFocused();
});

test('keyboard only on the teaching model: from the picker onwards, in order, with a visible focus', async ({ page }) => {
  await openCalculator(page, 'veteran-teaching');
  await page.locator('#model-select').focus();
  const stops = await tabThrough(page, 'prior');
  expectSensibleOrder(stops, 'veteran-teaching', true);
});

test('the skip link is shown when focused and moves focus past the header', async ({ page }) => {
  await acknowledged(page);
  await page.goto('/');
  await expect(slider(page, 'ldh')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the calculator' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // Past the header: the next stop is inside the main content.
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('with the keyboard and the accessibility tree alone: acknowledge, choose a model, set every input, read the result', async ({
  page,
}) => {
  const model = loadModel('veteran-teaching');
  await page.goto('/');
  // The notice is a modal dialog that takes focus to its one button; Enter acknowledges it.
  const dialog = page.getByRole('dialog', { name: 'Before you use this calculator' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('button', { name: 'I understand' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  /** Tabs forward until the focused element has this id or predictor, as a keyboard user would. */
  const tabTo = async (target: { id?: string; predictor?: string }) => {
    for (let i = 0; i < 80; i++) {
      const here = await page.evaluate(() => ({
        id: document.activeElement?.id,
        predictor: document.activeElement?.getAttribute('data-predictor'),
      }));
      if ((target.id && here.id === target.id) || (target.predictor && here.predictor === target.predictor)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${JSON.stringify(target)} was never reached by Tab`);
  };
  await tabTo({ id: 'model-select' });
  // Choose the teaching model with the arrow keys on the focused picker.
  for (let i = 0; i < 5 && (await page.locator('#model-select').inputValue()) !== 'veteran-teaching@1.0.0'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.locator('footer')).toContainText('veteran-teaching 1.0.0');

  // Every input from its axis, reached with Tab and set with End (the last level, the axis maximum).
  const inputs: Record<string, string | number> = {};
  for (const p of model.predictors) {
    await tabTo({ predictor: p.id });
    await page.keyboard.press('End');
    inputs[p.id] = p.type === 'categorical' ? levelsAsDrawn(model, p).at(-1)! : p.axis.max;
  }

  // What a screen reader is given: the result region's accessibility tree carries every figure.
  const r = compileModel(model).predict(inputs);
  const tree = await page.getByRole('region', { name: /Estimated overall survival/ }).ariaSnapshot();
  const pct = (x: number) => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: x < 0.1 || x > 0.9 ? 1 : 0 }).format(x * 100)}%`;
  for (const s of r.survival!) {
    expect(tree).toContain(`${s.time} days`);
    expect(tree).toContain(pct(s.estimate!));
  }
  expect(tree).toContain('Of 100 patients like this');
  expect(tree).toContain('Not a medical device');
  // And each axis announces its value with its points.
  for (const p of model.predictors) {
    await expect(slider(page, p.id)).toHaveAttribute('aria-valuetext', /, \d+ pts$/);
  }
});

// ---- Comparing scenarios, the curves, the dialogs, tumour-board mode and the dark theme ----

for (const id of MODEL_IDS) {
  for (const language of ['en', 'zh'] as const) {
    test(`${id} in ${language === 'en' ? 'English' : 'Chinese'}, comparing A with a changed B: no axe violations in either theme, with the share or shortcuts dialog open, or in tumour-board mode`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const model = await openCalculator(page, id);
      if (language === 'zh') await toChinese(page, model);
      await compareWithB(page, model);
      await expect(page.locator('section.explore')).toBeVisible();
      await expect(page.locator(model.kind === 'cox' ? 'svg.chart g.series.b' : '.bars .bar.b')).toBeVisible();
      await expect(page.locator('figure.icons.b')).toBeVisible();

      for (const theme of ['light', 'dark'] as const) {
        if (theme === 'dark') {
          // The single-key shortcut, as at a tumour board; focus is on the quick form's radio.
          await page.keyboard.press('d');
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        } else {
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        }
        const where = `${id}, comparing (${language}, ${theme})`;
        await expectNoViolations(page, `the calculator ${where}`);

        await openShareDialog(page, language);
        await expectNoViolations(page, `the share dialog ${where}`);
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog.share')).toBeHidden();

        await page.getByRole('button', { name: language === 'en' ? 'Keyboard shortcuts' : '键盘快捷键', exact: true }).click();
        await expect(page.locator('dialog.keys')).toBeVisible();
        await expectNoViolations(page, `the shortcuts dialog ${where}`);
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog.keys')).toBeHidden();

        await toBoard(page, language);
        await expect(page.locator('section.comparison')).toBeVisible();
        await expectNoViolations(page, `tumour-board mode ${where}`);
        // On the board the tools are folded into the menu.
        await (await tool(page, language === 'en' ? 'Tumour board' : '多学科会诊模式')).click();
        await expect(page.locator('html')).not.toHaveClass(/\bboard\b/);
      }
    });
  }
}

/** True when this locator's element has keyboard focus. */
const hasFocus = (l: import('@playwright/test').Locator) => l.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: import('@playwright/test').Locator, what: string, back = false): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 120; i++) {
    if (await hasFocus(target)) {
      const here = await focused(page);
      expect(here.visible, `${what} has a visible focus indicator when reached by Tab`).toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    seen.push((await focused(page)).what);
  }
  throw new Error(`${what} was never reached by ${back ? 'Shift+' : ''}Tab (stops: ${seen.join(', ')})`);
}

test('keyboard only: compare, switch scenario, choose the horizon, read the curves, and use share, board, theme and shortcuts buttons', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const model = await openCalculator(page, 'liu2025-os');
  if (model.kind !== 'cox') throw new Error('liu2025-os is a Cox model');
  const html = page.locator('html');
  await page.locator('#model-select').focus();

  // The compare toggle: reached by Tab, pressed with Enter.
  const toggle = page.locator('.scenarios > button');
  await tabTo(page, toggle, 'the compare toggle');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText('Stop comparing');
  await expect(page.locator('section.comparison')).toBeVisible();

  // The scenario radios are one stop; arrows choose which scenario the form edits.
  const scenarioB = page.locator('.scenarios [data-field="ui:scenario"] input[value="b"]');
  const scenarioA = page.locator('.scenarios [data-field="ui:scenario"] input[value="a"]');
  await expect(scenarioB).toBeChecked();
  await tabTo(page, scenarioB, 'the checked scenario radio (B)', true);
  await page.keyboard.press('ArrowLeft');
  await expect(scenarioA).toBeChecked();
  await expect(scenarioA).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(scenarioB).toBeChecked();

  // Editing B from the keyboard: the treatment's other level, with arrows in its radio group.
  const treatment = page.locator('.quick input[name="q-treatment"]:checked');
  await tabTo(page, treatment, 'the treatment radio');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('section.comparison ul.changed li')).toHaveCount(1);
  await expect(page.locator('svg.chart g.series.b')).toBeVisible();

  // The curve range: reached by Tab, moved with the arrow keys and End; what it reads is announced.
  const range = page.locator('.curves input[type=range]');
  await tabTo(page, range, 'the curve range input');
  const before = await range.getAttribute('aria-valuetext');
  const readout = page.locator('.curves .readout');
  const readBefore = await readout.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(range).not.toHaveAttribute('aria-valuetext', before!);
  await page.keyboard.press('End');
  await expect(range).toHaveValue(String(await range.getAttribute('max')));
  await expect(range).toHaveAttribute('aria-valuetext', /^[\d.,]+ months: A\b.*\d+%.*; B\b.*\d+%/);
  await expect(readout).not.toHaveText(readBefore!);
  await page.keyboard.press('Home');
  await expect(range).toHaveValue('0');

  // The horizon radios: one stop, arrows choose the horizon the icon arrays are read at.
  const horizonChecked = page.locator('.explore [data-field="ui:horizon"] input:checked');
  await tabTo(page, horizonChecked, 'the checked horizon radio');
  await expect(horizonChecked).toHaveValue(String(model.horizons[1]));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`.explore [data-field="ui:horizon"] input[value="${model.horizons[2]}"]`)).toBeChecked();
  await expect(page.locator('figure.icons.a figcaption')).toContainText(`${model.horizons[2]} months`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(`.explore [data-field="ui:horizon"] input[value="${model.horizons[0]}"]`)).toBeChecked();
  await expect(page.locator('figure.icons.a figcaption')).toContainText(`${model.horizons[0]} months`);

  // The header buttons, reached backwards from here (the header comes first).
  const share = page.getByRole('button', { name: 'Share', exact: true });
  await tabTo(page, share, 'the Share button', true);
  await page.keyboard.press('Enter');
  const shareDialog = page.locator('dialog.share');
  await expect(shareDialog).toBeVisible();
  expect(await shareDialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the share dialog').toBe(true);
  // Tab stays inside the modal dialog and reaches its link and copy button.
  await tabTo(page, shareDialog.locator('#share-link'), 'the share link field');
  await tabTo(page, shareDialog.getByRole('button', { name: 'Copy link' }), 'the copy button');
  await page.keyboard.press('Escape');
  await expect(shareDialog).toBeHidden();
  await expect(share, 'focus returns to the Share button').toBeFocused();

  const board = page.getByRole('button', { name: 'Tumour board', exact: true });
  await tabTo(page, board, 'the Tumour board button');
  await page.keyboard.press('Enter');
  await expect(html).toHaveClass(/\bboard\b/);
  // On the board the tools fold into the menu, and focus moves on to it rather than being lost.
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(board).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, board, 'the Tumour board button in the menu');
  await page.keyboard.press('Space');
  await expect(html).not.toHaveClass(/\bboard\b/);
  await expect(board).toBeVisible();

  const dark = page.getByRole('button', { name: 'Dark', exact: true });
  await tabTo(page, dark, 'the Dark button');
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  const darkFocus = await focused(page);
  expect(darkFocus.visible, 'focus stays visible in the dark theme').toBe(true);
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'light');

  const help = page.getByRole('button', { name: 'Keyboard shortcuts', exact: true });
  await tabTo(page, help, 'the ? button');
  await page.keyboard.press('Enter');
  const keys = page.locator('dialog.keys');
  await expect(keys).toBeVisible();
  expect(await keys.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the shortcuts dialog').toBe(true);
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
  await expect(help, 'focus returns to the ? button').toBeFocused();

  // The same from the single-key shortcuts: ? opens the list, d the theme; c only starts comparing
  // (a stray key never throws B away), so stopping takes the button.
  await page.keyboard.press('?');
  await expect(keys).toBeVisible();
  // "?" pressed before the dialog's close event has run (input goes first when the machine is
  // busy) still finds the list shut, and opens it again.
  await page.evaluate(() => {
    (document.querySelector('dialog.keys') as HTMLDialogElement & { requestClose(): void }).requestClose();
    dispatchEvent(new KeyboardEvent('keydown', { key: '?' }));
  });
  await expect(keys).toBeVisible();
  await page.keyboard.press('?');
  await expect(keys).toBeHidden();
  await page.keyboard.press('d');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('c');
  await expect(page.locator('section.comparison')).toBeVisible();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText('Compare with a second scenario (B)');
  await expect(page.locator('section.comparison')).toHaveCount(0);
});

for (const language of ['en', 'zh'] as const) {
  test(`your own files in ${language === 'en' ? 'English' : 'Chinese'}: no axe violations with a refused model file, predictions and a cohort check shown`, async ({
    page,
  }) => {
    const model = await openCalculator(page, 'veteran-teaching');
    if (language === 'zh') await toChinese(page, model);
    await page.getByRole('button', { name: language === 'en' ? 'Your own files' : '您自己的文件' }).click();
    await page
      .locator('#model-file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"formatVersion": 2}') });
    await expect(page.locator('.own .open-file [role=alert]')).toBeVisible();
    const patients = 'trt,celltype,karno,age,prior\ntest,adeno,60,65,no\ntest,adeno,600,65,no\n';
    await page.locator('#batch-file').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(patients) });
    await expect(page.locator('.batch tbody tr')).toHaveCount(2);
    const cohort = [
      'time,status,trt,celltype,karno,age,prior',
      ...Array.from(
        { length: 80 },
        (_, i) =>
          `${5 + i * 9},${i % 4 ? 1 : 0},${i % 2 ? 'test' : 'standard'},${['adeno', 'large', 'squamous', 'smallcell'][i % 4]},${20 + (i % 8) * 10},${40 + (i % 35)},no`,
      ),
    ].join('\n');
    await page.locator('#cohort-file').setInputFiles({ name: 'c.csv', mimeType: 'text/csv', buffer: Buffer.from(cohort) });
    await expect(page.locator('svg.calibration-plot')).toBeVisible();
    await expectNoViolations(page, `the own-files panel (${language})`);
  });
}

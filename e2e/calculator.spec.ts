import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { compileModel } from '../src/engine/compile.ts';
import type { Prediction } from '../src/engine/predict.ts';
import { levelsAsDrawn } from '../src/app/nomogram/segments.ts';
import type { Inputs } from '../src/model/types.ts';
import {
  MODEL_IDS,
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
  resultSection,
  slider,
  tickPoint,
  type ModelId,
} from './support.ts';

test.describe('first-use notice', () => {
  test('must be acknowledged once before the calculator can be used, and is then not shown again', async ({ page }) => {
    await page.goto('/');
    const notice = page.getByRole('dialog', { name: 'Before you use this calculator' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Not a medical device');
    await expect(notice).toContainText('Nothing you enter leaves this device.');
    await expect(page.getByRole('button', { name: 'I understand' })).toBeFocused();

    // The calculator is behind the notice: a tap on a level does nothing, and Escape does not dismiss it.
    const thalidomide = page.locator('.quick input[name="q-treatment"][value="thal-ifo"]');
    await expect(thalidomide).not.toBeChecked();
    const box = (await thalidomide.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(thalidomide).not.toBeChecked();

    await page.getByRole('button', { name: 'I understand' }).click();
    await expect(notice).toBeHidden();
    await thalidomide.check();
    await expect(thalidomide).toBeChecked();
    expect(await page.evaluate(() => localStorage.getItem('nomogram.firstUse.v1'))).toBe('yes');

    await page.reload();
    await expect(slider(page, 'treatment')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText('Before you use this calculator')).toBeHidden();
  });

  test('cannot be dismissed with Escape', async ({ page }) => {
    await page.goto('/');
    const notice = page.getByRole('dialog', { name: 'Before you use this calculator' });
    await expect(notice).toBeVisible();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Escape');
      await expect(notice).toBeVisible({ timeout: 1000 });
    }
  });
});

test.describe('the figures on screen are the engine’s', () => {
  const patients: Record<(typeof MODEL_IDS)[number], Inputs> = {
    'liu2025-os': { treatment: 'thal-ifo', pulmonaryMetastases: 9, tStage: 'low', nStage: 'high', radiotherapy: 'yes', ldh: 'low' },
    'liu2025-os-full': {
      treatment: 'thal-ifo',
      pulmonaryMetastases: 5,
      tStage: 'high',
      nStage: 'low',
      radiotherapy: 'no',
      ldh: 'high',
      age: 57,
      sex: 'male',
      tumorType: 'osteosarcoma',
      tumorSite: 'femur',
      heartDisease: 'yes',
    },
    'veteran-teaching': { trt: 'test', celltype: 'adeno', karno: 40, age: 72, prior: 'yes' },
    'birthwt-teaching': { age: 31, lwt: 105, race: 'black', smoke: 'yes', ptd: 'yes', ht: 'no', ui: 'yes' },
  };
  for (const [id, patient] of Object.entries(patients) as [ModelId, Inputs][]) {
    test(`${id}: default patient, then a different one`, async ({ page }) => {
      const model = await openCalculator(page, id);
      await expectAllAgree(page, model, defaults(model));
      await enterPatient(page, model, patient);
      await expectAllAgree(page, model, patient);
      await expect(resultSection(page).locator('table.survival tbody tr')).toHaveCount(model.kind === 'cox' ? model.horizons.length : 0);
    });

    test(`${id}: the same figures as npx nomogram predict`, async ({ page }) => {
      const model = await openCalculator(page, id);
      await enterPatient(page, model, patient);
      const cli = spawnSync(process.execPath, ['bin/nomogram.js', 'predict', id, '--json', '--input', JSON.stringify(patient)], {
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      const printed = JSON.parse(cli.stdout) as Prediction;
      const section = resultSection(page);
      expect(printed.probability !== undefined, 'a probability exactly for a logistic model').toBe(model.kind === 'logistic');
      if (printed.probability) {
        // Logistic: the probability and its interval instead of a survival table.
        const p = printed.probability;
        await expect(section.locator('p.probability .estimate')).toHaveText(pct(p.estimate));
        await expect(section.locator('p.probability .interval')).toHaveText(`(95% CI ${pct(p.lower)} – ${pct(p.upper)})`);
      }
      for (const s of printed.survival ?? []) {
        const row = section.locator(`table.survival tr[data-time="${s.time}"]`);
        await expect(row.locator('td.estimate')).toHaveText(pct(s.estimate!));
        await expect(row.locator('td.interval')).toHaveText(`${pct(s.lower!)} – ${pct(s.upper!)}`);
      }
      await expect(section.locator('p.total')).toHaveText(`Total points: ${num(printed.totalPoints, 1)}`);
      if (model.kind === 'cox')
        await expect(section.locator('p.median')).toHaveText(`Median survival: ${duration(printed.medianSurvival!, model.timeUnit, 1)}`);
    });
  }
});

test('extreme patients: below 0.1% and above 90% are written as the interface promises', async ({ page }) => {
  const model = await openCalculator(page, 'liu2025-os');
  const best = { treatment: 'thal-ifo', pulmonaryMetastases: 1, tStage: 'low', nStage: 'low', radiotherapy: 'no', ldh: 'low' };
  const worst = { treatment: 'etop-ifo', pulmonaryMetastases: 15, tStage: 'high', nStage: 'high', radiotherapy: 'yes', ldh: 'high' };
  await enterPatient(page, model, best);
  await expectAllAgree(page, model, best);
  await expect(resultSection(page).locator('tr[data-time="12"] td.interval')).toHaveText(/– 92\.8%$/);
  await enterPatient(page, model, worst);
  await expectAllAgree(page, model, worst);
  await expect(resultSection(page).locator('tr[data-time="36"] td.estimate')).toHaveText('<0.1%');
  await expect(resultSection(page).locator('p.median')).toHaveText('Median survival: 0.4 months');
});

test('the patient’s line stands on the total points and crosses every risk scale', async ({ page }) => {
  const model = await openCalculator(page, 'liu2025-os');
  const patient = { ...defaults(model), pulmonaryMetastases: 8, nStage: 'high' };
  await enterPatient(page, model, patient);
  await expectAllAgree(page, model, patient);
  const total = compileModel(model).predict(patient).totalPoints;
  const ticks = await page
    .locator('svg.nomogram g.ruler.total > g')
    .evaluateAll((gs) =>
      gs.map((g) => ({ text: g.querySelector('text')!.textContent, x: Number(g.querySelector('line')!.getAttribute('x1')) })),
    );
  const at = (text: string) => ticks.find((t) => t.text === text)!.x;
  const circle = page.locator('svg.nomogram g.patient circle');
  const line = page.locator('svg.nomogram g.patient line');
  expect(Number(await circle.getAttribute('cx'))).toBeCloseTo(at('0') + ((at('100') - at('0')) * total) / 100, 1);
  expect(Number(await line.getAttribute('x1'))).toBeCloseTo(Number(await circle.getAttribute('cx')), 6);
  // The line runs down through every risk scale, where the survival is read off.
  const lastRisk = (await page.locator('svg.nomogram g.ruler.risk .axis-line').last().getAttribute('y1'))!;
  expect(Number(await line.getAttribute('y2'))).toBeGreaterThan(Number(lastRisk));
});

test.describe('setting each predictor of liu2025-os', () => {
  const model = loadModel('liu2025-os');
  const categorical = model.predictors.filter((p) => p.type === 'categorical');

  /** Another level than the current one, so every change is visible. */
  const other = (id: string, current: Inputs) => {
    const p = predictor(model, id);
    if (p.type !== 'categorical') throw new Error(id);
    return p.levels.find((l) => l.id !== current[id])!.id;
  };

  test('by tapping each axis at a level or tick', async ({ page }) => {
    await openCalculator(page, 'liu2025-os');
    const now = { ...defaults(model) };
    for (const p of categorical) {
      const to = other(p.id, now);
      const at = await tickPoint(page, p.id, to);
      await page.mouse.click(at.x, at.y);
      now[p.id] = to;
      await expectAllAgree(page, model, now);
    }
    for (const v of [9, 1, 15, 5]) {
      const at = await tickPoint(page, 'pulmonaryMetastases', v);
      await page.mouse.click(at.x, at.y);
      now.pulmonaryMetastases = v;
      await expectAllAgree(page, model, now);
    }
    // A tap between two ticks picks the nearest whole number: halfway from 5 to 7 on the axis is 6.
    const [a, b] = [await tickPoint(page, 'pulmonaryMetastases', 5), await tickPoint(page, 'pulmonaryMetastases', 7)];
    await page.mouse.click((a.x + b.x) / 2, a.y + 2);
    now.pulmonaryMetastases = 6;
    await expectAllAgree(page, model, now);
  });

  test('on a phone, by tapping the name of a level, even where the name sits away from its tick', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openCalculator(page, 'liu2025-os');
    const now = { ...defaults(model) };
    for (const p of categorical) {
      if (p.type !== 'categorical') continue;
      for (const level of [...p.levels].reverse()) {
        await slider(page, p.id).locator('text.tick-label', { hasText: level.label.en }).click();
        now[p.id] = level.id;
        await expect(slider(page, p.id), `tapping “${level.label.en}”`).toHaveAttribute(
          'aria-valuetext',
          new RegExp(`^${level.label.en.replace(/[+]/g, '\\+')}, `),
        );
      }
    }
    await expectAllAgree(page, model, now);
  });

  test('by dragging along the metastases axis', async ({ page }) => {
    await openCalculator(page, 'liu2025-os');
    const s = slider(page, 'pulmonaryMetastases');
    const from = await tickPoint(page, 'pulmonaryMetastases', 1);
    const to = await tickPoint(page, 'pulmonaryMetastases', 15);
    const twelveMonths = resultSection(page).locator('table.survival tr[data-time="12"] td.estimate');

    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await expect(s).toHaveAttribute('aria-valuenow', '1');
    const seen: number[] = [];
    const estimates = new Set<string>();
    const steps = 14;
    for (let i = 1; i <= steps; i++) {
      // Drift a little off the line, as a finger does: the drag stays on this axis.
      await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + (i % 3) * 4 - 4, { steps: 2 });
      const now = Number(await s.getAttribute('aria-valuenow'));
      seen.push(now);
      estimates.add((await twelveMonths.textContent())!);
      if (i === 7) {
        // Mid-drag, the figures already follow the finger.
        expect(now).toBe(8);
        await expectResultMatchesEngine(page, model, { ...defaults(model), pulmonaryMetastases: 8 });
      }
    }
    await page.mouse.up();
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(new Set(seen).size).toBeGreaterThanOrEqual(10);
    expect(estimates.size).toBeGreaterThanOrEqual(5);
    await expectAllAgree(page, model, { ...defaults(model), pulmonaryMetastases: 15 });

    // Moving the mouse after letting go changes nothing.
    await page.mouse.move(from.x, from.y);
    await expect(s).toHaveAttribute('aria-valuenow', '15');
  });

  test('with the keyboard on each axis', async ({ page }) => {
    await openCalculator(page, 'liu2025-os');
    const now = { ...defaults(model) };
    const press = async (id: string, key: string, expected: string | number) => {
      const s = slider(page, id);
      await s.focus();
      await page.keyboard.press(key);
      now[id] = expected;
      const p = predictor(model, id);
      const label = p.type === 'categorical' ? p.levels.find((l) => l.id === expected)!.label.en : `${expected} metastases`;
      await expect(s).toHaveAttribute('aria-valuetext', `${label}, ${num(compileModel(model).points(id, expected))} pts`);
      await expect(s).toBeFocused();
    };
    for (const p of categorical) {
      if (p.type !== 'categorical') continue;
      // Left to right as drawn: ArrowRight moves right on the screen whatever the file's order.
      const [first, second] = levelsAsDrawn(model, p) as [string, string];
      await press(p.id, 'ArrowRight', second);
      await press(p.id, 'ArrowRight', second); // already at the end
      await press(p.id, 'ArrowLeft', first);
      await press(p.id, 'End', second);
      await expectAllAgree(page, model, now);
      await press(p.id, 'Home', first);
      await press(p.id, 'PageUp', second);
      await expectAllAgree(page, model, now);
    }
    await press('pulmonaryMetastases', 'ArrowRight', 4);
    await expect(slider(page, 'pulmonaryMetastases')).toHaveAttribute('aria-valuenow', '4');
    await expectAllAgree(page, model, now);
    await press('pulmonaryMetastases', 'PageUp', 14);
    await press('pulmonaryMetastases', 'PageUp', 15);
    await press('pulmonaryMetastases', 'ArrowLeft', 14);
    await press('pulmonaryMetastases', 'Home', 1);
    await press('pulmonaryMetastases', 'ArrowLeft', 1);
    await expectAllAgree(page, model, now);
    await press('pulmonaryMetastases', 'End', 15);
    await press('pulmonaryMetastases', 'ArrowDown', 14);
    await press('pulmonaryMetastases', 'ArrowUp', 15);
    await expectAllAgree(page, model, now);
    // Typing letters on a slider does nothing.
    await page.keyboard.press('a');
    await expectAllAgree(page, model, now);
  });

  test('with the quick form: levels, the − / + buttons and typing', async ({ page }) => {
    await openCalculator(page, 'liu2025-os');
    const now = { ...defaults(model) };
    for (const p of categorical) {
      if (p.type !== 'categorical') continue;
      const to = other(p.id, now);
      await field(page, p.id)
        .getByRole('radio', { name: p.levels.find((l) => l.id === to)!.label.en, exact: true })
        .click();
      now[p.id] = to;
      await expectAllAgree(page, model, now);
    }
    const metastases = field(page, 'pulmonaryMetastases');
    const plus = metastases.getByRole('button', { name: 'Increase Number of pulmonary metastases' });
    const minus = metastases.getByRole('button', { name: 'Decrease Number of pulmonary metastases' });
    const box = metastases.getByRole('textbox', { name: /Number of pulmonary metastases/ });
    await plus.click();
    now.pulmonaryMetastases = 4;
    await expectAllAgree(page, model, now);
    await minus.click();
    await minus.click();
    now.pulmonaryMetastases = 2;
    await expectAllAgree(page, model, now);
    await minus.click();
    await minus.click(); // cannot go below 1
    now.pulmonaryMetastases = 1;
    await expectAllAgree(page, model, now);

    await box.fill('12');
    now.pulmonaryMetastases = 12;
    await expectAllAgree(page, model, now);
    await plus.click();
    await plus.click();
    await plus.click(); // cannot go above 15
    now.pulmonaryMetastases = 15;
    await expectAllAgree(page, model, now);

    // Typed key by key, as on a phone keyboard; arrow keys in the box step the value.
    await box.fill('');
    await box.pressSequentially('7');
    now.pulmonaryMetastases = 7;
    await expectAllAgree(page, model, now);
    await box.press('ArrowUp');
    now.pulmonaryMetastases = 8;
    await expectAllAgree(page, model, now);
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    now.pulmonaryMetastases = 6;
    await expectAllAgree(page, model, now);
  });
});

test('a spline axis is drawn in pieces, and each age announces the engine’s points', async ({ page }) => {
  const model = await openCalculator(page, 'veteran-teaching');
  const age = slider(page, 'age');
  // The age points fall and then rise again, so the axis is split into more than one line.
  expect(await age.locator('line.axis-line').count()).toBeGreaterThan(1);
  const lines = await age.locator('line.axis-line').evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('y1'))));
  expect(new Set(lines).size).toBe(lines.length);

  await age.focus();
  await page.keyboard.press('Home');
  for (let a = 30; a <= 85; a++) {
    if (a > 30) await page.keyboard.press('ArrowRight');
    await expect(age).toHaveAttribute('aria-valuenow', String(a));
    await expect(age).toHaveAttribute('aria-valuetext', `${a} years, ${num(compileModel(model).points('age', a))} pts`);
  }
  await expect(field(page, 'age').getByRole('textbox')).toHaveValue('85');
  await expectResultMatchesEngine(page, model, { ...defaults(model), age: 85 });
});

test.describe('an invalid number gives no estimate', () => {
  for (const typed of ['16', '2.5', 'abc', '', '0', '-3']) {
    test(`metastases “${typed}”`, async ({ page }) => {
      const model = await openCalculator(page, 'liu2025-os');
      const box = field(page, 'pulmonaryMetastases').getByRole('textbox');
      const result = resultSection(page);
      await expect(result.locator('table.survival')).toBeVisible();
      await expect(page.locator('svg.nomogram g.patient circle')).toBeVisible();

      await box.fill(typed);
      await expect(result).toContainText('No estimate until every input is valid.');
      const problem = result.locator('.no-result li');
      await expect(problem).toHaveCount(1);
      await expect(problem).toContainText('Number of pulmonary metastases');
      await expect(problem).toContainText('a whole number from 1 to 15');
      if (typed !== '') await expect(problem).toContainText(`${typed} is not allowed`);
      // No figure anywhere in the result: no table, no percentage, no points, no median.
      await expect(result.locator('table.survival')).toHaveCount(0);
      // (The notes under it still speak of the 95% CI.)
      expect(await result.locator('.result-body').innerText()).not.toMatch(/%/);
      await expect(result).not.toContainText('Total points');
      await expect(result).not.toContainText('Median survival');
      // The field says what is wrong, and the nomogram drops the patient's line and this axis's marker.
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, 'pulmonaryMetastases').locator('.input-problem')).toContainText('a whole number from 1 to 15');
      await expect(page.locator('svg.nomogram g.patient line')).toHaveCount(0);
      await expect(page.locator('svg.nomogram g.patient circle')).toHaveCount(0);
      await expect(slider(page, 'pulmonaryMetastases').locator('circle.marker')).toHaveCount(0);
      await expect(slider(page, 'pulmonaryMetastases')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('svg.nomogram text.tick-label', { hasText: '%' }).first()).toBeVisible(); // the risk scales stay

      await box.fill('4');
      await expect(result.locator('.no-result')).toHaveCount(0);
      await expect(box).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('svg.nomogram g.patient circle')).toBeVisible();
      await expectAllAgree(page, model, { ...defaults(model), pulmonaryMetastases: 4 });
    });
  }
});

test('an age outside the derivation cohort is flagged next to the age input', async ({ page }) => {
  const model = await openCalculator(page, 'veteran-teaching');
  const age = field(page, 'age');
  await expect(age.locator('.input-warning')).toHaveCount(0);
  await age.getByRole('textbox').fill('85');
  await expect(age.locator('.input-warning')).toHaveText(
    '85 is outside the range seen in the study (34 to 81): the model is extrapolating.',
  );
  await expect(age.locator('.input-warning')).toBeVisible();
  // A warning, not a refusal: the estimate is still shown.
  await expectResultMatchesEngine(page, model, { ...defaults(model), age: 85 });
  expect(
    compileModel(model)
      .predict({ ...defaults(model), age: 85 })
      .warnings.some((w) => w.predictor === 'age'),
  ).toBe(true);
  await age.getByRole('textbox').fill('81');
  await expect(age.locator('.input-warning')).toHaveCount(0);
});

test.describe('cautions and badges', () => {
  test('liu2025-os: treatment caution next to the input, Approximate badge, no teaching note', async ({ page }) => {
    const model = await openCalculator(page, 'liu2025-os');
    const caution = field(page, 'treatment').locator('.caution');
    await expect(caution).toBeVisible();
    await expect(caution).toHaveText(`Caution: ${predictor(model, 'treatment').caution!.en}`);
    await expect(field(page, 'radiotherapy').locator('.caution')).toContainText('Association, not a harmful effect of radiotherapy');
    await expect(field(page, 'pulmonaryMetastases').locator('.caution')).toHaveCount(0);
    const badge = page.locator('#result-heading .badge');
    await expect(badge).toHaveText('Approximate');
    await expect(badge).toBeVisible();
    await page.getByText('Why approximate?', { exact: true }).click();
    await expect(resultSection(page).locator('details.approximate p')).toHaveText(model.approximate!.en);
    await expect(page.locator('main').getByText('Teaching example: not for clinical use')).toHaveCount(0);
  });

  test('liu2025-os-full: Approximate badge too', async ({ page }) => {
    await openCalculator(page, 'liu2025-os-full');
    await expect(page.locator('#result-heading .badge')).toHaveText('Approximate');
    await expect(field(page, 'treatment').locator('.caution')).toBeVisible();
  });

  test('veteran-teaching: teaching-only note, no Approximate badge', async ({ page }) => {
    await openCalculator(page, 'veteran-teaching');
    await expect(page.locator('.model-head .teaching')).toHaveText('Teaching example: not for clinical use');
    await expect(page.locator('.model-head .teaching')).toBeVisible();
    await expect(page.locator('#result-heading .badge')).toHaveCount(0);
    await expect(page.locator('main').getByText('Approximate', { exact: true })).toHaveCount(0);
    await expect(page.locator('.caution')).toHaveCount(0);
  });
});

async function openCard(page: Page) {
  await page.getByRole('button', { name: 'About this model' }).click();
  const card = page.locator('article.card');
  await expect(card).toBeVisible();
  return card;
}

test.describe('the model card', () => {
  test('liu2025-os: everything from the model file, and back with the inputs kept', async ({ page }) => {
    const model = await openCalculator(page, 'liu2025-os');
    const patient = { ...defaults(model), treatment: 'thal-ifo', pulmonaryMetastases: 11, ldh: 'high' };
    await enterPatient(page, model, patient);
    await expectAllAgree(page, model, patient);

    const card = await openCard(page);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(model.title.en);
    const doi = card.getByRole('link', { name: 'doi:10.62347/AEWT1662' });
    await expect(doi).toHaveAttribute('href', 'https://doi.org/10.62347/AEWT1662');
    await expect(card).toContainText(model.provenance.citation);
    await expect(card.locator('dt:text-is("Cohort") + dd')).toHaveText('95 patients');
    await expect(card.locator('dd', { hasText: model.provenance.period as string })).toBeVisible();
    await expect(card.locator('dd', { hasText: /^liu2025-os 1\.0\.0$/ })).toBeVisible();

    const performance = card.locator('h3:text-is("Reported performance") + ul > li');
    await expect(performance).toHaveCount(model.performance.length);
    // Reported figures keep two decimals at least: 0.80, not 0.8.
    const fixed = (x: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3, minimumFractionDigits: 2 }).format(x);
    for (const [i, m] of model.performance.entries()) {
      const ci = m.ci95 ? ` (95% CI ${fixed(m.ci95[0])}–${fixed(m.ci95[1])})` : '';
      await expect(performance.nth(i)).toHaveText(`${m.measure.en}: ${fixed(m.value)}${ci} — ${m.setting.en}`);
    }
    await expect(performance.first()).toHaveText(/^C-index: 0\.80 \(95% CI 0\.78–0\.82\)/);

    // The event as the paper defines it, the staging problem, and how the starting values were chosen.
    await expect(card.locator('dt:text-is("Event counted") + dd')).toHaveText('death or stopping treatment');
    await expect(card.locator('dt:text-is("Outcome") + dd')).toContainText('death from any cause or to stopping treatment for any reason');
    await expect(card.locator('h3:text-is("Known problems in the source") + ul > li', { hasText: 'AJCC 8th edition' })).toContainText(
      'Table 1 lists N2',
    );
    await expect(card.locator('h3:text-is("How the starting values were chosen") + p')).toHaveText(model.startingValues!.en);

    await expect(card.locator('h3:text-is("How the points and risks are computed") + p')).toHaveText(model.method.en);
    await expect(card.locator('h3:text-is("Assumptions made to encode it") + ul > li')).toHaveText(model.assumptions.map((a) => a.en));
    await expect(card.locator('h3:text-is("Known problems in the source") + ul > li')).toHaveText(model.knownProblems.map((a) => a.en));
    await expect(card.locator('h3:text-is("Changes") + ul > li')).toHaveText(
      model.changelog.map((c) => `${c.version} (${c.date}): ${c.changes.en}`),
    );
    await expect(card.locator('.approximate-note')).toContainText(model.approximate!.en);
    // The calculator is out of the way while the card is open.
    await expect(resultSection(page)).toHaveCount(0);

    await page.getByRole('button', { name: 'Back to the calculator' }).click();
    await expect(card).toHaveCount(0);
    await expectAllAgree(page, model, patient);
  });

  test('veteran-teaching: cohort, events, no performance reported, source link', async ({ page }) => {
    const model = await openCalculator(page, 'veteran-teaching');
    const card = await openCard(page);
    await expect(card.locator('p.teaching')).toHaveText('Teaching example: not for clinical use');
    await expect(card.locator('dt:text-is("Cohort") + dd')).toHaveText('137 patients, 128 events');
    await expect(card.locator('h3:text-is("Reported performance") + p')).toHaveText('None reported.');
    await expect(card.getByRole('link', { name: model.provenance.url! })).toHaveAttribute('href', model.provenance.url!);
    await expect(card.locator('dd', { hasText: /^veteran-teaching 1\.0\.0$/ })).toBeVisible();
    await expect(card.locator('h3:text-is("Changes") + ul > li')).toHaveText(
      model.changelog.map((c) => `${c.version} (${c.date}): ${c.changes.en}`),
    );
    await page.getByRole('button', { name: 'Back to the calculator' }).click();
    await expectAllAgree(page, model, defaults(model));
  });
});

test('the language button switches the interface and the model to Chinese and back', async ({ page }) => {
  const model = await openCalculator(page, 'liu2025-os');
  const patient = { ...defaults(model), pulmonaryMetastases: 6, radiotherapy: 'yes' };
  await enterPatient(page, model, patient);
  const figure = await resultSection(page).locator('tr[data-time="12"] td.estimate').textContent();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('列线图计算器');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await expect(page.getByRole('button', { name: '关于此模型' })).toBeVisible();
  await expect(field(page, 'treatment').locator('legend')).toHaveText('治疗方案');
  await expect(field(page, 'radiotherapy').getByRole('radio', { name: '是', exact: true })).toBeChecked();
  await expect(slider(page, 'pulmonaryMetastases')).toHaveAttribute('aria-label', '肺转移灶数目');
  await expect(slider(page, 'pulmonaryMetastases')).toHaveAttribute(
    'aria-valuetext',
    `6个，${num(compileModel(model).points('pulmonaryMetastases', 6))}分`,
  );
  await expect(page.locator('svg.nomogram')).toContainText('总分');
  await expect(page.locator('#model-select option:checked')).toContainText(model.title.zh);
  await expect(resultSection(page).locator('tr[data-time="12"] th')).toHaveText('12个月');
  await expect(resultSection(page).locator('tr[data-time="12"] td.estimate')).toHaveText(figure!);
  await expect(resultSection(page)).toContainText('每100名类似患者中');
  await expect(page.locator('body')).not.toContainText('Treatment regimen');
  await expect(page).toHaveTitle(`${model.title.zh} · 列线图计算器`);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nomogram calculator');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(field(page, 'treatment').locator('legend')).toHaveText('Treatment regimen');
  await expect(slider(page, 'pulmonaryMetastases')).toHaveAttribute('aria-label', 'Number of pulmonary metastases');
  await expectAllAgree(page, model, patient);
  // The percentages never change with the language.
  expect(figure).toBe(pct(compileModel(model).predict(patient).survival![0]!.estimate!));
});

test.describe('every predictor of the other models can be set each way', () => {
  for (const id of ['liu2025-os-full', 'veteran-teaching'] as const) {
    const model = loadModel(id);
    /** A value other than the current one: another level, or the tick farthest from it. */
    const otherValue = (p: (typeof model.predictors)[number], current: string | number): string | number => {
      if (p.type === 'categorical') return p.levels.find((l) => l.id !== current)!.id;
      return [...p.axis.ticks].sort((a, b) => Math.abs(b - Number(current)) - Math.abs(a - Number(current)))[0]!;
    };

    test(`${id}: tapping each axis, then the keyboard, then the quick form`, async ({ page }) => {
      // Eleven predictors checked three ways: a long test, given room on a loaded machine.
      test.setTimeout(90_000);
      await openCalculator(page, id);
      const now = { ...defaults(model) };
      for (const p of model.predictors) {
        const to = otherValue(p, now[p.id]!);
        await slider(page, p.id).scrollIntoViewIfNeeded(); // a mouse taps what is on screen
        const at = await tickPoint(page, p.id, to);
        await page.mouse.click(at.x, at.y);
        now[p.id] = to;
        await expectAllAgree(page, model, now);
      }
      for (const p of model.predictors) {
        await slider(page, p.id).focus();
        await page.keyboard.press('Home');
        now[p.id] = p.type === 'categorical' ? levelsAsDrawn(model, p)[0]! : p.axis.min;
      }
      await expectAllAgree(page, model, now);
      for (const p of model.predictors) now[p.id] = otherValue(p, now[p.id]!);
      await enterPatient(page, model, now);
      await expectAllAgree(page, model, now);
    });
  }
});

test('a link opened in a tab that already shows a case replaces it whole (only the fragment changes)', async ({ page }) => {
  await openCalculator(page, 'liu2025-os');
  const model = loadModel('veteran-teaching');
  const patient: Inputs = { trt: 'test', celltype: 'large', karno: 70, age: 50, prior: 'no' };
  await page.evaluate(
    (a) => (location.hash = `#m=veteran-teaching@1.0.0&a=${a}`),
    Object.entries(patient)
      .map(([k, v]) => `${k}:${v}`)
      .join(','),
  );
  await expect(page.locator('footer')).toContainText('veteran-teaching 1.0.0');
  await expectAllAgree(page, model, patient);
  expect(new URL(page.url()).hash).toBe('');
  // A tampered one is refused and the case on screen stays.
  await page.evaluate(() => (location.hash = '#m=veteran-teaching@1.0.0&a=trt:test,celltype:large,karno:700,age:50,prior:no'));
  await expect(page.locator('.notice')).toContainText('This link was refused');
  await expectAllAgree(page, model, patient);
});

test('typing keeps what is typed: "3.0" stays "3.0" key by key and counts as 3', async ({ page }) => {
  const model = await openCalculator(page, 'liu2025-os');
  const box = field(page, 'pulmonaryMetastases').getByRole('textbox');
  await box.fill('');
  await box.pressSequentially('3.0');
  await expect(box).toHaveValue('3.0');
  await expectResultMatchesEngine(page, model, { ...defaults(model), pulmonaryMetastases: 3 });
  await box.press('Backspace');
  await box.press('Backspace');
  await box.pressSequentially('5');
  await expect(box).toHaveValue('35');
  await expect(resultSection(page)).toContainText('No estimate');
});

test('inputs still at their starting values are named with the result until the person sets them', async ({ page }) => {
  const model = await openCalculator(page, 'liu2025-os');
  const unset = resultSection(page).locator('p.unset');
  await expect(unset).toContainText('Still at their starting values, not set by you:');
  for (const p of model.predictors) await expect(unset).toContainText(p.label.en);
  await field(page, 'treatment').getByRole('radio', { name: 'Thalidomide + ifosfamide' }).check();
  await expect(unset).not.toContainText('Treatment regimen');
  await slider(page, 'ldh').focus();
  await page.keyboard.press('End');
  await expect(unset).not.toContainText('Serum LDH');
  await enterPatient(page, model, { ...defaults(model), treatment: 'thal-ifo', ldh: 'high' });
  await expect(unset).toHaveCount(0);
  // On to the full model: the six carried over stay the person's; the five new ones are named.
  await page.locator('#model-select').selectOption('liu2025-os-full@1.0.0');
  await expect(page.locator('footer')).toContainText('liu2025-os-full 1.0.0');
  await expect(unset).toContainText('Age (28 years)');
  await expect(unset).not.toContainText('Treatment regimen');
});

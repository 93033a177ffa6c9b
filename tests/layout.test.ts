import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../src/engine/compile.ts';
import { BOARD_MIN_PAD } from '../src/app/nomogram/geometry.ts';
import { layoutNomogram, layoutSteps, type NomogramLayout, type Words } from '../src/app/nomogram/layout.ts';
import { num, pct } from '../src/app/i18n.ts';
import type { Model } from '../src/model/types.ts';
import { bundledModels } from './models.ts';

// The interface's English strings and number format, as the page uses them (src/app/i18n.ts).
const en: Record<string, string> = JSON.parse(readFileSync(new URL('../public/locales/en.json', import.meta.url), 'utf8'));
const fill = (key: string, values: Record<string, string>) => en[key]!.replace(/\{(\w+)\}/g, (_, k: string) => values[k]!);

function words(model: Model): Words {
  return {
    text: (t) => t.en,
    num,
    pct,
    pointsAxis: en.pointsAxis!,
    totalPoints: en.totalPoints!,
    risks:
      model.kind !== 'logistic'
        ? model.horizons.map((h) => fill(model.kind === 'fineGray' ? 'incidenceAt' : 'survivalAt', { time: `${num(h)} ${model.timeUnit}` }))
        : [fill('probabilityOf', { outcome: model.outcome.en.toLowerCase() })],
    widestFigure: fill('points', { n: num(100) }),
    conditioned: (name, by, level) => fill('rowOfLevel', { name, by, level }),
  };
}

/** The layout as plain data: numbers to 3 decimals, a row by its predictor's id, no functions. */
function plain(layout: NomogramLayout): unknown {
  const { g, ...rest } = layout;
  const geometry = { ...g, x: g.x.range() };
  return JSON.parse(
    JSON.stringify({ geometry, ...rest }, (key, v) => {
      if (key === 'scale' && v && typeof v === 'object') return v.condition ? `${v.predictor.id}|${v.condition.level.id}` : v.predictor.id;
      return typeof v === 'number' ? Math.round(v * 1000) / 1000 : v;
    }),
  );
}

// A phone (390 px wide, 16 px type) and a projected tumour board (1920 px).
const WIDTHS = { phone: 390, projector: 1920 };

describe('layoutNomogram(compiled, width, rootFont, words)', () => {
  for (const { name, model } of bundledModels()) {
    for (const [device, width] of Object.entries(WIDTHS)) {
      it(`lays out ${name} for a ${device} (${width} px) as it did`, async () => {
        const layout = layoutNomogram(compileModel(model), width, 16, words(model));
        await expect(`${JSON.stringify(plain(layout), null, 1)}\n`).toMatchFileSnapshot(`./snapshots/layout/${name}-${device}.json`);
      });
    }

    it(`stacks ${name}'s rows one under another, every tick inside the drawing`, () => {
      for (const width of Object.values(WIDTHS)) {
        const layout = layoutNomogram(compileModel(model), width, 16, words(model));
        expect(layout.rows[0]!.top).toBeGreaterThan(layout.points.axisY);
        let bottom = layout.rows[0]!.top;
        for (const row of layout.rows) {
          expect(row.top).toBe(bottom);
          expect(row.axisY).toBeGreaterThan(row.top);
          bottom = row.top + row.height;
        }
        expect(layout.total.top).toBeGreaterThanOrEqual(bottom);
        expect(layout.height).toBeGreaterThan(layout.risks.at(-1)!.axisY);
        const ticks = [layout.points, ...layout.rows.flatMap((r) => r.segments), layout.total, ...layout.risks].flatMap((a) => a.ticks);
        for (const t of ticks) {
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.x).toBeLessThanOrEqual(width);
        }
      }
    });
  }
});

describe('layoutSteps(compiled, width, rootFont, words): the same layout, in idle-sized steps', () => {
  for (const { name, model } of bundledModels()) {
    it(`lays ${name} out in a step per row and per ruler, ending where layoutNomogram ends`, () => {
      const c = compileModel(model);
      for (const width of Object.values(WIDTHS)) {
        const steps = layoutSteps(c, width, 16, words(model));
        let pauses = 0;
        let step = steps.next();
        for (; !step.done; step = steps.next()) pauses++;
        const layout = step.value;
        // The font, the geometry and scales, the points ruler, each row, the total and each risk axis.
        expect(pauses).toBe(3 + layout.rows.length + 1 + layout.risks.length);
        expect(plain(layout)).toEqual(plain(layoutNomogram(c, width, 16, words(model))));
      }
    });
  }
});

describe('layoutNomogram(compiled, width, rootFont, words, board)', () => {
  for (const { name, model } of bundledModels()) {
    it(`packs ${name} for a projected board: type of 20 px or more, names level with their axis, rows closer as the pad shrinks`, () => {
      const c = compileModel(model);
      const normal = layoutNomogram(c, 1920, 16, words(model));
      const loose = layoutNomogram(c, 1920, 16, words(model), { pad: 1 });
      const tight = layoutNomogram(c, 1920, 16, words(model), { pad: BOARD_MIN_PAD });
      expect(normal.g.board).toBeUndefined();
      for (const layout of [loose, tight]) {
        expect(layout.g.fontSize).toBeGreaterThanOrEqual(20);
        // No points column: the axes run to the drawing's right edge, and take more of it than usual.
        expect(layout.g.x.range()[1]!).toBeGreaterThan(normal.g.x.range()[1]!);
        let bottom = layout.rows[0]!.top;
        for (const row of layout.rows) {
          expect(row.top).toBe(bottom);
          expect(row.name.y).toBeCloseTo(row.axisY + layout.g.fontSize * 0.35);
          expect(row.name.lines.length).toBeLessThanOrEqual(3);
          // The name hangs from the axis: the row is tall enough for all its lines.
          expect(row.top + row.height).toBeGreaterThanOrEqual(row.name.y + (row.name.lines.length - 1) * row.name.lineHeight);
          bottom = row.top + row.height;
        }
      }
      expect(tight.height).toBeLessThan(loose.height);
    });
  }
});

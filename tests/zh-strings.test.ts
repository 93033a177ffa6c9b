import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { switchLanguage } from '../src/app/i18n.ts';
import { allowedText, problemText, valueLabel, valueText } from '../src/app/values.ts';
import { defaultValue } from '../src/engine/inputs.ts';
import { bundledModels } from './models.ts';
import { englishWords, halfWidth, hyphenRange, spaced, zhTexts } from './zhStyle.ts';

/**
 * The Chinese interface, string by string: every zh string of the strings file and of every model
 * file reads as Chinese (no English words but those a Chinese oncologist writes in Latin letters),
 * with full-width punctuation and one spacing style; so does the text the page builds from them.
 */

const locale = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../public/locales/${lang}.json`, import.meta.url), 'utf8'));

const files = readdirSync(new URL('../models/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(new URL(`../models/${d.name}/`, import.meta.url)).map((f) => `${d.name}/${f}`));
const strings: [string, string][] = [
  ...Object.entries(locale('zh')).map(([k, v]): [string, string] => [`zh.json ${k}`, v]),
  ...files.flatMap((f) => zhTexts(JSON.parse(readFileSync(new URL(`../models/${f}`, import.meta.url), 'utf8')), `${f} `)),
];

describe('every zh string', () => {
  it('was found: the strings file and every model file', () => {
    expect(strings.length).toBeGreaterThan(400);
    expect(new Set(strings.map(([where]) => where.split(' ')[0])).size).toBe(files.length + 1);
  });

  it.each(strings)('%s: no English word but units, abbreviations, eponyms and names', (_, s) => {
    expect(englishWords(s)).toEqual([]);
  });

  it.each(strings)('%s: full-width ( : , next to Chinese, Chinese spacing, ranges with ～', (_, s) => {
    expect({ halfWidth: halfWidth(s), spaced: spaced(s), hyphenRange: hyphenRange(s) }).toEqual({
      halfWidth: [],
      spaced: [],
      hyphenRange: [],
    });
  });

  it('says 95%置信区间, never 95%区间 or 95% 区间', () => {
    expect(strings.filter(([, s]) => /95% ?区间/.test(s))).toEqual([]);
  });

  it('has no key the English strings lack, and none missing', () => {
    expect(Object.keys(locale('zh')).sort()).toEqual(Object.keys(locale('en')).sort());
  });
});

describe('text built from zh pieces', () => {
  beforeAll(async () => {
    globalThis.fetch = (async (url: string) =>
      new Response(readFileSync(new URL(`../public/${String(url).replace(/^\//, '')}`, import.meta.url)))) as typeof fetch;
    await switchLanguage('zh');
  });

  const built = bundledModels().flatMap(({ name, model }) => model.predictors.map((p) => [`${name} ${p.id}`, model, p] as const));
  it.each(built)('%s: what it accepts, its value and its problem read as one Chinese sentence', (_, model, p) => {
    const texts = [
      allowedText(p),
      valueLabel(p, defaultValue(p)),
      valueText(model, p, defaultValue(p), true),
      problemText(p, 'abc'),
      problemText(p, ''),
    ];
    for (const s of texts) {
      expect(s).not.toMatch(/\{\w+\}/);
      expect({ s, halfWidth: halfWidth(s), spaced: spaced(s) }).toEqual({ s, halfWidth: [], spaced: [] });
    }
    if (p.type !== 'categorical') expect(allowedText(p)).toMatch(/^(整数|数值)（[\d.]+～[\d.]+\S+）$/);
  });
});

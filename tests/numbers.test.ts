import { describe, expect, it } from 'vitest';
import { formatDateLong, formatNumber } from '../src/app/numbers.ts';
import { mulberry32 } from './random.ts';

const LOCALES = { en: 'en-GB', zh: 'zh-CN' } as const;
const intl = (locale: string, x: number, digits: number, least: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: least }).format(x);

describe('numbers are written as Intl writes them in both languages, without loading Intl', () => {
  const edges = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 1.0049999, 999.5, 999.95, 1000, 9999.5, 123456.789, -1234.5];
  const specials = [NaN, Infinity, -Infinity, 1e21, 1.5e22, -1e-7];

  for (const [lang, locale] of Object.entries(LOCALES))
    it(`${lang}: edges, ties, grouping, signs and specials`, () => {
      for (const x of [...edges, ...specials])
        for (let digits = 0; digits <= 4; digits++)
          for (let least = 0; least <= digits; least++)
            expect(formatNumber(x, digits, least), `${x} with ${digits} decimals, at least ${least}`).toBe(intl(locale, x, digits, least));
    });

  it('10,000 random figures of every size, both languages', () => {
    const rand = mulberry32(20261201);
    for (let i = 0; i < 10000; i++) {
      const scale = 10 ** Math.floor(rand() * 12 - 5);
      const x = (rand() - 0.3) * scale;
      const digits = Math.floor(rand() * 5);
      const least = Math.floor(rand() * (digits + 1));
      for (const locale of Object.values(LOCALES))
        expect(formatNumber(x, digits, least), `${x}, ${digits}, ${least}`).toBe(intl(locale, x, digits, least));
    }
  });

  it('every day of three years in long form, as Intl writes it', () => {
    for (let day = new Date(2024, 0, 1); day.getFullYear() < 2027; day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1))
      for (const [lang, locale] of Object.entries(LOCALES))
        expect(formatDateLong(day, lang as 'en' | 'zh')).toBe(day.toLocaleDateString(locale, { dateStyle: 'long' }));
  });
});

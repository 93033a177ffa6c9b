import type { Language } from '../model/types.ts';

/**
 * Numbers and dates as Intl would write them in en-GB and zh-CN, without Intl: the first use of
 * Intl in a page loads the browser's locale data, a 25–80 ms task that would hold up the first
 * result. Both languages write numbers alike ("1,234.5"); tests/numbers.test.ts checks every case
 * against Intl itself.
 */

/**
 * `x` with at most `digits` decimals and at least `least`, grouped by thousands with commas:
 * Intl.NumberFormat's output for en-GB and zh-CN. Like Intl, it rounds half away from zero on the
 * shortest decimal that reads back as `x` (0.15 is "0.2" with one decimal), not on its binary value
 * as toFixed does ("0.1").
 */
export function formatNumber(x: number, digits = 0, least = 0): string {
  if (Number.isNaN(x)) return 'NaN';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (!Number.isFinite(x)) return `${sign}∞`;
  // The shortest decimal of |x| as significant digits and the place of the decimal point among them.
  const [, whole = '', fraction = '', exponent = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(x)))!;
  const significant = whole + fraction;
  const point = whole.length + Number(exponent);
  // The value in units of the last decimal kept, rounded half up on the first digit dropped.
  const kept = point + digits;
  const units = kept <= 0 ? 0n : BigInt(significant.slice(0, kept).padEnd(kept, '0'));
  const up = kept >= 0 && (significant[kept] ?? '0') >= '5';
  const text = (units + (up ? 1n : 0n)).toString().padStart(digits + 1, '0');
  let decimals = text.slice(text.length - digits);
  while (decimals.length > least && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const grouped = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day in long form, as Intl.DateTimeFormat's dateStyle "long": "1 December 2026", "2026年12月1日". */
export function formatDateLong(date: Date, language: Language): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth(), date.getDate()];
  return language === 'zh' ? `${y}年${m + 1}月${d}日` : `${d} ${MONTHS[m]} ${y}`;
}

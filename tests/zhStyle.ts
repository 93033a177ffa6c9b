/**
 * The project's Chinese style, as rules a test can apply to any zh text: no English words but those
 * a Chinese oncologist writes in Latin letters, full-width punctuation next to Chinese, no space
 * between Chinese and a number or a Latin word, ranges with ～, and "95%置信区间". Used for the
 * strings file and the bundled models (zh-strings.test.ts) and for what the R exporter writes.
 */

// Latin words a Chinese clinical text keeps as they are, each for a reason.
const ALLOWED = new Set([
  // units (a space before them: 240 U/L, 50 mg)
  'U/L',
  'mg',
  'g',
  'kg',
  // drug, laboratory, imaging and statistical abbreviations
  'LDH',
  'CT',
  'HR',
  'AUC',
  'ROC',
  'AJCC',
  'T',
  'N',
  'CI',
  'C',
  'P',
  'SE',
  'LP',
  'exp',
  // eponyms: tests, scores and models named after people
  'Cox',
  'Kaplan-Meier',
  'Brier',
  'Karnofsky',
  'Wald',
  'Logistic',
  'Liu',
  'Harrell',
  'Greenwood',
  'Wilson',
  // software and data (R and its packages), file formats, a hospital's name
  'R',
  'rms',
  'MASS',
  'JSON',
  'CSV',
  'HTTP',
  'SHA-256',
  'https',
  'Baystate',
  // the two scenarios, and the name of the other interface language on its switch
  'A',
  'B',
  'English',
]);
/** T and N categories: T1, N0, T3～T4. */
const STAGE = /^[TN]\d$/;

/** Every text of a model file given in both languages, with its JSON path. */
function bilingual(node: unknown, path: string, out: { path: string; en: string; zh: string }[] = []) {
  if (Array.isArray(node)) node.forEach((v, i) => bilingual(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string' && Object.keys(o).length === 2)
      out.push({ path: `${path}.zh`, en: o.en, zh: o.zh });
    else for (const [k, v] of Object.entries(o)) bilingual(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** Every zh text of a model file, with its JSON path after `prefix`. */
export const zhTexts = (model: unknown, prefix = ''): [string, string][] => bilingual(model, prefix).map((t) => [t.path, t.zh]);

const HAN = '\\u4e00-\\u9fff';
const CHINESE = `[${HAN}（）：，。；、“”？！]`;
/** A code span (`lrm(low ~ age)`) is R, not prose; a placeholder is filled in later. */
const prose = (s: string) => s.replace(/`[^`]*`/g, ' ').replace(/\{\w+\}/g, ' ');

export function englishWords(s: string): string[] {
  return (prose(s).match(/[A-Za-z][A-Za-z0-9/-]*[A-Za-z0-9]|[A-Za-z]/g) ?? []).filter((w) => !ALLOWED.has(w) && !STAGE.test(w));
}
export const halfWidth = (s: string) => prose(s).match(new RegExp(`${CHINESE}[(:,]|[(:,]${CHINESE}`, 'g')) ?? [];
// One spacing style: no space between Chinese and a number or a Latin word (a placeholder counts as one).
export const spaced = (s: string) =>
  s.replace(/`[^`]*`/g, '``').match(new RegExp(`[${HAN}][ ]+[A-Za-z0-9{%]|[A-Za-z0-9}%][ ]+[${HAN}]`, 'g')) ?? [];
export const hyphenRange = (s: string) => prose(s).match(/(?<![A-Za-z0-9_./-])[TN]?\d+(\.\d+)?-[TN]?\d+(?![A-Za-z0-9_./-])/g) ?? [];

/** Every way `s` departs from the style, named; none for a text in style. */
export function zhStyleProblems(s: string): string[] {
  return [
    ...englishWords(s).map((w) => `English word "${w}"`),
    ...halfWidth(s).map((m) => `half-width punctuation "${m}"`),
    ...spaced(s).map((m) => `space "${m}"`),
    ...hyphenRange(s).map((m) => `range with a hyphen "${m}"`),
    ...(/95% ?区间/.test(s) ? ['"95%区间" rather than "95%置信区间"'] : []),
  ];
}

/**
 * The Chinese a model file says in its own words: every zh text that differs from its en. A text
 * the same in both languages (a variable's name used as its label, until someone translates it)
 * is data, not Chinese prose.
 */
export const writtenChinese = (model: unknown): [string, string][] =>
  bilingual(model, '')
    .filter((t) => t.zh !== t.en)
    .map((t) => [t.path, t.zh]);

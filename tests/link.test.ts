import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { switchLanguage } from '../src/app/i18n.ts';
import { formatLink, parseLink, type LinkState } from '../src/app/link.ts';
import { refusalText, type Refusal } from '../src/app/refusal.ts';

// The page fetches its strings; here they come from the files it would fetch.
globalThis.fetch = (async (url: string) =>
  new Response(readFileSync(new URL(`../public/${String(url).replace(/^\//, '')}`, import.meta.url)))) as typeof fetch;

describe('a case in a link', () => {
  it('comes back exactly as it went in, with both scenarios, the language and the view', () => {
    const state: LinkState = {
      model: 'liu2025-os',
      version: '1.0.0',
      a: { treatment: 'thal-ifo', pulmonaryMetastases: 4, ldh: 'high' },
      b: { treatment: 'etop-ifo', pulmonaryMetastases: 12.5 },
      lang: 'zh',
      view: 'card',
    };
    expect(parseLink(formatLink(state))).toEqual(state);
  });

  it('carries the horizon and tumour-board view', () => {
    const state: LinkState = { model: 'veteran-teaching', version: '1.0.0', a: { age: 60 }, b: { age: 70 }, h: 180, view: 'board' };
    const text = formatLink(state);
    expect(text).toBe('#m=veteran-teaching@1.0.0&a=age:60&b=age:70&h=180&view=board');
    expect(parseLink(text)).toEqual(state);
  });

  it('refuses an unreadable horizon or an unknown view', () => {
    expect(parseLink('#m=veteran-teaching@1.0.0&a=age:60&h=soon')).toEqual({ code: 'linkHorizon' });
    expect(parseLink('#m=veteran-teaching@1.0.0&a=age:60&h=1&h=2')).toEqual({ code: 'linkTwice', key: 'h' });
    expect(parseLink('#m=veteran-teaching@1.0.0&a=age:60&view=wall')).toEqual({ code: 'linkView' });
  });

  it('carries level ids with spaces, delimiters or Chinese, as an R factor level may have', () => {
    const state: LinkState = { model: 'lung-example', version: '2.1.0-rc.1', a: { cell: 'Large cell', odd: 'a,b:c&d=e', site: '股骨' } };
    const link = formatLink(state);
    expect(link).not.toMatch(/[ ,]Large|股/);
    expect(parseLink(link)).toEqual(state);
  });

  it('keeps a level that merely looks like a number as a number (the model then decides)', () => {
    expect(parseLink('#m=x@1.0.0&a=grade:2,score:-0.5,big:1e3')).toEqual({
      model: 'x',
      version: '1.0.0',
      a: { grade: 2, score: -0.5, big: 1000 },
    });
  });

  it('reads a predictor called "code" as a value, not as a refusal', () => {
    expect(parseLink('#m=x@1.0.0&a=code:7')).toEqual({ model: 'x', version: '1.0.0', a: { code: 7 } });
  });

  it("without A's values names only the model (which opens at its starting values); an empty A is still unreadable", () => {
    expect(parseLink('#m=veteran-teaching@1.0.0')).toEqual({ model: 'veteran-teaching', version: '1.0.0', a: {} });
    expect(parseLink('#m=veteran-teaching@1.0.0&lang=zh')).toEqual({ model: 'veteran-teaching', version: '1.0.0', a: {}, lang: 'zh' });
    expect(parseLink('#m=veteran-teaching@1.0.0&a=')).toEqual({ code: 'linkValue', value: '' });
    // B, a horizon or a view need A's values: the board would project starting values without saying so.
    for (const more of ['b=age:60', 'h=180', 'view=board', 'view=card'])
      expect(parseLink(`#m=veteran-teaching@1.0.0&${more}`)).toEqual({ code: 'linkValue', value: '' });
  });

  it('is empty without a fragment', () => {
    expect(parseLink('')).toBeNull();
    expect(parseLink('#')).toBeNull();
  });

  for (const [what, hash, refusal, en, zh] of [
    [
      'an unknown part',
      '#m=x@1.0.0&a=k:1&evil=1',
      { code: 'linkUnknownPart', part: 'evil' },
      'unknown part “evil”.',
      '含有无法识别的部分“evil”。',
    ],
    ['a part given twice', '#m=x@1.0.0&a=k:1&a=k:2', { code: 'linkTwice', key: 'a' }, 'a is given twice.', 'a出现了两次。'],
    ['a predictor given twice', '#m=x@1.0.0&a=k:1,k:2', { code: 'linkTwice', key: 'k' }, 'k is given twice.', 'k出现了两次。'],
    [
      'a prototype name as a predictor, twice',
      '#m=x@1.0.0&a=constructor:1,constructor:2',
      { code: 'linkTwice', key: 'constructor' },
      'constructor is given twice.',
      'constructor出现了两次。',
    ],
    ['a malformed model', '#m=X Y@1&a=k:1', { code: 'linkModel' }, 'the model is missing or malformed.', '缺少模型或模型格式有误。'],
    ['a missing version', '#m=x&a=k:1', { code: 'linkModel' }, 'the model is missing or malformed.', '缺少模型或模型格式有误。'],
    [
      'markup as a key',
      '#m=x@1.0.0&a=<img src=x onerror=alert(1)>:1',
      { code: 'linkValue', value: '<img src=x onerror=alert(1)>:1' },
      'unreadable value “<img src=x onerror=alert(1)>:1”.',
      '链接中含无法识别的值“<img src=x onerror=alert(1)>:1”。',
    ],
    [
      'a control character in a value',
      '#m=x@1.0.0&a=k:%00',
      { code: 'linkValue', value: 'k:%00' },
      'unreadable value “k:%00”.',
      '链接中含无法识别的值“k:%00”。',
    ],
    [
      'a broken percent escape',
      '#m=x@1.0.0&a=k:%E0%A4%A',
      { code: 'linkValue', value: 'k:%E0%A4%A' },
      'unreadable value “k:%E0%A4%A”.',
      '链接中含无法识别的值“k:%E0%A4%A”。',
    ],
    ['an unknown language', '#m=x@1.0.0&a=k:1&lang=fr', { code: 'linkLanguage' }, 'unknown language.', '无法识别的语言。'],
    ['an unknown view', '#m=x@1.0.0&a=k:1&view=admin', { code: 'linkView' }, 'unknown view.', '无法识别的视图。'],
    ['a link too long to be one', `#m=x@1.0.0&a=${'k:1,'.repeat(1200)}k:1`, { code: 'linkTooLong' }, 'the link is too long.', '链接过长。'],
  ] as const) {
    it(`is refused whole for ${what}, saying why in either language`, async () => {
      const result = parseLink(hash);
      expect(result).toEqual(refusal);
      await switchLanguage('en');
      expect(refusalText(result as Refusal)).toBe(en);
      await switchLanguage('zh');
      expect(refusalText(result as Refusal)).toBe(zh);
    });
  }

  it('refuses a value that is too long, quoting only its start', () => {
    expect(parseLink(`#m=x@1.0.0&a=k:${'a'.repeat(101)}`)).toEqual({ code: 'linkValue', value: `k:${'a'.repeat(38)}` });
  });
});

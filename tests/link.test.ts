import { describe, expect, it } from 'vitest';
import { formatLink, parseLink, type LinkState } from '../src/app/link.ts';

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
    expect(parseLink('#m=veteran-teaching@1.0.0&a=age:60&h=soon')).toBe('unreadable horizon');
    expect(parseLink('#m=veteran-teaching@1.0.0&a=age:60&h=1&h=2')).toBe('h is given twice');
    expect(parseLink('#m=veteran-teaching@1.0.0&a=age:60&view=wall')).toBe('unknown view');
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

  it('is empty without a fragment', () => {
    expect(parseLink('')).toBeNull();
    expect(parseLink('#')).toBeNull();
  });

  for (const [what, hash, reason] of [
    ['an unknown part', '#m=x@1.0.0&a=k:1&evil=1', /unknown part "evil"/],
    ['a part given twice', '#m=x@1.0.0&a=k:1&a=k:2', /a is given twice/],
    ['a predictor given twice', '#m=x@1.0.0&a=k:1,k:2', /k is given twice/],
    ['a prototype name as a predictor, twice', '#m=x@1.0.0&a=constructor:1,constructor:2', /constructor is given twice/],
    ['a malformed model', '#m=X Y@1&a=k:1', /model is missing or malformed/],
    ['a missing version', '#m=x&a=k:1', /model is missing or malformed/],
    ['markup as a key', '#m=x@1.0.0&a=<img src=x onerror=alert(1)>:1', /unreadable value/],
    ['a control character in a value', '#m=x@1.0.0&a=k:%00', /unreadable value/],
    ['a broken percent escape', '#m=x@1.0.0&a=k:%E0%A4%A', /unreadable value/],
    ['a value that is too long', `#m=x@1.0.0&a=k:${'a'.repeat(101)}`, /unreadable value/],
    ['an unknown language', '#m=x@1.0.0&a=k:1&lang=fr', /unknown language/],
    ['an unknown view', '#m=x@1.0.0&a=k:1&view=admin', /unknown view/],
    ['a link too long to be one', `#m=x@1.0.0&a=${'k:1,'.repeat(1200)}k:1`, /too long/],
  ] as const) {
    it(`is refused whole for ${what}, saying why`, () => {
      const result = parseLink(hash);
      expect(typeof result).toBe('string');
      expect(result).toMatch(reason);
    });
  }
});

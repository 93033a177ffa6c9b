import type { Refusal } from './refusal.ts';

/**
 * The whole state of a case in the URL fragment, so a link reopens it exactly and nothing is sent
 * to a server (a fragment never leaves the browser):
 *   #m=some-model@1.2.0&a=stage:high,count:4&b=stage:low,count:4&h=24&lang=zh&view=board
 * `b` is a second scenario compared with the patient `a`; `h` the horizon the icon array reads.
 */
export interface LinkState {
  model: string;
  version: string;
  /** Raw values; the model decides whether they are acceptable. */
  a: Record<string, string | number>;
  b?: Record<string, string | number>;
  h?: number;
  lang?: 'en' | 'zh';
  /** `board`: the calculator laid out for a projected screen. */
  view?: 'calculator' | 'card' | 'board';
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
// Level ids come from model files (an R factor level may hold spaces or any script), so values are
// percent-encoded one by one; what decodes to a control character or to something very long is refused.
// eslint-disable-next-line no-control-regex -- control characters are exactly what a link value may not hold
const VALUE = /^[^\u0000-\u001f\u007f]{1,100}$/;

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function encodeInputs(inputs: Record<string, string | number>): string {
  return Object.entries(inputs)
    .map(([k, v]) => `${k}:${encodeURIComponent(String(v))}`)
    .join(',');
}

/** The values of one scenario, or why they cannot be read (a predictor may well be called `code`). */
function decodeInputs(text: string): { inputs: Record<string, string | number> } | { refused: Refusal } {
  const out: Record<string, string | number> = {};
  for (const pair of text.split(',')) {
    const [rawKey = '', rawValue = '', ...extra] = pair.split(':');
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (extra.length || key === undefined || value === undefined || !KEY.test(key) || !VALUE.test(value)) {
      return { refused: { code: 'linkValue', value: pair.slice(0, 40) } };
    }
    if (Object.hasOwn(out, key)) return { refused: { code: 'linkTwice', key } };
    out[key] = NUMBER.test(value) ? Number(value) : value;
  }
  return { inputs: out };
}

export function formatLink(state: LinkState): string {
  const params = [`m=${state.model}@${state.version}`, `a=${encodeInputs(state.a)}`];
  if (state.b) params.push(`b=${encodeInputs(state.b)}`);
  if (state.h !== undefined) params.push(`h=${state.h}`);
  if (state.lang) params.push(`lang=${state.lang}`);
  if (state.view && state.view !== 'calculator') params.push(`view=${state.view}`);
  return `#${params.join('&')}`;
}

/** Parses a fragment; a refusal says why it was refused. An empty fragment gives null. */
export function parseLink(hash: string): LinkState | Refusal | null {
  const text = hash.replace(/^#/, '');
  if (!text) return null;
  if (text.length > 4000) return { code: 'linkTooLong' };
  const params = new Map<string, string>();
  // Split on the raw delimiters first: an encoded value may itself contain "&", "," or ":".
  for (const part of text.split('&')) {
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    if (!['m', 'a', 'b', 'h', 'lang', 'view'].includes(key)) return { code: 'linkUnknownPart', part: key.slice(0, 20) };
    if (params.has(key)) return { code: 'linkTwice', key };
    params.set(key, at < 0 ? '' : part.slice(at + 1));
  }
  const [model = '', version = '', ...rest] = (params.get('m') ?? '').split('@');
  if (rest.length || !ID.test(model) || !VERSION.test(version)) return { code: 'linkModel' };
  // A link with only the model (and a language) opens it at its starting values, each shown as not
  // set; anything more (B, a horizon, a view such as the board, which hides that) needs A's values.
  const a =
    params.has('a') || [...params.keys()].some((k) => k !== 'm' && k !== 'lang') ? decodeInputs(params.get('a') ?? '') : { inputs: {} };
  if ('refused' in a) return a.refused;
  const state: LinkState = { model, version, a: a.inputs };
  if (params.has('b')) {
    const b = decodeInputs(params.get('b')!);
    if ('refused' in b) return b.refused;
    state.b = b.inputs;
  }
  const h = params.get('h');
  if (h !== undefined) {
    if (!NUMBER.test(h)) return { code: 'linkHorizon' };
    state.h = Number(h);
  }
  const lang = params.get('lang');
  if (lang !== undefined) {
    if (lang !== 'en' && lang !== 'zh') return { code: 'linkLanguage' };
    state.lang = lang;
  }
  const view = params.get('view');
  if (view !== undefined) {
    if (view !== 'calculator' && view !== 'card' && view !== 'board') return { code: 'linkView' };
    state.view = view;
  }
  return state;
}

/**
 * Fuzzed links and form values never execute anything and never show a figure for an invalid value.
 *
 * Links: seeded variants of `#m=liu2025-os@1.0.0&a=…` broken in one to three ways (huge numbers,
 * negative or fractional counts, unknown levels and predictors, repeated keys and parts, markup
 * that tries to set window.__pwned, bad percent-encoding, overlong text, missing parts). Each must
 * be refused with a notice and open the default calculator exactly as a plain visit does; a few
 * valid links are mixed in and must open with the engine's figures. Typed values: seeded text in
 * the metastases field; an invalid one shows the problem and no percentage, a valid one the
 * engine's figures. Throughout: no dialog, no page error, no CSP violation, no injected element,
 * window.__pwned never set.
 *
 * FUZZ_LINKS (default 120) and FUZZ_TYPED (default 120) set the counts, FUZZ_SEED the seed (the
 * defaults keep the file under a minute on two cores).
 */
import { expect, test, type Page } from '@playwright/test';
import type { Inputs } from '../src/model/types.ts';
import { defaults, expectResultMatchesEngine, loadModel } from './support.ts';
import { mulberry32 } from '../tests/random.ts';

const LINKS = Number(process.env.FUZZ_LINKS ?? 120);
const TYPED = Number(process.env.FUZZ_TYPED ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const SHARDS = 2;

const model = loadModel('liu2025-os');
const COUNT = 'pulmonaryMetastases';

class Rng {
  next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(lo: number, hi: number) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number) {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------- links

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  "'><svg/onload=window.__pwned=1>",
  '</p><img src=x onerror=window.__pwned=1>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'javascript:window.__pwned=1',
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '<details open ontoggle=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">x</a>',
];

/** Encodings a payload may arrive in: raw (the browser escapes what it must), encoded, double-encoded. */
function encodePayload(rng: Rng, p: string): string {
  return rng.pick([p, encodeURIComponent(p), encodeURIComponent(encodeURIComponent(p)), p.replace(/</g, '%3C').replace(/>/g, '%3E')]);
}

type Pair = [string, string];

interface LinkCase {
  hash: string;
  /** What was done to it, for the failure message. */
  how: string[];
  /** Valid controls: the inputs the link must open with. */
  valid?: Inputs;
}

function randomInputs(rng: Rng): Inputs {
  return Object.fromEntries(
    model.predictors.map((p) => [p.id, p.type === 'categorical' ? rng.pick(p.levels).id : rng.int(p.axis.min, p.axis.max)]),
  );
}

function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const CATEGORICAL = model.predictors.filter((p) => p.type === 'categorical');

/**
 * One way of breaking a link: changes the parts in place. Every one of them makes the link
 * invalid on its own, so any combination must be refused.
 */
type Mutation = (rng: Rng, s: { m: string; pairs: Pair[]; extra: string[]; drop: Set<string> }) => string;

/** A pair to break; when every pair is gone already, one is added (the link stays invalid). */
const anyPair = (rng: Rng, s: { pairs: Pair[] }): Pair => {
  if (s.pairs.length === 0) s.pairs.push([COUNT, '3']);
  return rng.pick(s.pairs);
};

const setCount = (s: { pairs: Pair[] }, v: string) => {
  const pair = s.pairs.find(([k]) => k === COUNT);
  if (pair) pair[1] = v;
  else s.pairs.push([COUNT, v]);
};

const MUTATIONS: Record<string, Mutation> = {
  hugeNumber(rng, s) {
    const v = rng.pick([
      '16',
      '100',
      '1000000',
      '99999999999999999999',
      '1e308',
      '1e309',
      '1.7976931348623157e308',
      '9'.repeat(60),
      '1E99',
    ]);
    setCount(s, v);
    return `count ${v}`;
  },
  negativeOrZero(rng, s) {
    const v = rng.pick(['0', '-0', '-1', '-15', '-0.0', '-1e3', '-99999999999']);
    setCount(s, v);
    return `count ${v}`;
  },
  fraction(rng, s) {
    const v = rng.pick(['4.5', '1.0000001', '14.999', '2.5e0', '.5', '7.25', '0.1', '1e-1', '3.14159']);
    setCount(s, v);
    return `count ${v}`;
  },
  notANumber(rng, s) {
    const v = rng.pick(['NaN', 'Infinity', '-Infinity', 'four', '4a', '0x4', '4e', 'e4', '1_0', 'null', 'true', '4.4.4', '--4']);
    setCount(s, v);
    return `count ${v}`;
  },
  unknownLevel(rng, s) {
    const p = rng.pick(CATEGORICAL);
    const candidates = [
      'HIGH',
      'Yes',
      'true',
      '1',
      '0',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      'toString',
      'etop_ifo',
      'thal',
      'medium',
      'high-',
      '-',
      'low.',
    ];
    const v = rng.pick(candidates.filter((c) => !p.levels.some((l) => l.id === c)));
    const pair = s.pairs.find(([k]) => k === p.id);
    if (pair) pair[1] = v;
    else s.pairs.push([p.id, v]);
    return `${p.id} ${v}`;
  },
  unknownPredictor(rng, s) {
    const k = rng.pick(['age', 'foo', 'pulmonarymetastases', 'PulmonaryMetastases', 'treatment2', 'ldh_', 'x'.repeat(64), 'a', 'z9-_']);
    s.pairs.splice(rng.int(0, s.pairs.length), 0, [k, rng.pick(['1', 'high', 'yes'])]);
    return `extra key ${k}`;
  },
  duplicateKey(rng, s) {
    const [k, v] = anyPair(rng, s);
    const other = rng.chance(0.5) ? v : k === COUNT ? '5' : 'high';
    s.pairs.splice(rng.int(0, s.pairs.length), 0, [k, other]);
    return `${k} twice`;
  },
  duplicatePart(rng, s) {
    const part = rng.pick(['m=liu2025-os@1.0.0', 'a=treatment:thal-ifo', 'lang=en', 'view=card']);
    // Twice more: still repeated if another mutation drops the link's own copy.
    s.extra.push(part, part);
    return `part ${part.split('=')[0]} twice`;
  },
  markupInValue(rng, s) {
    const pair = anyPair(rng, s);
    pair[1] = encodePayload(rng, rng.pick(PAYLOADS));
    return `markup in ${pair[0]}`;
  },
  markupInKey(rng, s) {
    s.pairs.splice(rng.int(0, s.pairs.length), 0, [encodePayload(rng, rng.pick(PAYLOADS)), '1']);
    return 'markup as a key';
  },
  markupElsewhere(rng, s) {
    const payload = encodePayload(rng, rng.pick(PAYLOADS));
    const where = rng.pick(['model', 'version', 'lang', 'view', 'part', 'a']);
    if (where === 'model') s.m = `${payload}@1.0.0`;
    else if (where === 'version') s.m = `liu2025-os@${payload}`;
    else if (where === 'lang') s.extra.push(`lang=${payload}`);
    else if (where === 'view') s.extra.push(`view=${payload}`);
    else if (where === 'part') s.extra.push(`${payload}=1`);
    else s.pairs.splice(0, s.pairs.length, [payload, payload]);
    return `markup in ${where}`;
  },
  badEncoding(rng, s) {
    const junk = rng.pick(['%', '%E0%A4%A', '%ZZ', '%C0%AF', '%ED%A0%80', '%FF', '%u0041', '%%41']);
    const pair = anyPair(rng, s);
    pair[1] = `${pair[1]}${junk}`;
    return `bad percent-encoding ${junk}`;
  },
  encodedJunk(rng, s) {
    const junk = rng.pick([
      '%00',
      '%0A',
      '%0D%0A',
      '%09',
      '%20',
      '%2C',
      '%3A',
      '%26',
      '%3D',
      '%23',
      '%2F',
      '%5C',
      '%F0%9F%92%A9',
      '%E2%80%AE',
      '%C2%A0',
      '%EF%BB%BF',
    ]);
    const pair = anyPair(rng, s);
    pair[1] = rng.chance(0.5) ? `${pair[1]}${junk}` : `${junk}${pair[1]}`;
    return `${pair[0]} with ${junk}`;
  },
  overlong(rng, s) {
    const kind = rng.pick(['value', 'key', 'link', 'number']);
    if (kind === 'value') anyPair(rng, s)[1] = 'x'.repeat(rng.int(65, 600));
    else if (kind === 'key') s.pairs.push(['k'.repeat(rng.int(65, 300)), '1']);
    else if (kind === 'number') setCount(s, '1'.repeat(rng.int(65, 400)));
    else s.extra.push(`b=${'treatment:thal-ifo,'.repeat(rng.int(220, 400))}`);
    return `overlong ${kind}`;
  },
  missingPredictor(rng, s) {
    const [k] = anyPair(rng, s);
    // Every occurrence, or a repeated key would put it back.
    s.pairs.splice(0, s.pairs.length, ...s.pairs.filter(([x]) => x !== k));
    return `${k} missing`;
  },
  missingValueOrColon(rng, s) {
    const pair = anyPair(rng, s);
    const form = rng.pick(['empty', 'noColon', 'twoColons', 'emptyKey']);
    if (form === 'empty') pair[1] = '';
    else if (form === 'noColon') {
      pair[0] = `${pair[0]}${pair[1]}`;
      pair[1] = '\u0000nocolon';
    } else if (form === 'twoColons') pair[1] = `${pair[1]}:${pair[1]}`;
    else pair[0] = '';
    return `${pair[0] || 'key'} ${form}`;
  },
  missingPart(rng, s) {
    const form = rng.pick([
      'noM',
      'noA',
      'emptyA',
      'noVersion',
      'emptyModel',
      'trailingAmp',
      'leadingAmp',
      'trailingComma',
      'doubleComma',
      'bareWord',
    ]);
    if (form === 'noM') s.drop.add('m');
    else if (form === 'noA') s.drop.add('a');
    else if (form === 'emptyA') s.pairs.splice(0, s.pairs.length);
    else if (form === 'noVersion') s.m = 'liu2025-os';
    else if (form === 'emptyModel') s.m = '@1.0.0';
    else if (form === 'trailingAmp') s.extra.push('');
    else if (form === 'leadingAmp') s.drop.add('leadingAmp');
    else if (form === 'trailingComma') s.pairs.push(['', '\u0000']);
    else if (form === 'doubleComma') s.pairs.splice(1, 0, ['', '\u0000']);
    else s.extra.push('refused');
    return `missing: ${form}`;
  },
  badModel(rng, s) {
    s.m = rng.pick([
      'evil@1.0.0',
      'LIU2025-os@1.0.0',
      'liu2025-os@1.0',
      'liu2025-os@1.0.0.0',
      'liu2025-os@v1.0.0',
      'liu2025-os@1.0.0@1.0.0',
      '-x@1.0.0',
      'liu2025_os@1.0.0',
      '../liu2025-os@1.0.0',
      'liu2025-os@1.0.0-<b>',
    ]);
    return `model ${s.m}`;
  },
  badLangOrView(rng, s) {
    const part = rng.pick(['lang=fr', 'lang=EN', 'lang=', 'lang', 'view=admin', 'view=', 'view=Card', 'lang=zh-CN']);
    s.extra.push(part);
    return part;
  },
};

function linkCase(i: number): LinkCase {
  const rng = new Rng(SEED * 7919 + i);
  const inputs = randomInputs(rng);
  const pairs: Pair[] = shuffle(
    rng,
    Object.entries(inputs).map(([k, v]) => [k, String(v)] as Pair),
  );
  // One link in ten is valid: the refusals must be for cause.
  if (rng.chance(0.1)) {
    const extra = rng.pick(['', '&lang=en', '&view=calculator']);
    return { hash: `m=liu2025-os@1.0.0&a=${pairs.map(([k, v]) => `${k}:${v}`).join(',')}${extra}`, how: ['valid'], valid: inputs };
  }
  const s = { m: 'liu2025-os@1.0.0', pairs, extra: [] as string[], drop: new Set<string>() };
  const names = Object.keys(MUTATIONS);
  const how = Array.from({ length: rng.pick([1, 1, 1, 2, 2, 3]) }, () => {
    const name = rng.pick(names);
    return `${name}: ${MUTATIONS[name]!(rng, s)}`;
  });
  // '\u0000' marks "no colon in this pair" (an empty key and no value, or a key alone).
  const a = s.pairs.map(([k, v]) => (v.startsWith('\u0000') ? k : `${k}:${v}`)).join(',');
  const parts = [...(s.drop.has('m') ? [] : [`m=${s.m}`]), ...(s.drop.has('a') ? [] : [`a=${a}`]), ...s.extra];
  return { hash: `${s.drop.has('leadingAmp') ? '&' : ''}${parts.join('&')}`, how };
}

// ---------------------------------------------------------------- the page

interface Seen {
  pwned: unknown;
  csp: string[];
  injected: string[];
}

async function instrument(page: Page, problems: string[]) {
  page.on('dialog', (d) => {
    problems.push(`a ${d.type()} dialog fired: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    localStorage.setItem('nomogram.firstUse.v1', 'yes');
    const csp: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = csp;
    document.addEventListener('securitypolicyviolation', (e) => csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}

/** Nothing ran and nothing was injected on the page as it is now. */
async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
    injected: [
      ...document.querySelectorAll('script:not([src]), iframe, object, embed, [onerror], [onload], [ontoggle], a[href^="javascript:" i]'),
    ].map((e) => e.outerHTML.slice(0, 120)),
  }));
}

function expectClean(s: Seen, where: string) {
  expect(s.pwned, `${where}: window.__pwned was set`).toBeUndefined();
  expect(s.csp, `${where}: CSP violations`).toEqual([]);
  expect(s.injected, `${where}: injected elements`).toEqual([]);
}

/** The result as a plain visit shows it: what every refused link must open with. */
async function defaultResult(page: Page): Promise<string> {
  await page.goto('/');
  await expect(page.locator('table.survival')).toBeVisible();
  await expect(page.locator('footer')).toContainText('liu2025-os 1.0.0');
  return page.locator('.result-body').innerText();
}

for (let shard = 0; shard < SHARDS; shard++) {
  const indexes = Array.from({ length: LINKS }, (_, i) => i).filter((i) => i % SHARDS === shard);
  test(`fuzzed links ${shard + 1}/${SHARDS}: ${indexes.length} cases (seed ${SEED}) are refused with a notice, or open exactly when valid`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + indexes.length * 1_000);
    const problems: string[] = [];
    await instrument(page, problems);
    const plain = await defaultResult(page);
    let refused = 0;
    let opened = 0;
    for (const i of indexes) {
      const c = linkCase(i);
      const where = `link #${i} (${c.how.join('; ')}): #${c.hash.slice(0, 300)}`;
      // A query string makes every case a full load: a change of fragment alone reloads nothing.
      await page.goto(`/?case=${i}#${c.hash}`);
      await expect(page.locator('table.survival'), where).toBeVisible();
      // Settled once the table shows: a refusal is noticed before the default model opens.
      const now = await page.evaluate(() => ({
        notices: [...document.querySelectorAll('.notice')].map((n) => n.textContent ?? ''),
        footer: document.querySelector('footer')?.textContent ?? '',
        result: (document.querySelector('.result-body') as HTMLElement | null)?.innerText ?? '',
        hash: location.hash,
      }));
      if (c.valid) {
        expect(now.notices, where).toEqual([]);
        await expectResultMatchesEngine(page, model, c.valid);
        opened++;
      } else {
        expect(
          now.notices.filter((n) => n.includes('This link was refused')),
          where,
        ).toHaveLength(1);
        expect(now.footer, where).toContain('liu2025-os 1.0.0');
        expect(now.result, where).toBe(plain);
        refused++;
      }
      // The fragment is consumed: a case does not linger in the address bar.
      expect(now.hash, where).toBe('');
      expectClean(await seen(page), where);
      expect(problems, where).toEqual([]);
    }
    expect(refused + opened).toBe(indexes.length);
    test.info().annotations.push({ type: 'cases', description: `${refused} refused, ${opened} valid opened` });
  });
}

test('a link naming an inherited object property as a predictor is refused as an unknown predictor', async ({ page }) => {
  const problems: string[] = [];
  await instrument(page, problems);
  for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
    await page.goto(
      `/?k=${key}#m=liu2025-os@1.0.0&a=treatment:thal-ifo,pulmonaryMetastases:4,tStage:low,nStage:low,radiotherapy:no,ldh:low,${key}:1`,
    );
    const notice = page.locator('.notice', { hasText: 'This link was refused' });
    await expect(notice).toHaveCount(1);
    await expect(notice).not.toContainText('given twice', { timeout: 1_000 });
  }
  expect(problems).toEqual([]);
});

// ---------------------------------------------------------------- typed values

interface Typed {
  text: string;
  /** The whole number it means, when it is a valid count. */
  value?: number;
}

function typedCase(rng: Rng): Typed {
  const pad = () => rng.pick(['', '', ' ', '  ', '\t']);
  const kind = rng.pick(['valid', 'valid', 'range', 'fraction', 'junk', 'junk', 'markup']);
  if (kind === 'valid') {
    const n = rng.int(1, 15);
    const text = rng.pick([String(n), `${pad()}${n}${pad()}`, `0${n}`, `00${n}`, `${n}.0`, `${n}.00`]);
    return { text, value: n };
  }
  if (kind === 'range') {
    const n = rng.pick([rng.int(-100, 0), rng.int(16, 1000), rng.int(16, 2 ** 31), -rng.int(1, 15)]);
    return { text: rng.pick([String(n), `${pad()}${n}`, `${n}.0`]) };
  }
  if (kind === 'fraction') {
    const n = rng.int(1, 14) + rng.pick([0.5, 0.25, 0.1, 0.001, 0.999]);
    return { text: rng.pick([String(n), String(n).replace('.', ','), `${pad()}${n}`]) };
  }
  if (kind === 'junk') {
    return {
      text: rng.pick([
        '',
        ' ',
        '   ',
        'abc',
        '7a',
        'a7',
        '7 7',
        '0x7',
        '7px',
        '٧',
        '７',
        'NaN',
        'Infinity',
        '-Infinity',
        '1e400',
        '-1e400',
        '1e-400',
        // A comma is never guessed to be a decimal point ("1,200" could mean 1200 or 1.2).
        '5,0',
        '1,200',
        '..7',
        '7..',
        '--7',
        '7-',
        '1_000',
        '½',
        "' OR 1=1 --",
        'x'.repeat(rng.int(50, 500)),
        '\u202e7',
        '9'.repeat(rng.int(17, 80)),
        '7e',
        'e7',
        '-',
        '.',
        ',',
        '\u200b7',
      ]),
    };
  }
  return { text: rng.pick(PAYLOADS) };
}

test(`fuzzed values typed in the metastases field: ${TYPED} cases (seed ${SEED}), figures only for valid ones`, async ({ page }) => {
  test.setTimeout(30_000 + TYPED * 400);
  const problems: string[] = [];
  await instrument(page, problems);
  await defaultResult(page);
  const box = page.getByRole('textbox', { name: 'Number of pulmonary metastases' });
  const body = page.locator('.result-body');
  const problem = page.locator(`#${COUNT}-problem`);
  const base = defaults(model);
  const rng = new Rng(SEED ^ 0x7e57);
  let valid = 0;
  for (let i = 0; i < TYPED; i++) {
    const c = typedCase(rng);
    const where = `typed #${i}: ${JSON.stringify(c.text.slice(0, 120))}`;
    await box.fill(c.text);
    if (c.value !== undefined) {
      await expect(problem, where).toHaveCount(0);
      await expect(box, where).not.toHaveAttribute('aria-invalid', 'true');
      await expectResultMatchesEngine(page, model, { ...base, [COUNT]: c.value });
      valid++;
    } else {
      await expect(problem, where).toBeVisible();
      await expect(problem, where).toHaveText(/^(Enter|.+ is not allowed: enter) a whole number from 1 to 15\b/s);
      await expect(box, where).toHaveAttribute('aria-invalid', 'true');
      await expect(body, where).toContainText('No estimate until every input is valid.');
      await expect(body, where).not.toContainText('%');
      await expect(page.locator('table.survival'), where).toHaveCount(0);
    }
    expectClean(await seen(page), where);
    expect(problems, where).toEqual([]);
  }
  test.info().annotations.push({ type: 'cases', description: `${valid} valid, ${TYPED - valid} invalid` });
});

import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrMatrix, qrPath } from '../src/app/qr.ts';

// Reference data from ISO/IEC 18004, written out here rather than computed, so the encoder (src/app/qr.ts, which keeps only
// level M's block table and derives the rest) is checked against the standard's tables instead of against itself.

// Byte-mode capacity at level M, versions 1–40
const CAPACITY = [
  14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779, 857, 911, 997, 1059, 1125, 1190,
  1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
];
// Level M: ECC codewords per block, and blocks as [count, data codewords per block] groups
const ECC_PER_BLOCK = [
  10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28,
];
const BLOCKS = (
  '1x16 1x28 1x44 2x32 2x43 4x27 4x31 2x38,2x39 3x36,2x37 4x43,1x44 1x50,4x51 6x36,2x37 8x37,1x38 4x40,5x41 ' +
  '5x41,5x42 7x45,3x46 10x46,1x47 9x43,4x44 3x44,11x45 3x41,13x42 17x42 17x46 4x47,14x48 6x45,14x46 8x47,13x48 ' +
  '19x46,4x47 22x45,3x46 3x45,23x46 21x45,7x46 19x47,10x48 2x46,29x47 10x46,23x47 14x46,21x47 14x46,23x47 12x47,26x48 ' +
  '6x47,34x48 29x46,14x47 13x46,32x47 40x47,7x48 18x47,31x48'
)
  .split(' ')
  .map((v) => v.split(',').map((g) => g.split('x').map(Number) as [number, number]));
// Alignment pattern centres (Annex E)
const ALIGN = (
  '- 6,18 6,22 6,26 6,30 6,34 6,22,38 6,24,42 6,26,46 6,28,50 6,30,54 6,32,58 6,34,62 6,26,46,66 6,26,48,70 ' +
  '6,26,50,74 6,30,54,78 6,30,56,82 6,30,58,86 6,34,62,90 6,28,50,72,94 6,26,50,74,98 6,30,54,78,102 6,28,54,80,106 ' +
  '6,32,58,84,110 6,30,58,86,114 6,34,62,90,118 6,26,50,74,98,122 6,30,54,78,102,126 6,26,52,78,104,130 ' +
  '6,30,56,82,108,134 6,34,60,86,112,138 6,30,58,86,114,142 6,34,62,90,118,146 6,30,54,78,102,126,150 ' +
  '6,24,50,76,102,128,154 6,28,54,80,106,132,158 6,32,58,84,110,136,162 6,26,54,82,110,138,166 6,30,58,86,114,142,170'
)
  .split(' ')
  .map((s) => (s == '-' ? [] : s.split(',').map(Number)));
// 15-bit format information for level M, masks 0–7 (Annex C)
const FORMAT_M = [0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0];
// 18-bit version information, versions 7–40 (Annex D)
const VERSION_INFO = [
  0x07c94, 0x085bc, 0x09a99, 0x0a4d3, 0x0bbf6, 0x0c762, 0x0d847, 0x0e60d, 0x0f928, 0x10b78, 0x1145d, 0x12a17, 0x13532, 0x149a6, 0x15683,
  0x168c9, 0x177ec, 0x18ec4, 0x191e1, 0x1afab, 0x1b08e, 0x1cc1a, 0x1d33f, 0x1ed75, 0x1f250, 0x209d5, 0x216f0, 0x228ba, 0x2379f, 0x24b0b,
  0x2542e, 0x26a64, 0x27541, 0x28c69,
];
const MASK_CONDITION = [
  (i: number, j: number) => (i + j) % 2 == 0,
  (i: number) => i % 2 == 0,
  (_: number, j: number) => j % 3 == 0,
  (i: number, j: number) => (i + j) % 3 == 0,
  (i: number, j: number) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 == 0,
  (i: number, j: number) => ((i * j) % 2) + ((i * j) % 3) == 0,
  (i: number, j: number) => (((i * j) % 2) + ((i * j) % 3)) % 2 == 0,
  (i: number, j: number) => (((i * j) % 3) + ((i + j) % 2)) % 2 == 0,
];

const utf8 = (s: string) => new TextEncoder().encode(s);
const versionOf = (m: boolean[][]) => (m.length - 17) / 4;

/** Decodes with jsQR from an RGBA raster: quiet zone 4, 4 px per module, dark 0, light 255. */
function scan(m: boolean[][]) {
  const q = 4,
    px = 4,
    w = (m.length + 2 * q) * px;
  const data = new Uint8ClampedArray(w * w * 4).fill(255);
  m.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < px; dy++)
        for (let dx = 0; dx < px; dx++) {
          const o = (((y + q) * px + dy) * w + (x + q) * px + dx) * 4;
          data[o] = data[o + 1] = data[o + 2] = 0;
        }
    }),
  );
  return jsQR(data, w, w, { inversionAttempts: 'dontInvert' });
}

/**
 * Reads a symbol the way the standard describes, independently of the encoder, and checks what a tolerant decoder
 * would forgive: format and version information exactly as tabulated (both copies), every Reed–Solomon block with
 * zero syndromes (not merely correctable), the bit stream header, terminator and 0xEC/0x11 padding, zero remainder bits.
 * Returns the payload bytes and the mask.
 */
function readStrictly(m: boolean[][]) {
  const n = m.length,
    v = versionOf(m);
  expect(Number.isInteger(v) && v >= 1 && v <= 40, `size ${n}`).toBe(true);
  expect(m.every((r) => r.length == n)).toBe(true);
  const at = (x: number, y: number) => (m[y]![x] ? 1 : 0);

  // Format information, two copies, bit 14 first
  let f1 = 0,
    f2 = 0;
  for (let i = 14; i >= 0; i--) {
    f1 = (f1 << 1) | (i < 6 ? at(8, i) : i == 6 ? at(8, 7) : i == 7 ? at(8, 8) : i == 8 ? at(7, 8) : at(14 - i, 8));
    f2 = (f2 << 1) | (i < 8 ? at(n - 1 - i, 8) : at(8, n - 15 + i));
  }
  expect(f1.toString(16)).toBe(f2.toString(16));
  const mask = FORMAT_M.indexOf(f1);
  expect(mask, `format bits ${f1.toString(2)} are not level M`).toBeGreaterThanOrEqual(0);
  expect(at(8, n - 8), 'dark module').toBe(1);

  // Version information, two copies
  if (v >= 7) {
    let a = 0,
      b = 0;
    for (let i = 17; i >= 0; i--) {
      a = (a << 1) | at(n - 11 + (i % 3), Math.floor(i / 3));
      b = (b << 1) | at(Math.floor(i / 3), n - 11 + (i % 3));
    }
    expect([a.toString(16), b.toString(16)]).toEqual([VERSION_INFO[v - 7]!.toString(16), VERSION_INFO[v - 7]!.toString(16)]);
  }

  // Finder patterns with separators, timing patterns, alignment patterns
  const wrong: string[] = [];
  const want = (x: number, y: number, dark: boolean, what: string) => {
    if (at(x, y) != +dark) wrong.push(`${what} at ${x},${y}`);
  };
  for (const [cx, cy] of [
    [3, 3],
    [n - 4, 3],
    [3, n - 4],
  ] as const)
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx,
          y = cy + dy,
          d = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && y >= 0 && x < n && y < n) want(x, y, d != 2 && d != 4, 'finder');
      }
  for (let i = 8; i < n - 8; i++) {
    want(i, 6, i % 2 == 0, 'timing');
    want(6, i, i % 2 == 0, 'timing');
  }
  const pos = ALIGN[v - 1]!,
    last = pos.length - 1;
  const centres = pos
    .flatMap((a, i) => pos.map((b, j) => [a, b, i, j] as const))
    .filter(([, , i, j]) => !((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)));
  for (const [cx, cy] of centres)
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) want(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1, 'alignment');
  expect(wrong).toEqual([]);

  // Function modules, then the data modules in placement order, unmasked
  const isFunction = (x: number, y: number) =>
    (x < 9 && y < 9) ||
    (x > n - 9 && y < 9) ||
    (x < 9 && y > n - 9) ||
    x == 6 ||
    y == 6 ||
    (v >= 7 && ((x > n - 12 && y < 6) || (y > n - 12 && x < 6))) ||
    centres.some(([a, b]) => Math.abs(x - a) <= 2 && Math.abs(y - b) <= 2);
  const bits: number[] = [];
  for (let right = n - 1, pair = 0; right > 0; right -= 2, pair++) {
    if (right == 6) right = 5; // the vertical timing pattern's column is skipped
    const upward = pair % 2 == 0;
    for (let k = 0; k < n; k++) {
      const y = upward ? n - 1 - k : k;
      for (const x of [right, right - 1]) if (!isFunction(x, y)) bits.push(at(x, y) ^ (MASK_CONDITION[mask]!(y, x) ? 1 : 0));
    }
  }
  const groups = BLOCKS[v - 1]!,
    ecc = ECC_PER_BLOCK[v - 1]!;
  const blockCount = groups.reduce((s, [c]) => s + c, 0);
  const total = groups.reduce((s, [c, d]) => s + c * (d + ecc), 0);
  expect(bits.length - total * 8, 'remainder bits').toBe(
    [0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0][v - 1],
  );
  expect(
    bits.slice(total * 8).every((b) => b == 0),
    'remainder bits are 0',
  ).toBe(true);
  const codewords = Array.from({ length: total }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((a, b) => (a << 1) | b, 0));

  // De-interleave and check each block's syndromes S_i = c(α^i), i < ecc, are all zero
  const dataLengths = groups.flatMap(([c, d]) => Array<number>(c).fill(d));
  const blocks: number[][] = dataLengths.map(() => []);
  let k = 0;
  for (let i = 0; i < Math.max(...dataLengths); i++)
    dataLengths.forEach((d, b) => {
      if (i < d) blocks[b]!.push(codewords[k++]!);
    });
  for (let i = 0; i < ecc; i++) for (let b = 0; b < blockCount; b++) blocks[b]!.push(codewords[k++]!);
  expect(k).toBe(total);
  const exp: number[] = [],
    log: number[] = [];
  for (let i = 0, x = 1; i < 255; i++, x = (x << 1) ^ (x & 0x80 ? 0x11d : 0)) {
    exp[i] = x;
    log[x] = i;
  }
  const times = (a: number, b: number) => (a && b ? exp[(log[a]! + log[b]!) % 255]! : 0);
  blocks.forEach((block, b) => {
    for (let i = 0; i < ecc; i++) if (block.reduce((s, c) => times(s, exp[i]!) ^ c, 0)) wrong.push(`block ${b} syndrome ${i}`);
  });
  expect(wrong).toEqual([]);

  // Data bit stream: 0100, count (8 bits below v10, else 16), bytes, terminator, pad bytes
  const data = blocks.flatMap((block, b) => block.slice(0, dataLengths[b]));
  const stream = data.map((c) => c.toString(2).padStart(8, '0')).join('');
  expect(stream.slice(0, 4), 'byte mode').toBe('0100');
  const countBits = v < 10 ? 8 : 16,
    count = parseInt(stream.slice(4, 4 + countBits), 2),
    end = 4 + countBits + count * 8;
  const payload = Array.from({ length: count }, (_, i) => parseInt(stream.slice(4 + countBits + i * 8, 12 + countBits + i * 8), 2));
  const rest = stream.slice(end);
  expect(rest.length, 'room for the terminator').toBeGreaterThanOrEqual(4);
  expect(rest.slice(0, 4), 'terminator').toBe('0000');
  const pads = rest.slice(4).match(/.{8}/g) ?? [];
  expect(pads.join(' '), 'pad bytes').toBe(pads.map((_, i) => (i % 2 ? '00010001' : '11101100')).join(' '));
  return { payload, mask, isFunction };
}

/**
 * Penalty score of ISO/IEC 18004 7.8.3 (with the outside of the symbol counting as light for the finder-like rule):
 * N1 runs of 5+ (3, +1 per extra module), N2 2×2 blocks (3), N3 1:1:3:1:1 with 4 light on a side (40),
 * N4 10 per 5 % of dark proportion beyond 45–55 %.
 */
function penalty(m: boolean[][]) {
  const n = m.length;
  let score = 0;
  const lines = [...m, ...m.map((_, x) => m.map((row) => row[x]!))];
  for (const line of lines) {
    for (let i = 0; i < n;) {
      let j = i;
      while (j < n && line[j] == line[i]) j++;
      if (j - i >= 5) score += 3 + (j - i - 5);
      i = j;
    }
    // runs with the outside as light, alternating light/dark starting light
    const runs: number[] = [n];
    let dark = false;
    for (const c of line) {
      if (c == dark) runs[runs.length - 1]!++;
      else {
        runs.push(1);
        dark = c;
      }
    }
    if (dark) runs.push(n);
    else runs[runs.length - 1]! += n;
    for (let i = 0; i + 6 < runs.length; i += 2) {
      const [before, d1, l1, d3, l2, d4, after] = runs.slice(i, i + 7) as [number, number, number, number, number, number, number];
      const u = d1;
      if (l1 == u && d3 == 3 * u && l2 == u && d4 == u) {
        if (before >= 4 * u && after >= u) score += 40;
        if (after >= 4 * u && before >= u) score += 40;
      }
    }
  }
  for (let y = 0; y + 1 < n; y++)
    for (let x = 0; x + 1 < n; x++) {
      const c = m[y]![x];
      if (m[y]![x + 1] == c && m[y + 1]![x] == c && m[y + 1]![x + 1] == c) score += 3;
    }
  const darkCount = m.flat().filter(Boolean).length;
  score += 10 * (Math.ceil(Math.abs(darkCount * 20 - n * n * 10) / (n * n)) - 1);
  return score;
}

/** The same symbol with mask `k` instead of the one it has (data modules re-masked, format information rewritten). */
function remask(m: boolean[][], from: number, k: number, isFunction: (x: number, y: number) => boolean) {
  const n = m.length;
  const out = m.map((row, y) => row.map((c, x) => (isFunction(x, y) ? c : (c != MASK_CONDITION[from]!(y, x)) != MASK_CONDITION[k]!(y, x))));
  const f = FORMAT_M[k]!;
  for (let i = 0; i < 15; i++) {
    const bit = ((f >> i) & 1) == 1;
    if (i < 6) out[i]![8] = bit;
    else if (i == 6) out[7]![8] = bit;
    else if (i == 7) out[8]![8] = bit;
    else if (i == 8) out[8]![7] = bit;
    else out[8]![14 - i] = bit;
    if (i < 8) out[8]![n - 1 - i] = bit;
    else out[n - 15 + i]![8] = bit;
  }
  return out;
}

const URL_BASE =
  'https://example.org/app/#m=some-model@1.0.0&a=age:63,sex:male,stage:T2N0M0,ldh:high,treatment:thal-ifo' +
  '&b=age:70,sex:female,pulmonaryMetastases:12.5&lang=zh&view=card|';
const urlLike = (n: number) => URL_BASE.repeat(Math.ceil(n / URL_BASE.length)).slice(0, n);

/** The smallest version whose level-M byte capacity holds `bytes`. */
const expectedVersion = (bytes: number) => CAPACITY.findIndex((c) => c >= bytes) + 1;

function roundTrip(text: string, version = expectedVersion(utf8(text).length)) {
  const m = qrMatrix(text);
  expect(m.length, `"${text.slice(0, 30)}…" (${utf8(text).length} bytes) size`).toBe(17 + 4 * version);
  const strict = readStrictly(m);
  expect(strict.payload).toEqual([...utf8(text)]);
  const scanned = scan(m);
  expect(scanned?.version, `jsQR reads version ${version}`).toBe(version);
  expect(scanned?.data, `jsQR reads the text back (${utf8(text).length} bytes)`).toBe(text);
  expect(scanned?.binaryData).toEqual([...utf8(text)]);
  return { m, mask: strict.mask };
}

// jsQR on hundreds of symbols takes seconds, more on a busy machine
describe('qrMatrix', { timeout: 60_000 }, () => {
  for (let from = 1; from <= 400; from += 50) {
    it(`encodes a link of every length from ${from} to ${from + 49} so that jsQR reads it back exactly`, () => {
      for (let n = from; n < from + 50; n++) roundTrip(urlLike(n));
    });
  }

  it('chooses the mask per symbol rather than always the same one', () => {
    const masks = new Set(Array.from({ length: 60 }, (_, i) => readStrictly(qrMatrix(urlLike(i + 1))).mask));
    expect(masks.size).toBeGreaterThanOrEqual(4);
  });

  for (let v = 1; v <= 40; v++) {
    it(`fills version ${v} to capacity (${CAPACITY[v - 1]} bytes)${v < 40 ? ', and one byte more goes to the next' : ''}`, () => {
      roundTrip(urlLike(CAPACITY[v - 1]!), v);
      if (v < 40) expect(versionOf(qrMatrix(urlLike(CAPACITY[v - 1]! + 1)))).toBe(v + 1);
    });
  }

  it('counts UTF-8 bytes, not characters: Chinese, emoji, percent-encoding', () => {
    roundTrip('股骨肉瘤', 1); // 12 bytes
    roundTrip('股骨肉瘤骨', 2); // 15 bytes
    roundTrip('预测 nomogram 🧬 — 5-year OS 72%', 3); // 38 bytes
    roundTrip(encodeURIComponent('site:股骨,cell:Large cell,odd:a,b:c&d=e'));
    roundTrip(`https://example.org/app/#m=x@1.0.0&a=site:${encodeURIComponent('股骨')}`.repeat(5));
    roundTrip('中文'.repeat(150)); // 900 bytes
  });

  it('encodes the empty string and every ASCII character, control characters included', () => {
    roundTrip('', 1);
    roundTrip(Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join(''));
  });

  it('refuses what cannot fit in version 40', () => {
    expect(() => qrMatrix('x'.repeat(2400))).toThrow(new RangeError('too long for a QR code'));
    expect(() => qrMatrix(urlLike(2332))).toThrow('too long for a QR code');
    expect(() => qrMatrix('股'.repeat(778))).toThrow('too long for a QR code'); // 2334 bytes
    expect(versionOf(qrMatrix('股'.repeat(777)))).toBe(40); // 2331 bytes
  });

  it('chooses the mask with the lowest penalty score, the lowest-numbered one on a tie', () => {
    const texts = [...Array.from({ length: 40 }, (_, i) => urlLike(1 + i * 9)), '股骨肉瘤骨', '中文'.repeat(60), urlLike(1000)];
    for (const text of texts) {
      const m = qrMatrix(text),
        { mask, isFunction } = readStrictly(m);
      const scores = MASK_CONDITION.map((_, k) => penalty(remask(m, mask, k, isFunction)));
      expect(remask(m, mask, mask, isFunction)).toEqual(m);
      expect(mask, `penalties ${scores.join(', ')} for ${text.length} chars`).toBe(scores.indexOf(Math.min(...scores)));
    }
  });

  it('is deterministic', () => {
    expect(qrMatrix(urlLike(123))).toEqual(qrMatrix(urlLike(123)));
  });
});

describe('qrPath', () => {
  /** Paints the path's rectangles onto a grid, refusing anything but `M x y h w v1 h-w z` and any overlap. */
  function paint(d: string, size: number) {
    const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    let rects = 0;
    const rest = d.replace(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g, (_, xs: string, ys: string, ws: string, back: string) => {
      const x = +xs,
        y = +ys,
        w = +ws;
      expect(+back).toBe(w);
      expect(w).toBeGreaterThan(0);
      for (let i = x; i < x + w; i++) {
        expect(grid[y]![i], `painted twice at ${i},${y}`).toBe(false);
        grid[y]![i] = true;
      }
      rects++;
      return '';
    });
    expect(rest, 'nothing but rectangles').toBe('');
    return { grid, rects };
  }
  const runs = (m: boolean[][]) => m.reduce((s, r) => s + (r.map(Number).join('').match(/1+/g) ?? []).length, 0);

  it('draws exactly the dark modules, one rectangle per horizontal run, offset by the quiet zone', () => {
    for (const text of ['a', urlLike(100), urlLike(700)]) {
      const m = qrMatrix(text),
        n = m.length;
      for (const quiet of [4, 0, 2]) {
        const { grid, rects } = paint(qrPath(m, quiet), n + 2 * quiet);
        const expected = Array.from({ length: n + 2 * quiet }, (_, y) =>
          Array.from({ length: n + 2 * quiet }, (_, x) => m[y - quiet]?.[x - quiet] ?? false),
        );
        expect(grid).toEqual(expected);
        expect(rects).toBe(runs(m));
      }
    }
  });

  it('uses a quiet zone of 4 by default and writes runs as in the example', () => {
    expect(
      qrPath([
        [false, true, true, true],
        [true, false, false, true],
      ]),
    ).toBe('M5 4h3v1h-3zM4 5h1v1h-1zM7 5h1v1h-1z');
    expect(qrPath([[false]])).toBe('');
  });
});

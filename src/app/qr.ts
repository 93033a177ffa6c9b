// A small QR Code (ISO/IEC 18004) encoder: UTF-8 byte mode, error-correction level M,
// the smallest version 1–40 that fits, mask chosen by the standard penalty rules.

// Level M, per version: ECC codewords per block (v1–21; 28 from v22) and number of blocks (v1–40), as char codes - 35.
const ECC = '-3=5;3599=A99;;??====';
const BLOCKS = "$$$%%'''(((+,,--.01344578:<=?@BDFHIKNPRT";

const bits = (x: number, n: number) => (x | 1 << n).toString(2).slice(1);

// GF(256) multiply modulo x^8+x^4+x^3+x^2+1
const mul = (x: number, y: number) => {
  let z = 0;
  for (let i = 8; i--;) z = z << 1 ^ (z >> 7) * 0x11d ^ (y >> i & 1) * x;
  return z;
};

// BCH code: data d followed by the k-bit remainder modulo generator g
const bch = (d: number, k: number, g: number) => {
  let r = d;
  for (let i = k; i--;) r = r << 1 ^ (r >> k - 1) * g;
  return d << k | r;
};

const MASKS: ((x: number, y: number) => number)[] = [
  (x, y) => (x + y) % 2,
  (x, y) => y % 2,
  x => x % 3,
  (x, y) => (x + y) % 3,
  (x, y) => ((x / 3 | 0) + (y >> 1)) % 2,
  (x, y) => x * y % 2 + x * y % 3,
  (x, y) => (x * y % 2 + x * y % 3) % 2,
  (x, y) => ((x + y) % 2 + x * y % 3) % 2,
];

/** The QR Code for `text` (UTF-8, byte mode, level M) as rows of modules, true = dark, without quiet zone. */
export function qrMatrix(text: string): boolean[][] {
  const data = new TextEncoder().encode(text);
  let v = 0, ecc = 0, nb = 0, raw = 0, dc = 0, k = 0;
  do {
    if (++v > 40) throw Error('too long for a QR code');
    k = (v / 7 | 0) + 2;
    ecc = v < 22 ? ECC.charCodeAt(v - 1) - 35 : 28;
    nb = BLOCKS.charCodeAt(v - 1) - 35;
    raw = (16 * v + 128) * v + 64 - (v > 1 ? (25 * k - 10) * k - 55 : 0) - (v > 6 ? 36 : 0) >> 3;
    dc = raw - ecc * nb;
  } while (data.length + (v < 10 ? 2 : 3) > dc);

  // Bit stream: mode, count, bytes, terminator (always fits whole: the stream is 4 mod 8 bits), pad bytes
  let s = '0100' + bits(data.length, v < 10 ? 8 : 16);
  for (const b of data) s += bits(b, 8);
  const cw = (s + '0000' + '1110110000010001'.repeat(dc)).slice(0, dc * 8).match(/.{8}/g)!.map(b => parseInt(b, 2));

  // Reed–Solomon generator polynomial (leading 1 dropped)
  const gen: number[] = Array(ecc).fill(0);
  gen[ecc - 1] = 1;
  for (let i = 0, r = 1; i < ecc; i++, r = mul(r, 2))
    for (let j = 0; j < ecc; j++) gen[j] = mul(gen[j]!, r) ^ gen[j + 1]!;

  // Blocks (short ones first), their ECC, interleaved
  const short = nb - raw % nb, len = raw / nb | 0, blocks: number[][] = [], eccs: number[][] = [], out: number[] = [];
  for (let i = 0, p = 0; i < nb; i++) {
    const b = cw.slice(p, p += len - ecc + (i < short ? 0 : 1)), r: number[] = Array(ecc).fill(0);
    for (const c of b) {
      const f = c ^ r.shift()!;
      r.push(0);
      gen.forEach((g, j) => r[j] = r[j]! ^ mul(g, f));
    }
    blocks.push(b);
    eccs.push(r);
  }
  for (const g of [blocks, eccs]) for (let i = 0; i < len; i++) for (const b of g) out.push(...b.slice(i, i + 1));
  const stream = out.map(b => bits(b, 8)).join('');

  // Function patterns
  const n = 17 + 4 * v;
  let m: boolean[][] = [...Array(n)].map(() => Array<boolean>(n).fill(false));
  const fn = m.map(r => r.slice());
  const set = (x: number, y: number, c: unknown) => {
    m[y]![x] = !!c;
    fn[y]![x] = true;
  };
  // square of radius r centred at (cx, cy); ring at distance q is dark when bit q of `rings` is set
  const box = (cx: number, cy: number, r: number, rings: number) => {
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++)
      if (m[cy + dy]?.[cx + dx] != null) set(cx + dx, cy + dy, rings >> Math.max(dx < 0 ? -dx : dx, dy < 0 ? -dy : dy) & 1);
  };
  box(3, 3, 4, 11);
  box(n - 4, 3, 4, 11);
  box(3, n - 4, 4, 11);
  const pos = [6], step = ((v * 8 + k * 3 + 5) / (k * 4 - 4) | 0) * 2;
  for (let p = n - 7; v > 1 && pos.length < k; p -= step) pos.splice(1, 0, p);
  for (const a of pos) for (const b of pos) if (!fn[b]![a]) box(a, b, 2, 5);
  for (let i = 8; i < n - 8; i++) set(6, i, ~i & 1), set(i, 6, ~i & 1);
  const format = (mask: number) => {
    const b = bch(mask, 10, 0x537) ^ 0x5412;
    for (let i = 0; i < 15; i++) {
      const c = b >> i & 1;
      if (i < 8) set(8, i < 6 ? i : i + 1, c), set(n - 1 - i, 8, c);
      else set(i < 9 ? 7 : 14 - i, 8, c), set(8, n - 15 + i, c);
    }
    set(8, n - 8, 1);
  };
  format(0);
  if (v > 6) {
    const b = bch(v, 12, 0x1f25);
    for (let i = 0; i < 18; i++) set(n - 11 + i % 3, i / 3 | 0, b >> i & 1), set(i / 3 | 0, n - 11 + i % 3, b >> i & 1);
  }

  // Data in the zigzag order; remainder bits stay light
  for (let r = n - 1, i = 0; r > 0; r -= 2) {
    if (r == 6) r--;
    for (let t = 0; t < n; t++) for (let j = 0; j < 2; j++) {
      const x = r - j, y = r + 1 & 2 ? t : n - 1 - t;
      if (!fn[y]![x]) m[y]![x] = stream[i++] == '1';
    }
  }

  // Masking: apply each mask, keep the one with the lowest penalty
  const plain = m;
  const apply = (mask: number) => {
    m = plain.map((row, y) => row.map((c, x) => c != (!fn[y]![x] && !MASKS[mask]!(x, y))));
    format(mask);
  };
  let best = 0, least = 1 / 0;
  for (let mask = 0; mask < 8; mask++) {
    apply(mask);
    let p = 0;
    const rows = m.map(r => r.map(Number).join(''));
    for (const line of [...rows, ...rows.map((_, x) => rows.map(r => r[x]).join(''))]) {
      // runs of 5 or more
      for (const run of line.match(/0{5,}|1{5,}/g) ?? []) p += run.length - 2;
      // 1:1:3:1:1 finder-like patterns with 4 light on a side (the outside counts as light)
      const runs = ('0'.repeat(n) + line + '0'.repeat(n)).match(/0+|1+/g)!.map(r => r.length);
      for (let i = 0; i + 6 < runs.length; i += 2) {
        const [a, b, c, d, e, f, g] = runs.slice(i, i + 7) as number[] as [number, number, number, number, number, number, number];
        if (c == b && d == 3 * b && e == b && f == b) p += 40 * (+(a >= 4 * b && g >= b) + +(g >= 4 * b && a >= b));
      }
    }
    // 2×2 blocks
    for (let y = 1; y < n; y++) for (let x = 1; x < n; x++) {
      const c = rows[y]![x];
      if (c == rows[y]![x - 1] && c == rows[y - 1]![x] && c == rows[y - 1]![x - 1]) p += 3;
    }
    // dark proportion
    p += 10 * (Math.ceil(Math.abs(rows.join('').split('1').length * 20 - 20 - n * n * 10) / (n * n)) - 1);
    if (p < least) least = p, best = mask;
  }
  apply(best);
  return m;
}

/** An SVG path drawing the dark modules as unit squares (one rectangle per horizontal run), offset by the quiet zone. */
export const qrPath = (m: boolean[][], quiet = 4): string =>
  m.map((r, y) => r.map(Number).join('').replace(/0|(1+)/g, (_, run: string | undefined, x: number) =>
    run ? `M${x + quiet} ${y + quiet}h${run.length}v1h-${run.length}z` : '')).join('');

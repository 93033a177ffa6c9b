/**
 * A QR Code encoder after ISO/IEC 18004, cut down to what the share dialog needs: byte mode, error-correction
 * level M, the smallest version (1–40) that fits. Table and annex numbers below are the standard's. Modules are
 * indexed [y][x] (row, column); true is dark. Structured after Nayuki's reference encoder (MIT).
 */

/** Level M, versions 1–40: error-correction codewords per block (Table 9). */
const ECC_CODEWORDS_PER_BLOCK = [
  10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28,
];
/** Level M, versions 1–40: number of blocks (Table 9). How the data codewords split among them follows from their total. */
const BLOCK_COUNT = [
  1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45,
  47, 49,
];

/** The eight data mask patterns (data masking, Table 10): true where a data module is inverted, i = row, j = column. */
const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];

/** A symbol under construction: the colour of each module, and whether it belongs to a function pattern rather than data. */
interface Grid {
  size: number;
  dark: boolean[][];
  reserved: boolean[][];
}

/** Sets a module of a function pattern, which data placement and masking then leave alone. Positions off the symbol are ignored. */
function setFunctionModule(grid: Grid, x: number, y: number, dark: boolean): void {
  if (x < 0 || y < 0 || x >= grid.size || y >= grid.size) return;
  grid.dark[y]![x] = dark;
  grid.reserved[y]![x] = true;
}

/** Timing patterns: row 6 and column 6 alternate dark and light, dark at even positions. */
function placeTiming(grid: Grid): void {
  for (let i = 0; i < grid.size; i++) {
    setFunctionModule(grid, 6, i, i % 2 === 0);
    setFunctionModule(grid, i, 6, i % 2 === 0);
  }
}

/** Finder patterns in three corners, each with its light separator: 3×3 dark, light ring, dark ring, light ring. */
function placeFinderPatterns(grid: Grid): void {
  const far = grid.size - 4;
  const centres: [number, number][] = [
    [3, 3],
    [far, 3],
    [3, far],
  ];
  for (const [cx, cy] of centres)
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const ring = Math.max(Math.abs(dx), Math.abs(dy));
        setFunctionModule(grid, cx + dx, cy + dy, ring !== 2 && ring !== 4);
      }
}

/**
 * Row and column coordinates of alignment pattern centres (Annex E, Table E.1): 6 first, the others an even
 * step apart ending at size − 7. The step formula is Nayuki's; it reproduces the table, version 32 included.
 */
function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const positions = [6];
  for (let position = 4 * version + 10; positions.length < count; position -= step) positions.splice(1, 0, position);
  return positions;
}

/** Alignment patterns: 5×5, dark centre, light ring, dark ring, at every pair of positions except the finder corners. */
function placeAlignment(grid: Grid, version: number): void {
  const positions = alignmentPositions(version);
  const last = positions.length - 1;
  positions.forEach((cy, i) =>
    positions.forEach((cx, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) setFunctionModule(grid, cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
}

/** The remainder of `value` divided by `generator`, both polynomials over GF(2) written as bits (BCH codes, Annexes C and D). */
function bchRemainder(value: number, generator: number): number {
  const degree = 31 - Math.clz32(generator); // index of the highest set bit
  while (value >>> degree) value ^= generator << (31 - Math.clz32(value) - degree);
  return value;
}

/**
 * Format information (Annex C), both copies, and the dark module beside the lower one. The 15 bits are level M's
 * indicator 00 and the mask number, a BCH(15,5) remainder by x¹⁰+x⁸+x⁵+x⁴+x²+x+1, all XOR 101010000010010.
 */
function placeFormatBits(grid: Grid, mask: number): void {
  const data = (0b00 << 3) | mask;
  const bits = ((data << 10) | bchRemainder(data << 10, 0x537)) ^ 0x5412;
  const n = grid.size;
  for (let i = 0; i < 15; i++) {
    const dark = ((bits >>> i) & 1) === 1;
    // Around the top-left finder: down column 8, then leftwards along row 8, stepping over the timing patterns
    if (i < 6) setFunctionModule(grid, 8, i, dark);
    else if (i < 8) setFunctionModule(grid, 8, i + 1, dark);
    else if (i === 8) setFunctionModule(grid, 7, 8, dark);
    else setFunctionModule(grid, 14 - i, 8, dark);
    // Below the top-right finder leftwards along row 8, then beside the bottom-left finder down column 8
    if (i < 8) setFunctionModule(grid, n - 1 - i, 8, dark);
    else setFunctionModule(grid, 8, n - 15 + i, dark);
  }
  setFunctionModule(grid, 8, n - 8, true);
}

/**
 * Version information (Annex D), versions 7 and up: the version in 6 bits and a BCH(18,6) remainder by
 * x¹²+x¹¹+x¹⁰+x⁹+x⁸+x⁵+x²+1, in 6×3 blocks above the bottom-left finder and, transposed, left of the top-right one.
 */
function placeVersionBits(grid: Grid, version: number): void {
  if (version < 7) return;
  const bits = (version << 12) | bchRemainder(version << 12, 0x1f25);
  for (let i = 0; i < 18; i++) {
    const dark = ((bits >>> i) & 1) === 1;
    const long = grid.size - 11 + (i % 3),
      short = Math.floor(i / 3);
    setFunctionModule(grid, long, short, dark);
    setFunctionModule(grid, short, long, dark);
  }
}

/** An empty symbol of `version` with every function pattern in place and the format area reserved. */
function functionPatterns(version: number): Grid {
  const size = 17 + 4 * version;
  const blank = () => Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const grid: Grid = { size, dark: blank(), reserved: blank() };
  placeTiming(grid);
  placeFinderPatterns(grid);
  placeAlignment(grid, version);
  placeFormatBits(grid, 0); // reserves the area; rewritten once the mask is chosen
  placeVersionBits(grid, version);
  return grid;
}

/**
 * Data codewords of a version at level M (Table 7): the modules the function patterns leave, over 8, less the error-
 * correction codewords. The function patterns are finders with separators (3 × 64), format area and dark module (31),
 * timing between the finders, 25 modules per alignment pattern less the 5 shared with timing, version information (36).
 */
function dataCapacity(version: number): number {
  const size = 17 + 4 * version;
  const aligned = version === 1 ? 0 : Math.floor(version / 7) + 2;
  const alignmentModules = aligned === 0 ? 0 : 25 * (aligned * aligned - 3) - 10 * (aligned - 2);
  const versionModules = version >= 7 ? 36 : 0;
  const dataModules = size * size - 3 * 64 - 31 - 2 * (size - 16) - alignmentModules - versionModules;
  return Math.floor(dataModules / 8) - ECC_CODEWORDS_PER_BLOCK[version - 1]! * BLOCK_COUNT[version - 1]!;
}

/** Bits of the character count indicator for byte mode (Table 3). */
const countBits = (version: number) => (version < 10 ? 8 : 16);

/** The smallest version whose level-M capacity holds the byte mode header and `length` bytes. */
function chooseVersion(length: number): number {
  for (let version = 1; version <= 40; version++) if (4 + countBits(version) + 8 * length <= 8 * dataCapacity(version)) return version;
  throw new RangeError('too long for a QR code');
}

/**
 * The data codewords (data encodation): mode indicator 0100 (byte mode), character count, the bytes, a terminator
 * of up to four 0 bits, 0 bits to the byte boundary, then pad codewords 11101100 and 00010001 alternately.
 */
function encodeData(bytes: Uint8Array, version: number): number[] {
  const capacity = dataCapacity(version);
  const bits: number[] = [];
  const append = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  append(0b0100, 4);
  append(bytes.length, countBits(version));
  for (const byte of bytes) append(byte, 8);
  append(0, Math.min(4, 8 * capacity - bits.length));
  append(0, (8 - (bits.length % 8)) % 8);
  for (let i = 0; bits.length < 8 * capacity; i++) append(i % 2 === 0 ? 0xec : 0x11, 8);
  return Array.from({ length: capacity }, (_, i) => bits.slice(8 * i, 8 * i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
}

/** Multiplication in GF(256) with the primitive polynomial x⁸+x⁴+x³+x²+1 (error correction). */
function gfMultiply(a: number, b: number): number {
  let product = 0;
  for (; b > 0; b >>>= 1) {
    if (b & 1) product ^= a;
    a <<= 1;
    if (a & 0x100) a ^= 0x11d;
  }
  return product;
}

/** The generator polynomial of `degree` error-correction codewords (Annex A): (x − α⁰)(x − α¹)…, α = 2, highest power first. */
function rsGenerator(degree: number): number[] {
  let generator = [1];
  for (let i = 0, root = 1; i < degree; i++, root = gfMultiply(root, 2)) {
    // Times (x + root): the coefficients shifted up one power, plus root times them (− is + in GF(256))
    const previous = generator;
    generator = [...previous, 0].map((c, j) => c ^ (j > 0 ? gfMultiply(previous[j - 1]!, root) : 0));
  }
  return generator;
}

/** The error-correction codewords of one block (Reed–Solomon): the remainder of data(x)·xⁿ divided by the generator of degree n. */
function reedSolomonRemainder(data: number[], generator: number[]): number[] {
  let remainder = Array<number>(generator.length - 1).fill(0);
  for (const codeword of data) {
    const factor = codeword ^ remainder[0]!;
    remainder = [...remainder.slice(1), 0].map((r, i) => r ^ gfMultiply(generator[i + 1]!, factor));
  }
  return remainder;
}

/**
 * The final message codeword sequence: data codewords split into blocks (the longer blocks, one codeword more, last),
 * each block's error-correction codewords computed, then the data codewords taken column by column across the blocks,
 * followed by the error-correction codewords likewise.
 */
function interleave(data: number[], version: number): number[] {
  const blockCount = BLOCK_COUNT[version - 1]!;
  const generator = rsGenerator(ECC_CODEWORDS_PER_BLOCK[version - 1]!);
  const shortLength = Math.floor(data.length / blockCount);
  const firstLong = blockCount - (data.length % blockCount);
  const blocks: number[][] = [];
  for (let b = 0, start = 0; b < blockCount; b++) {
    const length = b < firstLong ? shortLength : shortLength + 1;
    blocks.push(data.slice(start, start + length));
    start += length;
  }
  const ecc = blocks.map((block) => reedSolomonRemainder(block, generator));
  const sequence: number[] = [];
  for (const part of [blocks, ecc]) {
    const longest = Math.max(...part.map((block) => block.length));
    for (let i = 0; i < longest; i++) for (const block of part) if (i < block.length) sequence.push(block[i]!);
  }
  return sequence;
}

/**
 * Placement of the codewords in the matrix: pairs of columns from the right, upwards and downwards in turn, skipping
 * column 6 (vertical timing) and every function module, each codeword most significant bit first. Remainder bits stay
 * light.
 */
function placeCodewords(grid: Grid, codewords: number[]): void {
  const n = grid.size;
  let bit = 0;
  for (let right = n - 1, upward = true; right > 0; right -= 2, upward = !upward) {
    if (right === 6) right = 5;
    for (let k = 0; k < n; k++) {
      const y = upward ? n - 1 - k : k;
      for (const x of [right, right - 1]) {
        if (grid.reserved[y]![x]) continue;
        const codeword = codewords[bit >>> 3] ?? 0;
        grid.dark[y]![x] = ((codeword >>> (7 - (bit % 8))) & 1) === 1;
        bit++;
      }
    }
  }
}

/** The symbol with mask pattern `mask` applied to its data modules (Table 10) and that mask's format information. */
function applyMask(grid: Grid, mask: number): boolean[][] {
  const dark = grid.dark.map((row, i) => row.map((module, j) => module !== (!grid.reserved[i]![j] && MASKS[mask]!(i, j))));
  placeFormatBits({ ...grid, dark }, mask); // the format modules are already reserved
  return dark;
}

/**
 * Lengths of the runs of equal modules along a line, alternately light and dark, light first and last (0 when the line
 * starts or ends dark). `outside` light modules beyond either end count towards the first and last light run.
 */
function runLengths(line: boolean[], outside = 0): number[] {
  const runs: number[] = [];
  let colour = false,
    length = outside;
  for (const module of line) {
    if (module !== colour) {
      runs.push(length);
      colour = module;
      length = 0;
    }
    length++;
  }
  if (colour) runs.push(length, outside);
  else runs.push(length + outside);
  return runs;
}

/**
 * Penalty score of a masked symbol (evaluation of data masking results, Table 11), lower is better.
 * N1: 3 + (length − 5) per run of 5 or more same-coloured modules in a row or column.
 * N2: 3 per 2×2 block of one colour.
 * N3: 40 per dark-light-dark-light-dark pattern in ratio 1:1:3:1:1 with light 4 units wide before or after it; the
 * outside of the symbol is light, and light on both sides counts twice.
 * N4: 10 k, the proportion of dark modules lying within 50 % ± 5 (k + 1) % but not within 50 % ± 5 k %.
 */
function penalty(dark: boolean[][]): number {
  const n = dark.length;
  let score = 0;
  for (const line of [...dark, ...dark.map((_, x) => dark.map((row) => row[x]!))]) {
    for (const run of runLengths(line)) if (run >= 5) score += 3 + (run - 5);
    const runs = runLengths(line, n); // as much light outside as any pattern within the line can ask for
    const at = (k: number) => runs[k] ?? 0;
    for (let i = 1; i + 5 < runs.length; i += 2) {
      const unit = at(i);
      if (at(i + 1) !== unit || at(i + 2) !== 3 * unit || at(i + 3) !== unit || at(i + 4) !== unit) continue;
      if (at(i - 1) >= 4 * unit && at(i + 5) >= unit) score += 40;
      if (at(i + 5) >= 4 * unit && at(i - 1) >= unit) score += 40;
    }
  }
  for (let y = 0; y + 1 < n; y++)
    for (let x = 0; x + 1 < n; x++) {
      const c = dark[y]![x];
      if (dark[y]![x + 1] === c && dark[y + 1]![x] === c && dark[y + 1]![x + 1] === c) score += 3;
    }
  const darkCount = dark.reduce((sum, row) => sum + row.filter((module) => module).length, 0);
  // k is the deviation from 50 % in units of 5 %, rounded up, less one (n² is odd, so the deviation is never 0)
  score += 10 * (Math.ceil(Math.abs(20 * darkCount - 10 * n * n) / (n * n)) - 1);
  return score;
}

/**
 * The QR Code for `text` (UTF-8, error-correction level M, the smallest version that fits) as rows
 * of modules, true = dark, without quiet zone. Throws a RangeError when `text` cannot fit in
 * version 40. Level M keeps a link readable off a projector or a slightly creased printout.
 */
export function qrMatrix(text: string): boolean[][] {
  // Always byte mode, so a scanner hands back exactly the UTF-8 of the link.
  const bytes = new TextEncoder().encode(text);
  const version = chooseVersion(bytes.length);
  const grid = functionPatterns(version);
  placeCodewords(grid, interleave(encodeData(bytes, version), version));
  // The mask with the lowest penalty, the lowest-numbered one on a tie
  let best: boolean[][] = [],
    bestScore = Infinity;
  for (let mask = 0; mask < MASKS.length; mask++) {
    const masked = applyMask(grid, mask);
    const score = penalty(masked);
    if (score < bestScore) [best, bestScore] = [masked, score];
  }
  return best;
}

/** An SVG path drawing the dark modules as unit squares (one rectangle per horizontal run), offset by the quiet zone. */
export function qrPath(matrix: boolean[][], quiet = 4): string {
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const run = x - start + 1;
      d += `M${start + quiet} ${y + quiet}h${run}v1h-${run}z`;
    }
  });
  return d;
}

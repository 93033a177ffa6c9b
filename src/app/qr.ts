import { encode } from 'uqr';

/**
 * The QR Code for `text` (UTF-8, error-correction level M, the smallest version that fits) as rows
 * of modules, true = dark, without quiet zone. Throws a RangeError when `text` cannot fit in
 * version 40. Level M keeps a link readable off a projector or a slightly creased printout.
 */
export function qrMatrix(text: string): boolean[][] {
  // Bytes rather than the text: always byte mode, so a scanner hands back exactly the UTF-8 of the link.
  const bytes = [...new TextEncoder().encode(text)];
  try {
    return encode(bytes, { ecc: 'M', border: 0 }).data;
  } catch {
    throw new RangeError('too long for a QR code');
  }
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

/** Fixed decimals without a trailing "-0". */
export function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

export function percent(p: number | null): string {
  if (p === null) return 'not available';
  if (p < 0.001) return '<0.1%';
  if (p > 0.999) return '>99.9%';
  return `${fixed(p * 100, 1)}%`;
}

/** Left-aligned columns, two spaces apart. */
export function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

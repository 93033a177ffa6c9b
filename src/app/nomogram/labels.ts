/** Rough width of a label in px: CJK characters are about square, Latin about 0.58 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.58;
  return w;
}

/**
 * Assigns each label (given by its centre x and width) to the first row where it overlaps no
 * earlier label, so level names sitting close together are staggered instead of printed on top
 * of each other. Returns the row of each label, in input order.
 */
export function stagger(labels: { x: number; width: number }[], gap = 6): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.x - labels[b]!.x);
  const rowEnds: number[] = [];
  const rows = new Array<number>(labels.length);
  for (const i of order) {
    const { x, width } = labels[i]!;
    const left = x - width / 2;
    let row = rowEnds.findIndex((end) => left >= end + gap);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = x + width / 2;
    rows[i] = row;
  }
  return rows;
}

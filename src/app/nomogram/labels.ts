let context: CanvasRenderingContext2D | null | undefined;
// Every label is measured once, at one size, and scaled: a layout asks for the same labels at
// several sizes (names, ticks, figures) and many times (each candidate set of ticks, each try at
// fitting a board, every input), and switching the canvas's font costs more than measuring.
const REFERENCE_SIZE = 100;
const widths = new Map<string, number>();

/** The page's own font measuring `text`, or undefined where there is no canvas (tests in Node). */
function measured(text: string, fontSize: number): number | undefined {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    const family = context ? getComputedStyle(document.documentElement).fontFamily : '';
    if (context && family) context.font = `${REFERENCE_SIZE}px ${family}`;
    else context = null;
  }
  if (!context) return undefined;
  let width = widths.get(text);
  if (width === undefined) widths.set(text, (width = context.measureText(text).width));
  return (width * fontSize) / REFERENCE_SIZE;
}

/**
 * Width of a label in px, in the font the page actually uses (fonts differ a lot: DejaVu Sans is
 * a fifth wider than Roboto); without a canvas, a rough guess: CJK characters are about square,
 * Latin about 0.58 em.
 */
export function textWidth(text: string, fontSize: number): number {
  const real = measured(text, fontSize);
  if (real !== undefined) return real;
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

/**
 * Which tick labels of one row to show, given in order from left to right by their ticks (a label
 * held inside the plot may sit off its tick): each that keeps `gap` px clear of the last one shown.
 */
export function thin(labels: { x: number; width: number }[], gap: number): boolean[] {
  let right = -Infinity;
  return labels.map(({ x, width }) => {
    const show = x - width / 2 >= right + gap;
    if (show) right = x + width / 2;
    return show;
  });
}

import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { textWidth } from './labels.ts';

/** Sizes of the drawing for one width: a phone gets labels above each axis, a wide screen a label column. */
export interface Geometry {
  width: number;
  compact: boolean;
  fontSize: number;
  /** Points (0-100) to x. */
  x: ScaleLinear<number, number>;
  /** Where labels start (compact) or end (label column). */
  labelX: number;
  /** Widest a label may be before it wraps (wide layout). */
  labelWidth: number;
  /** x of the points figure shown at each row's right end. */
  gutterX: number;
  /** Vertical distance between the lines of a split axis, and between staggered label rows. */
  lineGap: number;
  tickLength: number;
}

/**
 * `rootFont` is the page's rem in px, so the drawing grows with the text around it (a projector
 * at 1920 px gets the largest type); `labels` are the row labels, to size the label column.
 */
export function geometry(width: number, rootFont: number, labels: string[]): Geometry {
  const compact = width < 640;
  // A wide drawing (a projected tumour board) gets type as large as the text around it.
  const fontSize = Math.round(compact ? Math.max(13, rootFont * 0.8) : rootFont * (width >= 1100 ? 0.95 : 0.85));
  const edge = fontSize * 1.2;
  const widest = Math.max(...labels.map((l) => textWidth(l, fontSize * 1.12)));
  const labelColumn = compact ? 0 : Math.round(Math.min(widest + 20, width * 0.3));
  const gutter = compact ? 0 : fontSize * 4;
  const x = scaleLinear()
    .domain([0, 100])
    .range([labelColumn + edge, width - gutter - edge]);
  return {
    width,
    compact,
    fontSize,
    x,
    labelX: compact ? 8 : labelColumn - 10,
    labelWidth: labelColumn - 16,
    gutterX: width - 6,
    lineGap: fontSize + 16,
    tickLength: Math.round(fontSize * 0.4),
  };
}

/** Splits a label into lines no wider than `max` px (at most two; the second is cut with an ellipsis). */
export function wrapLabel(text: string, max: number, fontSize: number): string[] {
  if (textWidth(text, fontSize) <= max) return [text];
  const words = text.split(' ');
  let first = '';
  while (words.length && textWidth(`${first} ${words[0]}`.trim(), fontSize) <= max) first = `${first} ${words.shift()}`.trim();
  if (!first) return [text];
  let rest = words.join(' ');
  while (rest.length > 1 && textWidth(rest, fontSize) > max) rest = `${rest.slice(0, -2)}…`;
  return rest ? [first, rest] : [first];
}

/**
 * The centre of a label of width w that belongs at x, kept inside the plot (clear of the label
 * column). A label too wide to centre on its tick starts (or ends) at the tick, so that it still
 * reads as that tick's label rather than the edge's.
 */
export function clampLabel(x: number, w: number, g: Geometry): number {
  const left = g.compact ? 2 : g.labelX + 14;
  const right = g.width - 2;
  const inside = (c: number) => Math.min(Math.max(c, left + w / 2), right - w / 2);
  if (x - w / 2 >= left && x + w / 2 <= right) return x;
  const near = g.fontSize * 0.4;
  return inside(x - w / 2 < left ? Math.max(left, x - near) + w / 2 : Math.min(right, x + near) - w / 2);
}

/**
 * Where to draw a tick label of estimated width w at x: centred on the tick, or, where that would
 * stick out of the plot, held in by its own edge, which stays exact when the font is wider than
 * `textWidth` guesses.
 */
export function labelAt(x: number, w: number, g: Geometry): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const c = clampLabel(x, w, g);
  if (c > x) return { x: c - w / 2, anchor: 'start' };
  if (c < x) return { x: c + w / 2, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** Line spacing of a row label wrapped onto two lines. */
export const labelLineHeight = (g: Geometry): number => Math.round(g.fontSize * 1.15);

/**
 * A row label's lines on a phone, where it sits above its axis: wrapped so that `reserve` px stay
 * free at the right (for the row's points figure), so the two never run into each other.
 */
export function compactLines(text: string, g: Geometry, reserve: number): string[] {
  return wrapLabel(text, g.width - g.labelX - reserve, g.fontSize * 1.12);
}

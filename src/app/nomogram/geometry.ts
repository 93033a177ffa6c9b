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
  /** A projected board's packing, absent otherwise (so a normal geometry is what it always was). */
  board?: Board;
}

/**
 * A projected tumour board: type no smaller than 18 px even on tick labels (92% of the drawing's
 * type), a narrow label column and no points column, so the axes take most of the width, and
 * rows packed (down to BOARD_MIN_PAD of the usual space) so that eleven predictors fit a 720 px screen.
 */
const BOARD = { minFont: 20, labelShare: 0.19, edge: 0.5 };
export const BOARD_MIN_PAD = 0.36;

/** What a projected tumour board asks of the layout: `pad`, the share of the usual space kept between rows. */
export interface Board {
  pad: number;
}

/**
 * `rootFont` is the page's rem in px, so the drawing grows with the text around it (a projector
 * at 1920 px gets the largest type); `labels` are the row labels, to size the label column;
 * `packing`, for a tumour board, how close its rows are packed.
 */
export function geometry(width: number, rootFont: number, labels: string[], packing?: Board): Geometry {
  const board = packing !== undefined;
  const compact = width < 640 && !board;
  // A wide drawing (a projected tumour board) gets type as large as the text around it.
  const fontSize = board
    ? Math.max(BOARD.minFont, Math.round(rootFont * 0.95))
    : Math.round(compact ? Math.max(13, rootFont * 0.8) : rootFont * (width >= 1100 ? 0.95 : 0.85));
  const edge = fontSize * 1.2;
  const widest = Math.max(...labels.map((l) => textWidth(l, fontSize * 1.12)));
  const labelColumn = compact ? 0 : Math.round(Math.min(widest + 20, width * (board ? BOARD.labelShare : 0.3)));
  const gutter = compact || board ? 0 : fontSize * 4;
  const pad = packing?.pad ?? 1;
  const x = scaleLinear()
    .domain([0, 100])
    // On a board the first tick ("0") is narrow enough to sit close to the label column.
    .range([labelColumn + (board ? fontSize * BOARD.edge : edge), width - gutter - (board ? fontSize * 0.8 : edge)]);
  return {
    width,
    compact,
    fontSize,
    x,
    labelX: compact ? 8 : labelColumn - 10,
    labelWidth: labelColumn - 16,
    gutterX: width - 6,
    lineGap: Math.round(fontSize + 16 * pad),
    tickLength: Math.round(fontSize * (board ? 0.3 : 0.4)),
    ...(packing && { board: packing }),
  };
}

/** Scale of the vertical space between rows: 1, or less on a packed board. */
export const padOf = (g: Geometry): number => g.board?.pad ?? 1;

/** Vertical distance between staggered rows of level names. */
export const levelStep = (g: Geometry): number => g.fontSize + 6 * padOf(g);

/** A row label's lines in the label column of a wide drawing (a third when packed, whose column is narrow). */
export const columnLines = (text: string, g: Geometry): string[] => wrapLabel(text, g.labelWidth, g.fontSize * 1.12, g.board ? 3 : 2);

/** Line spacing of a row label wrapped in the label column (tighter when packed). */
export const columnLineHeight = (g: Geometry): number => g.fontSize * (g.board ? 1 : 1.1);

/** The least height of a packed row, whose label of `lines` lines hangs from its axis line. */
export function hangingHeight(lines: number, g: Geometry): number {
  return g.board && !g.compact ? 10 * padOf(g) + lines * columnLineHeight(g) + 4 : 0;
}

/** Splits a label into lines no wider than `max` px (at most `lines`; the last is cut with an ellipsis). */
export function wrapLabel(text: string, max: number, fontSize: number, lines = 2): string[] {
  if (textWidth(text, fontSize) <= max) return [text];
  if (lines <= 1) {
    let cut = text;
    while (cut.length > 1 && textWidth(cut, fontSize) > max) cut = `${cut.slice(0, -2)}…`;
    return [cut];
  }
  // Chinese has no spaces: it wraps between any two characters, but not inside a Latin word or
  // number ("LDH"), not after an opening bracket and not before a closing mark.
  const space = text.includes(' ') ? ' ' : '';
  const words = space ? text.split(' ') : (text.match(/[（(《“‘]*(?:[A-Za-z0-9.'’/-]+|.)[）)》”’，。、：；！？]*/gu) ?? [...text]);
  let first = '';
  while (words.length && textWidth(`${first}${space}${words[0]}`.trim(), fontSize) <= max)
    first = `${first}${space}${words.shift()}`.trim();
  if (!first) return [text];
  const rest = words.join(space);
  return rest ? [first, ...wrapLabel(rest, max, fontSize, lines - 1)] : [first];
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

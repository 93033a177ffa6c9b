import type { Inputs } from '../../model/types.ts';
import { scaleLinear } from 'd3-scale';
import { nomogramScales, type PredictorScale } from '../../engine/axes.ts';
import type { CompiledModel } from '../../engine/compile.ts';
import type { Text } from '../../model/types.ts';
import { geometry, padOf, type Board, type Geometry } from './geometry.ts';
import { textWidth, thin } from './labels.ts';
import { row, ruler, rulerBottom } from './rows.ts';

/** The words a nomogram shows, in the reader's language: the layout measures them. */
export interface Words {
  /** A model file's text. */
  text(t: Text): string;
  num(x: number, digits?: number): string;
  pct(p: number): string;
  pointsAxis: string;
  totalPoints: string;
  /** One label per risk axis, in the order of the model's risk times. */
  risks: string[];
  /** The widest points figure a row shows, "100 pts": room is kept for it beside a phone's row name. */
  widestFigure: string;
  /** An interaction's row: a predictor's name for one level of the other, "Age (Sex: female)". */
  conditioned?: (name: string, by: string, level: string) => string;
}

/** A tick label: where it is anchored and its baseline. */
export interface Label {
  text: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
  y: number;
}
/** A row's name: above the axis on a phone, in the label column (right-aligned) on a wide screen. */
export interface RowName {
  lines: string[];
  x: number;
  y: number;
  anchor?: 'end';
  lineHeight: number;
}
/** A tick from its axis line down to y2. */
export interface Tick {
  x: number;
  y2: number;
  value?: string | number;
  label?: Label;
}
export interface Line {
  x1: number;
  x2: number;
  y: number;
}
/** An axis line and its ticks, each labelled where its label fits. */
export interface Axis {
  line: Line;
  ticks: Tick[];
}

/** The points ruler, the total points or a risk axis. */
export interface Ruler extends Axis {
  kind: 'points' | 'total' | 'risk';
  top: number;
  axisY: number;
  name: RowName;
}

/**
 * One predictor's row. A categorical row has one axis with its levels; a numeric row one line per
 * segment (a spline that turns back is drawn in pieces). A predictor that interacts with another
 * would get one row per level of the other, each from its own scale and name.
 */
export interface Row {
  scale: PredictorScale;
  top: number;
  height: number;
  axisY: number;
  name: RowName;
  /** Baseline of the row's points figure, which ends at the drawing's right edge. */
  figureY: number;
  /** Categorical: each level's tick and name (in file order, staggered into rows), and the name's centre and width. */
  levels: { line: Line; ticks: (Tick & { centre: number; width: number })[] } | undefined;
  /** Numeric: each segment's line and ticks (labels only where they do not touch the previous one). */
  segments: Axis[];
}

export interface NomogramLayout {
  g: Geometry;
  height: number;
  points: Ruler;
  rows: Row[];
  total: Ruler;
  risks: Ruler[];
  /** x of a total of points. */
  totalX(points: number): number;
  /** The patient's line from the total-points axis down, and its dot. */
  patient: { y1: number; cy: number; y2: number; r: number };
}

/**
 * The nomogram laid out for a width, as data: every row's position and height, each tick and
 * label, with labels that would touch dropped. `rootFont` is the page's rem in px; `board`, on a
 * projected tumour board, how close the rows are packed (see `geometry`). Pure: text is measured by
 * `textWidth`, which estimates without a page, so this runs in Node as in the page.
 */
export function layoutNomogram(...args: Parameters<typeof layoutSteps>): NomogramLayout {
  return finish(layoutSteps(...args));
}

/** Runs steps (such as `layoutSteps`) to their end at once, and returns their result. */
export function finish<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `layoutNomogram` in steps, each a few milliseconds at most, so a page can lay the nomogram out
 * in idle moments without one long task: it pauses after getting the page's font ready to measure
 * with, after the geometry and scales, after the points ruler, after each row and after each ruler below them.
 */
export function* layoutSteps(
  c: CompiledModel,
  width: number,
  rootFont: number,
  w: Words,
  board?: Board,
  inputs: Inputs = {},
): Generator<void, NomogramLayout> {
  // The first measure readies the font (the page's family, resolved once), the slowest of them.
  textWidth(w.totalPoints, rootFont);
  yield;
  const names = c.predictors.map((cp) => w.text(cp.predictor.label));
  // The label column is sized for the rows, total points and the horizons (a probability axis's name wraps instead).
  const g = geometry(width, rootFont, [...names, w.totalPoints, ...(c.model.kind !== 'logistic' ? w.risks : [])], board);
  // A stratified model's risk axes are those of the patient's stratum.
  const scales = nomogramScales(c, g.compact ? 5 : 10, inputs);
  const totalX = scaleLinear().domain([0, scales.maxTotal]).range(g.x.range());
  const [x0, x1] = [totalX(0), totalX(scales.maxTotal)];
  yield;
  // Room above the first row for the top of its name, which sits beside the axis on a wide screen.
  const step = g.compact ? 20 : 10;
  const points = ruler(
    'points',
    w.pointsAxis,
    Array.from({ length: 100 / step + 1 }, (_, i) => ({ x: g.x(i * step), text: w.num(i * step) })),
    g.x(0),
    g.x(100),
    g.compact ? 0 : Math.max(0, Math.ceil(g.fontSize * 0.75 - 10 * padOf(g))),
    g,
  );
  let y = rulerBottom(points, g);
  yield;
  const rows: Row[] = [];
  for (const s of scales.predictors) {
    const r = row(s, y, g, w);
    y += r.height;
    rows.push(r);
    yield;
  }
  const totalTop = y + 8 * padOf(g);
  const totalTicks = scales.total.filter((v) => v <= scales.maxTotal + 1e-9).map((v) => ({ x: totalX(v), text: w.num(v) }));
  const total = ruler('total', w.totalPoints, totalTicks, x0, x1, totalTop, g);
  y = rulerBottom(total, g);
  yield;
  const risks: Ruler[] = [];
  for (const [i, axis] of scales.risks.entries()) {
    const marks = axis.marks.map((m) => ({ x: totalX(m.points), text: w.pct(m.risk) })).sort((a, b) => a.x - b.x);
    const shown = thin(
      marks.map((m) => ({ x: m.x, width: textWidth(m.text, g.fontSize * 0.92) })),
      g.fontSize * 0.6,
    );
    const r = ruler(
      'risk',
      w.risks[i]!,
      marks.filter((_, j) => shown[j]),
      x0,
      x1,
      y,
      g,
    );
    y = rulerBottom(r, g);
    risks.push(r);
    yield;
  }
  const height = y + 4;
  const dot = totalTop + (g.compact ? g.fontSize + 8 : 0);
  return { g, height, points, rows, total, risks, totalX, patient: { y1: dot + 4, cy: dot + 10, y2: height - 4, r: g.fontSize * 0.45 } };
}

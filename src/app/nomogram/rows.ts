import type { PredictorScale } from '../../engine/axes.ts';
import {
  clampLabel,
  columnLineHeight,
  columnLines,
  compactLines,
  hangingHeight,
  labelAt,
  labelLineHeight,
  levelStep,
  padOf,
  type Geometry,
} from './geometry.ts';
import { stagger, textWidth, thin } from './labels.ts';
import type { Label, Row, RowName, Ruler, Words } from './layout.ts';

/*
 * The rows of a nomogram's layout, each from its top down: a ruler (points, total points, a risk)
 * or a predictor's row. layoutNomogram stacks them.
 */

/** Room kept at the right of a phone's row name for the row's points figure ("100 pts"). */
const figureReserve = (g: Geometry, w: Words) => textWidth(w.widestFigure, g.fontSize * 1.12) + 16;

/**
 * A row's name from the row's top, and the height it takes above the axis: on a phone one or two
 * lines above it (leaving `reserve` px at the right), on a wide screen none (it sits beside it,
 * centred on the axis, or on a packed board level with it and hanging below).
 */
function rowName(text: string, g: Geometry, top: number, reserve: number): { name: RowName; band: number } {
  if (g.compact) {
    const lines = compactLines(text, g, reserve);
    const lineHeight = labelLineHeight(g);
    return { name: { lines, x: g.labelX, y: top + g.fontSize, lineHeight }, band: g.fontSize + 8 + (lines.length - 1) * lineHeight };
  }
  const lines = columnLines(text, g);
  const lineHeight = columnLineHeight(g);
  const axisY = top + 10 * padOf(g);
  return {
    name: {
      lines,
      x: g.labelX,
      y: axisY + g.fontSize * 0.35 - (g.board ? 0 : ((lines.length - 1) * lineHeight) / 2),
      anchor: 'end',
      lineHeight,
    },
    band: 0,
  };
}

/** A tick label's text at x, held inside the plot, on the baseline below a tick from axisY. */
function tickLabel(text: string, x: number, axisY: number, g: Geometry, width = textWidth(text, g.fontSize * 0.92)): Label {
  return { text, ...labelAt(x, width, g), y: axisY + g.tickLength + g.fontSize };
}

/** The points ruler, the total points or a risk axis, with its ticks at x and their labels. */
export function ruler(
  kind: Ruler['kind'],
  text: string,
  ticks: { x: number; text: string }[],
  x1: number,
  x2: number,
  top: number,
  g: Geometry,
): Ruler {
  const { name, band } = rowName(text, g, top, 0);
  const axisY = top + band + 10 * padOf(g);
  return {
    kind,
    top,
    axisY,
    name,
    line: { x1, x2, y: axisY },
    ticks: ticks.map((t) => ({ x: t.x, y2: axisY + g.tickLength, label: tickLabel(t.text, t.x, axisY, g) })),
  };
}

/** Where the row under a ruler starts: below its tick labels, and below its name where that hangs lower. */
export const rulerBottom = (r: Ruler, g: Geometry) =>
  Math.max(r.axisY + g.tickLength + g.fontSize + 12 * padOf(g), r.top + hangingHeight(r.name.lines.length, g));

/** A predictor's row: its name, then its levels or its axis segments with their ticks. */
export function row(s: PredictorScale, top: number, g: Geometry, w: Words): Row {
  const c = s.condition;
  const own = w.text(s.predictor.label);
  const text = c
    ? (w.conditioned ?? ((n, by, level) => `${n} (${by}: ${level})`))(own, w.text(c.predictor.label), w.text(c.level.label))
    : own;
  const reserve = figureReserve(g, w);
  const { name, band } = rowName(text, g, top, reserve);
  const pad = padOf(g);
  const axisY = top + band + 10 * pad;
  const hanging = hangingHeight(name.lines.length, g);
  const base = { scale: s, top, axisY, name, figureY: g.compact ? top + g.fontSize : axisY + g.fontSize * 0.35 };
  if ('levels' in s) {
    const xs = s.levels.map((l) => g.x(l.points));
    const widths = s.levels.map((l) => textWidth(w.text(l.label), g.fontSize * 0.92));
    const centres = xs.map((x, i) => clampLabel(x, widths[i]!, g));
    const rows = stagger(centres.map((x, i) => ({ x, width: widths[i]! })));
    const ticks = s.levels.map((l, i) => {
      const drop = rows[i]! * levelStep(g);
      const label = tickLabel(w.text(l.label), xs[i]!, axisY, g, widths[i]!);
      return {
        x: xs[i]!,
        y2: axisY + g.tickLength + drop,
        value: l.id,
        label: { ...label, y: label.y + drop },
        centre: centres[i]!,
        width: widths[i]!,
      };
    });
    const height = Math.max(band + 14 * pad + (Math.max(...rows) + 1) * levelStep(g) + 8 * pad, hanging);
    return { ...base, height, levels: { line: { x1: Math.min(...xs), x2: Math.max(...xs), y: axisY }, ticks }, segments: [] };
  }
  const segments = s.segments.map((seg, i) => {
    const y = axisY + i * g.lineGap;
    const xs = seg.points.map((p) => g.x(p));
    const marks = seg.ticks.map((v) => ({ v, x: xs[seg.values.indexOf(v)]!, text: w.num(v, 2) })).sort((a, b) => a.x - b.x);
    const widths = marks.map((m) => textWidth(m.text, g.fontSize * 0.92));
    // Label ticks from left to right, skipping a label that would touch the previous one.
    const shown = thin(
      marks.map((m, j) => ({ x: clampLabel(m.x, widths[j]!, g), width: widths[j]! })),
      4,
    );
    const ticks = marks.map((m, j) => ({
      x: m.x,
      y2: y + g.tickLength,
      value: m.v,
      label: shown[j] ? tickLabel(m.text, m.x, y, g, widths[j]) : undefined,
    }));
    return { line: { x1: Math.min(...xs), x2: Math.max(...xs), y }, ticks };
  });
  return { ...base, height: Math.max(band + 10 * pad + segments.length * g.lineGap + 4 * pad, hanging), levels: undefined, segments };
}

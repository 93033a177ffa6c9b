import { useRef } from 'preact/hooks';
import { pointsOf } from '../../engine/scale.ts';
import type { Model, Predictor } from '../../model/types.ts';
import { num, t, tx } from '../i18n.ts';
import { setInput } from '../state.ts';
import { nextValue, snap, valueText } from '../values.ts';
import { clampLabel, compactLines, hangingHeight, labelAt, labelLineHeight, type Geometry } from './geometry.ts';
import { RowLabel } from './RowLabel.tsx';
import { stagger, textWidth } from './labels.ts';
import { axisSegments, levelsAsDrawn, nearestValue, segmentOf, type Segment } from './segments.ts';

interface Props {
  model: Model;
  predictor: Predictor;
  value: string | number | undefined;
  /** Whether the value is valid (a marker is drawn only for a valid value). */
  valid: boolean;
  g: Geometry;
  y: number;
  /** Reports the height this row takes, so the parent can stack rows. */
  svg: () => SVGSVGElement | null;
}

/** Room kept at the right of a phone's row label for the row's points figure ("100 pts"). */
const pointsReserve = (g: Geometry) => textWidth(t('points', { n: num(100) }), g.fontSize * 1.12) + 16;

/** Height taken above the axis by the row's label: none on a wide screen, one or two lines on a phone. */
function labelBand(p: Predictor, g: Geometry): number {
  if (!g.compact) return 0;
  return g.fontSize + 8 + (compactLines(tx(p.label), g, pointsReserve(g)).length - 1) * labelLineHeight(g);
}

/** Height of a predictor's row for a geometry, before it is drawn. */
export function axisHeight(model: Model, p: Predictor, g: Geometry): number {
  const label = labelBand(p, g);
  const drawn =
    p.type === 'categorical' ? label + 14 * g.pad + levelRows(model, p, g) * g.levelStep + 8 * g.pad : label + 10 * g.pad + axisSegments(model, p).length * g.lineGap + 4 * g.pad;
  return Math.max(drawn, hangingHeight(tx(p.label), g));
}

function levelLayout(model: Model, p: Extract<Predictor, { type: 'categorical' }>, g: Geometry) {
  const xs = p.levels.map((l) => g.x(pointsOf(model, p.id, l.id)));
  const widths = p.levels.map((l) => textWidth(tx(l.label), g.fontSize * 0.92));
  const labelXs = xs.map((x, i) => clampLabel(x, widths[i]!, g));
  return { xs, widths, labelXs, rows: stagger(labelXs.map((x, i) => ({ x, width: widths[i]! }))) };
}

/** Baseline of a level's name in its (staggered) row. */
const levelLabelY = (g: Geometry, axisY: number, row: number) => axisY + g.tickLength + g.fontSize + row * g.levelStep;

function levelRows(model: Model, p: Extract<Predictor, { type: 'categorical' }>, g: Geometry): number {
  return Math.max(...levelLayout(model, p, g).rows) + 1;
}

/**
 * One predictor's axis, drawn where its values' points fall, and operated like a slider:
 * tap or drag to set the value, arrow keys to step, Home/End for the ends.
 */
export function PredictorAxis({ model, predictor: p, value, valid, g, y, svg }: Props) {
  const segmentAtDown = useRef(0);
  const top = y + labelBand(p, g);
  const axisY = top + 10 * g.pad;
  const points = valid && value !== undefined ? pointsOf(model, p.id, value) : undefined;
  const segments = p.type === 'categorical' ? [] : axisSegments(model, p);

  const fromPointer = (e: PointerEvent, pick: boolean) => {
    const box = svg()?.getBoundingClientRect();
    if (!box) return;
    const pts = g.x.invert(e.clientX - box.left);
    if (p.type === 'categorical') {
      const { xs, widths, labelXs, rows } = levelLayout(model, p, g);
      const px = e.clientX - box.left;
      const py = e.clientY - box.top;
      // A tap on a level's name picks that level, even where the name had to move away from its tick.
      const named = p.levels.findIndex((_, i) => {
        const baseline = levelLabelY(g, axisY, rows[i]!);
        return Math.abs(px - labelXs[i]!) <= widths[i]! / 2 && py >= baseline - g.fontSize && py <= baseline + 4;
      });
      const nearest = named >= 0 ? named : xs.reduce((best, x, i) => (Math.abs(x - px) < Math.abs(xs[best]! - px) ? i : best), 0);
      setInput(p.id, p.levels[nearest]!.id);
      return;
    }
    if (pick) {
      const line = Math.round((e.clientY - box.top - axisY) / g.lineGap);
      segmentAtDown.current = Math.min(Math.max(line, 0), segments.length - 1);
    }
    setInput(p.id, snap(p, nearestValue(segments[segmentAtDown.current]!, pts)));
  };

  // A category axis is a slider over its levels as drawn, left to right (by points, not file order).
  const drawn = p.type === 'categorical' ? levelsAsDrawn(model, p) : undefined;
  const onKeyDown = (e: KeyboardEvent) => {
    const next = nextValue(p, value, e.key, drawn);
    if (next === undefined) return;
    e.preventDefault();
    setInput(p.id, next);
  };

  const height = axisHeight(model, p, g);
  const label = tx(p.label);
  const levelIndex = drawn ? drawn.indexOf(String(value)) : -1;
  const ariaNow = p.type === 'categorical' ? Math.max(levelIndex, 0) : typeof value === 'number' ? value : undefined;

  return (
    <g
      class="axis"
      role="slider"
      tabindex={0}
      aria-label={label}
      aria-valuemin={p.type === 'categorical' ? 0 : p.axis.min}
      aria-valuemax={p.type === 'categorical' ? p.levels.length - 1 : p.axis.max}
      aria-valuenow={ariaNow}
      aria-valuetext={valueText(model, p, value, valid)}
      aria-invalid={!valid || undefined}
      data-predictor={p.id}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        (e.currentTarget as Element).setPointerCapture(e.pointerId);
        fromPointer(e, true);
      }}
      onPointerMove={(e) => {
        if ((e.currentTarget as Element).hasPointerCapture(e.pointerId)) fromPointer(e, false);
      }}
    >
      <rect class="hit" x={2} y={y} width={g.width - 4} height={height} rx={6} />
      <RowLabel text={label} g={g} top={y} axisY={axisY} reserve={pointsReserve(g)} />
      {points !== undefined && (
        <text class="row-points" x={g.gutterX} y={g.compact ? y + g.fontSize : axisY + g.fontSize * 0.35} text-anchor="end">
          {t('points', { n: num(points) })}
        </text>
      )}
      {p.type === 'categorical' ? <Levels model={model} p={p} g={g} axisY={axisY} /> : segments.map((s, i) => <SegmentLine s={s} g={g} y={axisY + i * g.lineGap} key={i} />)}
      {points !== undefined && (
        <circle
          class="marker"
          cx={g.x(points)}
          cy={axisY + (p.type === 'categorical' ? 0 : segmentOf(segments, value as number) * g.lineGap)}
          r={g.fontSize * 0.45}
        />
      )}
    </g>
  );
}

function Levels({ model, p, g, axisY }: { model: Model; p: Extract<Predictor, { type: 'categorical' }>; g: Geometry; axisY: number }) {
  const { xs, widths, rows } = levelLayout(model, p, g);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  // Every tick first, then every label, so a label (with its halo) lies over a longer tick passing behind it.
  return (
    <>
      <line class="axis-line" x1={lo} x2={hi} y1={axisY} y2={axisY} />
      {p.levels.map((l, i) => (
        <line key={l.id} class="tick" data-value={l.id} x1={xs[i]} x2={xs[i]} y1={axisY} y2={axisY + g.tickLength + rows[i]! * g.levelStep} />
      ))}
      {p.levels.map((l, i) => (
        <text key={l.id} class="tick-label" {...labelAt(xs[i]!, widths[i]!, g)} y={levelLabelY(g, axisY, rows[i]!)}>
          {tx(l.label)}
        </text>
      ))}
    </>
  );
}

function SegmentLine({ s, g, y }: { s: Segment; g: Geometry; y: number }) {
  const xs = s.points.map((p) => g.x(p));
  const at = (v: number) => g.x(s.points[s.values.indexOf(v)] ?? 0);
  let lastRight = -Infinity;
  // Label ticks from left to right, skipping a label that would touch the previous one.
  const ticks = [...s.ticks].sort((a, b) => at(a) - at(b)).map((v) => {
    const x = at(v);
    const w = textWidth(num(v, 2), g.fontSize * 0.92);
    const lx = clampLabel(x, w, g);
    const show = lx - w / 2 >= lastRight + 4;
    if (show) lastRight = lx + w / 2;
    return { v, x, w, show };
  });
  return (
    <>
      <line class="axis-line" x1={Math.min(...xs)} x2={Math.max(...xs)} y1={y} y2={y} />
      {ticks.map(({ v, x, w, show }) => (
        <g key={v}>
          <line class="tick" data-value={v} x1={x} x2={x} y1={y} y2={y + g.tickLength} />
          {show && (
            <text class="tick-label" {...labelAt(x, w, g)} y={y + g.tickLength + g.fontSize}>
              {num(v, 2)}
            </text>
          )}
        </g>
      ))}
    </>
  );
}

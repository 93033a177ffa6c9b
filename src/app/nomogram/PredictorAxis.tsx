import { batch } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { compileModel } from '../../engine/compile.ts';
import type { Inputs, Model } from '../../model/types.ts';
import { num, t, tx } from '../i18n.ts';
import { setInput } from '../state.ts';
import { nextValue, snap, valueText } from '../values.ts';
import type { Geometry } from './geometry.ts';
import type { Row } from './layout.ts';
import { RowLabel } from './RowLabel.tsx';
import { Axis } from './Ruler.tsx';
import { levelsAsDrawn, nearestValue, segmentOf } from './segments.ts';
import { TickLabel } from './TickLabel.tsx';

interface Props {
  model: Model;
  row: Row;
  g: Geometry;
  /** The scenario's inputs: this row's value, and for an interaction's row the other predictor's. */
  inputs: Inputs;
  /** Whether the value is valid (a marker is drawn only for a valid value). */
  valid: boolean;
  /** The drawing, to turn a pointer's position on the page into one on the axis. */
  svg: () => SVGSVGElement | null;
}

/** The points of a row at the patient's inputs: the predictor's own, or its interaction row's (both main effects and the products). */
function rowPoints(model: Model, id: string, interaction: string | undefined, inputs: Inputs): number {
  const c = compileModel(model);
  const ci = interaction === undefined ? undefined : c.interactions.find((x) => x.interaction.id === interaction);
  return ci ? (ci.contribution(inputs) - ci.min) * c.scale : c.points(id, inputs[id]!);
}

/**
 * One predictor's axis, drawn where its values' points fall, and operated like a slider:
 * tap or drag to set the value, arrow keys to step, Home/End for the ends.
 */
export function PredictorAxis({ model, row, g, inputs, valid, svg }: Props) {
  const segmentAtDown = useRef(0);
  const p = row.scale.predictor;
  const value = inputs[p.id];
  const { axisY, top, levels } = row;
  const segments = 'segments' in row.scale ? row.scale.segments : [];
  // An interaction's rows: one per level of the other predictor; only the patient's level's row is theirs.
  const condition = row.scale.condition;
  const inactive = condition !== undefined && inputs[condition.predictor.id] !== condition.level.id;
  const points = valid && value !== undefined && !inactive ? rowPoints(model, p.id, condition?.interaction, inputs) : undefined;

  const fromPointer = (e: PointerEvent, pick: boolean) => {
    const box = svg()?.getBoundingClientRect();
    if (!box) return;
    const px = e.clientX - box.left;
    if (p.type === 'categorical') {
      const ticks = levels!.ticks;
      const py = e.clientY - box.top;
      // A tap on a level's name picks that level, even where the name had to move away from its tick.
      const named = ticks.findIndex(
        (tk) => Math.abs(px - tk.centre) <= tk.width / 2 && py >= tk.label!.y - g.fontSize && py <= tk.label!.y + 4,
      );
      const nearest =
        named >= 0 ? named : ticks.reduce((best, tk, i) => (Math.abs(tk.x - px) < Math.abs(ticks[best]!.x - px) ? i : best), 0);
      setInput(p.id, p.levels[nearest]!.id);
      return;
    }
    if (pick) {
      const line = Math.round((e.clientY - box.top - axisY) / g.lineGap);
      segmentAtDown.current = Math.min(Math.max(line, 0), segments.length - 1);
    }
    setInput(p.id, snap(p, nearestValue(segments[segmentAtDown.current]!, g.x.invert(px))));
  };

  // A category axis is a slider over its levels as drawn, left to right (by points, not file order).
  const drawn = p.type === 'categorical' ? levelsAsDrawn(model, p) : undefined;
  const onKeyDown = (e: KeyboardEvent) => {
    const next = nextValue(p, value, e.key, drawn);
    if (next === undefined) return;
    e.preventDefault();
    setInput(p.id, next);
  };

  const label = condition
    ? t('rowOfLevel', { name: tx(p.label), by: tx(condition.predictor.label), level: tx(condition.level.label) })
    : tx(p.label);
  if (inactive) {
    // Another level's row: drawn, as rms draws it, but not the patient's, so not announced (the other
    // predictor's own control says which row is theirs). A tap or drag on it is read as it would be on
    // paper: the patient at that level, at the value tapped.
    return (
      <g
        class="axis inactive"
        aria-hidden="true"
        data-predictor={p.id}
        data-level={condition.level.id}
        onPointerDown={(e) => {
          (e.currentTarget as Element).setPointerCapture(e.pointerId);
          batch(() => {
            setInput(condition.predictor.id, condition.level.id);
            fromPointer(e, true);
          });
        }}
      >
        <rect class="hit" x={2} y={top} width={g.width - 4} height={row.height} rx={6} />
        <RowLabel name={row.name} />
        {levels ? (
          <>
            <line class="axis-line" x1={levels.line.x1} x2={levels.line.x2} y1={levels.line.y} y2={levels.line.y} />
            {levels.ticks.map((tk) => (
              <line key={tk.value} class="tick" x1={tk.x} x2={tk.x} y1={levels.line.y} y2={tk.y2} />
            ))}
            {levels.ticks.map((tk) => (
              <TickLabel key={tk.value} label={tk.label!} />
            ))}
          </>
        ) : (
          row.segments.map((s, i) => <Axis key={i} axis={s} />)
        )}
      </g>
    );
  }
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
      aria-valuetext={valueText(model, p, value, valid, points)}
      aria-invalid={!valid || undefined}
      data-predictor={p.id}
      data-level={condition?.level.id}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        (e.currentTarget as Element).setPointerCapture(e.pointerId);
        fromPointer(e, true);
      }}
      onPointerMove={(e) => {
        if ((e.currentTarget as Element).hasPointerCapture(e.pointerId)) fromPointer(e, false);
      }}
    >
      <rect class="hit" x={2} y={top} width={g.width - 4} height={row.height} rx={6} />
      <RowLabel name={row.name} />
      {points !== undefined && (
        <text class="row-points" x={g.gutterX} y={row.figureY} text-anchor="end">
          {t('points', { n: num(points) })}
        </text>
      )}
      {levels ? (
        <>
          <line class="axis-line" x1={levels.line.x1} x2={levels.line.x2} y1={levels.line.y} y2={levels.line.y} />
          {/* Every tick first, then every name, so a name (with its halo) lies over a longer tick passing behind it. */}
          {levels.ticks.map((tk) => (
            <line key={tk.value} class="tick" data-value={tk.value} x1={tk.x} x2={tk.x} y1={levels.line.y} y2={tk.y2} />
          ))}
          {levels.ticks.map((tk) => (
            <TickLabel key={tk.value} label={tk.label!} />
          ))}
        </>
      ) : (
        row.segments.map((s, i) => <Axis key={i} axis={s} />)
      )}
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

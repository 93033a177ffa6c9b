import type { Axis as AxisLayout, Ruler as RulerLayout } from './layout.ts';
import { RowLabel } from './RowLabel.tsx';
import { TickLabel } from './TickLabel.tsx';

/** An axis line with its ticks and the labels that fit: a ruler's, or one segment of a numeric predictor's. */
export function Axis({ axis: { line, ticks } }: { axis: AxisLayout }) {
  return (
    <>
      <line class="axis-line" x1={line.x1} x2={line.x2} y1={line.y} y2={line.y} />
      {ticks.map((tk) => (
        <g key={tk.value ?? tk.x}>
          <line class="tick" data-value={tk.value} x1={tk.x} x2={tk.x} y1={line.y} y2={tk.y2} />
          {tk.label && <TickLabel label={tk.label} />}
        </g>
      ))}
    </>
  );
}

/** The points ruler, the total points or a risk axis: a name over (or beside) an axis. */
export function Ruler({ ruler: r }: { ruler: RulerLayout }) {
  return (
    <g class={`ruler ${r.kind === 'points' ? '' : r.kind}`} aria-hidden="true">
      <RowLabel name={r.name} />
      <Axis axis={r} />
    </g>
  );
}

import type { Ruler as RulerLayout } from './layout.ts';
import { RowLabel } from './RowLabel.tsx';
import { TickLabel } from './TickLabel.tsx';

/** The points ruler, the total points or a risk axis: a name, a line and labelled ticks. */
export function Ruler({ ruler: r }: { ruler: RulerLayout }) {
  return (
    <g class={`ruler ${r.kind === 'points' ? '' : r.kind}`} aria-hidden="true">
      <RowLabel name={r.name} />
      <line class="axis-line" x1={r.line.x1} x2={r.line.x2} y1={r.line.y} y2={r.line.y} />
      {r.ticks.map((tick) => (
        <g key={tick.label!.text + tick.x}>
          <line class="tick" x1={tick.x} x2={tick.x} y1={r.line.y} y2={tick.y2} />
          <TickLabel label={tick.label!} />
        </g>
      ))}
    </g>
  );
}

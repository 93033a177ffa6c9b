import type { Label } from './layout.ts';

/** A tick's label as laid out. */
export function TickLabel({ label }: { label: Label }) {
  return (
    <text class="tick-label" x={label.x} text-anchor={label.anchor} y={label.y}>
      {label.text}
    </text>
  );
}

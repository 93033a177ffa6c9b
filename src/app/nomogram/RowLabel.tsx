import type { RowName } from './layout.ts';

/** A row's name as laid out: above the axis on a phone, right-aligned in the label column on a wide screen. */
export function RowLabel({ name }: { name: RowName }) {
  return (
    <text class="label" x={name.x} y={name.y} text-anchor={name.anchor}>
      {name.lines.map((line, i) => (
        <tspan key={i} x={name.x} dy={i === 0 ? 0 : name.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

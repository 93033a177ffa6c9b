import { wrapLabel, type Geometry } from './geometry.ts';

/** A row's label: above the axis on a phone, right-aligned in the label column (wrapped to two lines) on a wide screen. */
export function RowLabel({ text, g, top, axisY, cls = 'label' }: { text: string; g: Geometry; top: number; axisY: number; cls?: string }) {
  if (g.compact) {
    return (
      <text class={cls} x={g.labelX} y={top + g.fontSize}>
        {text}
      </text>
    );
  }
  const lines = wrapLabel(text, g.labelWidth, g.fontSize * 1.12);
  const first = axisY + g.fontSize * 0.35 - ((lines.length - 1) * g.fontSize * 1.1) / 2;
  return (
    <text class={cls} x={g.labelX} y={first} text-anchor="end">
      {lines.map((line, i) => (
        <tspan key={i} x={g.labelX} dy={i === 0 ? 0 : g.fontSize * 1.1}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

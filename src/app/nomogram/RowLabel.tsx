import { columnLineHeight, columnLines, compactLines, labelLineHeight, type Geometry } from './geometry.ts';

/**
 * A row's label: above the axis on a phone (wrapped to leave `reserve` px at the right, when given),
 * right-aligned in the label column (wrapped to two lines) on a wide screen.
 */
export function RowLabel({ text, g, top, axisY, cls = 'label', reserve }: { text: string; g: Geometry; top: number; axisY: number; cls?: string; reserve?: number }) {
  if (g.compact) {
    return (
      <text class={cls} x={g.labelX} y={top + g.fontSize}>
        {compactLines(text, g, reserve).map((line, i) => (
          <tspan key={i} x={g.labelX} dy={i === 0 ? 0 : labelLineHeight(g)}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  const lines = columnLines(text, g);
  // Centred on the axis, or (rows packed) level with it, a second line below.
  const first = axisY + g.fontSize * 0.35 - (g.packed ? 0 : ((lines.length - 1) * columnLineHeight(g)) / 2);
  return (
    <text class={cls} x={g.labelX} y={first} text-anchor="end">
      {lines.map((line, i) => (
        <tspan key={i} x={g.labelX} dy={i === 0 ? 0 : columnLineHeight(g)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

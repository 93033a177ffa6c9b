import type { CalibrationGroup } from '../../cohort/calibrationGroups.ts';
import { num, t } from '../i18n.ts';

const SIZE = 240;
/** Axis labels as plain percentages (0% and 100% are exact here, unlike a patient's risk). */
const tick = (p: number) => `${num(p * 100, p < 0.1 && p > 0 ? 1 : 0)}%`;
const PAD = 44;

/**
 * Observed against predicted risk by group, with each group's 95% interval, on equal axes from 0
 * to the largest risk shown; the diagonal is perfect calibration. The table beside it gives the
 * same figures to a screen reader.
 */
export function CalibrationPlot({ groups }: { groups: CalibrationGroup[] }) {
  const top = Math.min(1, Math.max(0.1, ...groups.flatMap((g) => [g.predicted, g.upper ?? g.observed])) * 1.05);
  const span = SIZE - 2 * PAD;
  const x = (p: number) => PAD + (p / top) * span;
  const y = (p: number) => SIZE - PAD - (p / top) * span;
  const ticks = [0, top / 2, top];
  return (
    <svg class="calibration-plot" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t('cohortPlotLabel')}>
      <line class="ideal" x1={x(0)} y1={y(0)} x2={x(top)} y2={y(top)} />
      <line class="axis" x1={x(0)} y1={y(0)} x2={x(top)} y2={y(0)} />
      <line class="axis" x1={x(0)} y1={y(0)} x2={x(0)} y2={y(top)} />
      {ticks.map((v) => (
        <g key={v}>
          <text x={x(v)} y={SIZE - PAD + 14} text-anchor="middle">
            {tick(v)}
          </text>
          <text x={PAD - 4} y={y(v) + 4} text-anchor="end">
            {tick(v)}
          </text>
        </g>
      ))}
      <text x={SIZE / 2} y={SIZE - 4} text-anchor="middle">
        {t('cohortPredicted')}
      </text>
      <text transform={`translate(10 ${SIZE / 2}) rotate(-90)`} text-anchor="middle">
        {t('cohortObservedShort')}
      </text>
      {groups.map((g, i) => (
        <g key={i} class="group">
          {g.lower !== null && g.upper !== null && <line x1={x(g.predicted)} x2={x(g.predicted)} y1={y(g.lower)} y2={y(g.upper)} />}
          <circle cx={x(g.predicted)} cy={y(g.observed)} r={3.5} />
        </g>
      ))}
    </svg>
  );
}

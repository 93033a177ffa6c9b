import { useRef } from 'preact/hooks';
import { compileModel } from '../../engine/compile.ts';
import type { Model } from '../../model/types.ts';
import { eventName } from '../eventWords.ts';
import { duration, num, pct, t, tx } from '../i18n.ts';
import { editing, inputs, outcome } from '../state.ts';
import { useWidth } from '../useWidth.ts';
import { layoutNomogram, type Words } from './layout.ts';
import { PredictorAxis } from './PredictorAxis.tsx';
import { Ruler } from './Ruler.tsx';

const PRINT_WIDTH = 700;

/** The nomogram's words in the current language. */
function words(model: Model): Words {
  return {
    text: tx,
    num,
    pct,
    pointsAxis: t('pointsAxis'),
    totalPoints: t('totalPoints'),
    risks:
      model.kind === 'cox'
        ? model.horizons.map((h) => t('survivalAt', { time: duration(h, model.timeUnit) }))
        : [t('probabilityOf', { outcome: eventName(model) })],
    widestFigure: t('points', { n: num(100) }),
  };
}

/** The interactive nomogram: points ruler, one axis per predictor, total points and risk axes, drawn from their layout. */
export function Nomogram({ model }: { model: Model }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { box, width, font } = useWidth(PRINT_WIDTH);

  const result = outcome.value;
  const values = inputs.value;
  if (width === 0) return <div ref={box} class="nomogram-box" />;

  const c = compileModel(model);
  const layout = layoutNomogram(c, width, font, words(model));
  const { g, height, patient } = layout;
  const invalid = new Set(result && !result.ok ? result.problems.map((p) => p.predictor) : []);
  const patientX = result?.ok ? layout.totalX(Math.min(result.prediction.totalPoints, c.maxTotal)) : undefined;

  return (
    <div ref={box} class="nomogram-box">
      <svg ref={svgRef} class={`nomogram ${editing.value}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ fontSize: `${g.fontSize}px` }} role="group" aria-label={t('nomogram')}>
        {patientX !== undefined && (
          <g class="patient" aria-hidden="true">
            <line x1={patientX} x2={patientX} y1={patient.y1} y2={patient.y2} />
            <circle cx={patientX} cy={patient.cy} r={patient.r} />
          </g>
        )}
        <Ruler ruler={layout.points} />
        {layout.rows.map((row) => {
          const id = row.scale.predictor.id;
          return <PredictorAxis key={id} model={model} row={row} g={g} value={values[id]} valid={!invalid.has(id)} svg={() => svgRef.current} />;
        })}
        <Ruler ruler={layout.total} />
        {layout.risks.map((r, i) => (
          <Ruler key={i} ruler={r} />
        ))}
      </svg>
    </div>
  );
}

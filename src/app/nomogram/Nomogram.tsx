import { useEffect, useRef, useState } from 'preact/hooks';
import { compileModel, type CompiledModel } from '../../engine/compile.ts';
import type { Inputs, Model } from '../../model/types.ts';
import { eventName, riskAtText } from '../eventWords.ts';
import { duration, language, num, pct, t, tx } from '../i18n.ts';
import { inIdleSlices, whenIdle } from '../later.tsx';
import { editing, inputs, outcome } from '../state.ts';
import { useWidth } from '../useWidth.ts';
import { board } from '../view.ts';
import { BOARD_MIN_PAD } from './geometry.ts';
import { finish, layoutSteps, type NomogramLayout, type Words } from './layout.ts';
import { PredictorAxis } from './PredictorAxis.tsx';
import { Ruler } from './Ruler.tsx';

const PRINT_WIDTH = 700;
/** Rows drawn in one idle moment while the nomogram is first drawn. */
const ROWS_AT_ONCE = 3;

/** A stratified model's risk axes are those of the patient's stratum: which one, in words; '' otherwise. */
function stratumText(model: Model, values: Inputs): string {
  const stratum = model.kind === 'cox' ? model.stratum : undefined;
  const level = stratum?.levels.find((l) => l.id === values[stratum.id]);
  return level ? t('axesOfStratum', { stratum: tx(stratum!.label), level: tx(level.label) }) : '';
}

/** The nomogram's words in the current language. */
function words(model: Model): Words {
  return {
    text: tx,
    num,
    pct,
    pointsAxis: t('pointsAxis'),
    totalPoints: t('totalPoints'),
    risks:
      model.kind !== 'logistic'
        ? model.horizons.map((h) => riskAtText(model, duration(h, model.timeUnit)))
        : [t('probabilityOf', { outcome: eventName(model) })],
    widestFigure: t('points', { n: num(100) }),
    conditioned: (name, by, level) => t('rowOfLevel', { name, by, level }),
  };
}

/**
 * The nomogram's layout for a width, laid out once and kept until something it depends on changes:
 * the model, the width and type size, the language, board mode and its height, and the stratum
 * whose risk axes are drawn. A patient's other inputs move only the marks, so an input draws at
 * once without laying out every axis again.
 */
function useLayout(c: CompiledModel, width: number, font: number, viewportHeight: number, values: Inputs) {
  // A board on a projector; on a phone the board keeps the phone's drawing.
  const projected = board.value && width >= 640;
  // A board's drawing ends above the bottom of the screen.
  const fitHeight = viewportHeight - 8;
  const key = [c, width, font, language.value, projected, projected && fitHeight, c.familyFor(values)];
  const kept = useRef<{ key: unknown[]; layout: NomogramLayout } | null>(null);
  function* steps(): Generator<void, NomogramLayout> {
    const w = words(c.model);
    let layout = yield* layoutSteps(c, width, font, w, projected ? { pad: 1 } : undefined, values);
    if (projected && layout.height > fitHeight) {
      // A board fits one screen: rows move closer (no closer than BOARD_MIN_PAD allows) until it does.
      const tight = yield* layoutSteps(c, width, font, w, { pad: BOARD_MIN_PAD }, values);
      const share = (fitHeight - tight.height) / (layout.height - tight.height);
      const fitted =
        share > 0 ? yield* layoutSteps(c, width, font, w, { pad: BOARD_MIN_PAD + share * (1 - BOARD_MIN_PAD) }, values) : tight;
      layout = fitted.height <= fitHeight ? fitted : tight;
    }
    kept.current = { key, layout };
    return layout;
  }
  const fresh = () => (kept.current && kept.current.key.every((k, i) => k === key[i]) ? kept.current.layout : undefined);
  return {
    /** The layout, laid out at once if it is not kept already. */
    now: (): NomogramLayout => fresh() ?? finish(steps()),
    /** The layout laid out in idle moments, none of them long; then `done`. */
    later: (done: () => void) => (fresh() ? done() : inIdleSlices(steps(), done)),
  };
}

/** The interactive nomogram: points ruler, one axis per predictor, total points and risk axes, drawn from their layout. */
export function Nomogram({ model }: { model: Model }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { box, width, font, viewportHeight } = useWidth(PRINT_WIDTH);
  const result = outcome.value;
  const values = inputs.value;
  const c = compileModel(model);
  const layout = useLayout(c, width, font, viewportHeight, values);
  // The first drawing in idle moments, none of them long: the layout (which measures every label in
  // the page's font), a few steps at a time, then the points ruler with the first rows, then a few
  // more rows at a time, and with the last of them the total and risk axes and the patient's line.
  // The drawing's height is the whole layout's from the start, so nothing below it moves.
  const [drawn, setDrawn] = useState(0);
  const measured = width > 0;
  useEffect(() => {
    if (measured && drawn === 0) layout.later(() => setDrawn(ROWS_AT_ONCE));
  }, [measured]);
  const drawing = measured && drawn > 0 ? layout.now() : undefined;
  const complete = drawn >= (drawing?.rows.length ?? 0);
  useEffect(() => {
    if (!complete) whenIdle(() => setDrawn((n) => n + ROWS_AT_ONCE));
  }, [drawn, complete]);
  if (!drawing) return <div ref={box} class="nomogram-box" />;

  const stratum = stratumText(model, values);
  const { g, height, patient } = drawing;
  const invalid = new Set(result && !result.ok ? result.problems.map((p) => p.predictor) : []);
  const patientX = result?.ok ? drawing.totalX(Math.min(result.prediction.totalPoints, c.maxTotal)) : undefined;

  return (
    <div ref={box} class="nomogram-box">
      {stratum && <p class="hint stratum">{stratum}</p>}
      <svg
        ref={svgRef}
        class={`nomogram ${editing.value}`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ fontSize: `${g.fontSize}px` }}
        role="group"
        aria-label={t('nomogram')}
      >
        {complete && patientX !== undefined && (
          <g class="patient" aria-hidden="true">
            <line x1={patientX} x2={patientX} y1={patient.y1} y2={patient.y2} />
            <circle cx={patientX} cy={patient.cy} r={patient.r} />
          </g>
        )}
        <Ruler ruler={drawing.points} />
        {drawing.rows.slice(0, drawn).map((row) => {
          const id = row.scale.predictor.id;
          return (
            <PredictorAxis
              key={`${id}:${row.scale.condition?.level.id ?? ''}`}
              model={model}
              row={row}
              g={g}
              inputs={values}
              valid={!invalid.has(id)}
              svg={() => svgRef.current}
            />
          );
        })}
        {complete && (
          <>
            <Ruler ruler={drawing.total} />
            {drawing.risks.map((r, i) => (
              <Ruler key={i} ruler={r} />
            ))}
          </>
        )}
      </svg>
    </div>
  );
}

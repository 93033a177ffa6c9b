import { scaleLinear } from 'd3-scale';
import { useRef } from 'preact/hooks';
import { totalPointsForProbability, totalPointsForSurvival } from '../../engine/inverse.ts';
import { maxTotalPoints } from '../../engine/scale.ts';
import { pointTicks } from '../../engine/ticks.ts';
import type { Model } from '../../model/types.ts';
import { duration, num, pct, t, tx } from '../i18n.ts';
import { editing, inputs, outcome } from '../state.ts';
import { board } from '../view.ts';
import { useWidth } from '../useWidth.ts';
import { BOARD_MIN_PAD, compactLines, geometry, hangingHeight, labelAt, labelLineHeight, type Geometry } from './geometry.ts';
import { RowLabel } from './RowLabel.tsx';
import { textWidth } from './labels.ts';
import { axisHeight, PredictorAxis } from './PredictorAxis.tsx';

const PRINT_WIDTH = 700;
const SURVIVAL_TICKS = [0.99, 0.98, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.02, 0.01];

interface Scale {
  label: string;
  ticks: { x: number; text: string }[];
}

/** Total-points axis and one risk axis per horizon (or the probability axis), with their ticks. */
function riskScales(model: Model, g: Geometry, total: (tp: number) => number): Scale[] {
  const max = maxTotalPoints(model);
  const thin = (ticks: { x: number; text: string }[]) => {
    let right = -Infinity;
    return ticks
      .sort((a, b) => a.x - b.x)
      .filter((tick) => {
        const w = textWidth(tick.text, g.fontSize * 0.92);
        if (tick.x - w / 2 < right + g.fontSize * 0.6) return false;
        right = tick.x + w / 2;
        return true;
      });
  };
  const place = (at: (s: number) => number | undefined, text: (s: number) => string) =>
    thin(
      SURVIVAL_TICKS.flatMap((s) => {
        const tp = at(s);
        return tp !== undefined && tp >= 0 && tp <= max ? [{ x: total(tp), text: text(s) }] : [];
      }),
    );
  if (model.kind === 'logistic') {
    return [{ label: t('probabilityOf', { outcome: tx(model.outcome).toLowerCase() }), ticks: place((p) => totalPointsForProbability(model, p), pct) }];
  }
  return model.horizons.map((h) => ({
    label: t('survivalAt', { time: duration(h, model.timeUnit) }),
    ticks: place((s) => totalPointsForSurvival(model, h, s), pct),
  }));
}

/** The interactive nomogram: points ruler, one axis per predictor, total points and risk axes. */
export function Nomogram({ model }: { model: Model }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { box, width, font, viewportHeight } = useWidth(PRINT_WIDTH);
  // A board's drawing ends above the bottom of the screen.
  const fitHeight = viewportHeight - 8;

  const result = outcome.value;
  const values = inputs.value;
  if (width === 0) return <div ref={box} class="nomogram-box" />;

  const horizonLabels = model.kind === 'cox' ? model.horizons.map((h) => t('survivalAt', { time: duration(h, model.timeUnit) })) : [];
  const labels = [...model.predictors.map((p) => tx(p.label)), t('totalPoints'), ...horizonLabels];
  // Lays the drawing out for a geometry: every row stacked from the top.
  const max = maxTotalPoints(model);
  const draw = (g: Geometry) => {
    const total = scaleLinear().domain([0, max]).range(g.x.range());
    // Room above the first row for the top of its label, which sits beside the axis on a wide screen.
    let y = g.compact ? 0 : Math.max(0, Math.ceil(g.fontSize * 0.75 - 10 * g.pad));
    const ruler = (label: string, ticks: { x: number; text: string }[], x1: number, x2: number, cls = '') => {
      const top = y;
      // On a phone the label sits above its axis, wrapped to the drawing's width.
      const axisY = top + (g.compact ? g.fontSize + 8 + (compactLines(label, g, 0).length - 1) * labelLineHeight(g) : 0) + 10 * g.pad;
      y = Math.max(axisY + g.tickLength + g.fontSize + 12 * g.pad, top + hangingHeight(label, g));
      return (
        <g class={`ruler ${cls}`} aria-hidden="true">
          <RowLabel text={label} g={g} top={top} axisY={axisY} reserve={0} />
          <line class="axis-line" x1={x1} x2={x2} y1={axisY} y2={axisY} />
          {ticks.map((tick) => (
            <g key={tick.text + tick.x}>
              <line class="tick" x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + g.tickLength} />
              <text class="tick-label" {...labelAt(tick.x, textWidth(tick.text, g.fontSize * 0.92), g)} y={axisY + g.tickLength + g.fontSize}>{tick.text}</text>
            </g>
          ))}
        </g>
      );
    };

    const pointsStep = g.compact ? 20 : 10;
    const pointsRuler = ruler(
      t('pointsAxis'),
      Array.from({ length: 100 / pointsStep + 1 }, (_, i) => ({ x: g.x(i * pointsStep), text: num(i * pointsStep) })),
      g.x(0),
      g.x(100),
    );
    const invalid = new Set(result && !result.ok ? result.problems.map((p) => p.predictor) : []);
    const axes = model.predictors.map((p) => {
      const at = y;
      y += axisHeight(model, p, g);
      return <PredictorAxis key={p.id} model={model} predictor={p} value={values[p.id]} valid={!invalid.has(p.id)} g={g} y={at} svg={() => svgRef.current} />;
    });
    y += 8 * g.pad;
    const totalTop = y;
    const totalRuler = ruler(
      t('totalPoints'),
      pointTicks(max, g.compact ? 5 : 10).filter((v) => v <= max + 1e-9).map((v) => ({ x: total(v), text: num(v) })),
      total(0),
      total(max),
      'total',
    );
    const risks = riskScales(model, g, total).map((s) => ruler(s.label, s.ticks, total(0), total(max), 'risk'));
    return { g, total, pointsRuler, axes, totalTop, totalRuler, risks, height: y + 4 };
  };
  // A board on a projector; on a phone the board keeps the phone's drawing.
  const projected = board.value && width >= 640;
  let layout = draw(geometry(width, font, labels, projected ? 1 : undefined));
  if (projected && layout.height > fitHeight) {
    // A board fits one screen: rows move closer (no closer than BOARD_MIN_PAD allows) until it does.
    const tight = draw(geometry(width, font, labels, BOARD_MIN_PAD));
    const share = (fitHeight - tight.height) / (layout.height - tight.height);
    const pad = BOARD_MIN_PAD + Math.max(0, share) * (1 - BOARD_MIN_PAD);
    const fitted = share > 0 ? draw(geometry(width, font, labels, pad)) : tight;
    layout = fitted.height <= fitHeight ? fitted : tight;
  }
  const { g, total, pointsRuler, axes, totalTop, totalRuler, risks, height } = layout;
  const patientX = result?.ok ? total(Math.min(result.prediction.totalPoints, max)) : undefined;

  return (
    <div ref={box} class="nomogram-box">
      <svg ref={svgRef} class={`nomogram ${editing.value}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ fontSize: `${g.fontSize}px` }} role="group" aria-label={t('nomogram')}>
        {patientX !== undefined && (
          <g class="patient" aria-hidden="true">
            <line x1={patientX} x2={patientX} y1={totalTop + (g.compact ? g.fontSize + 8 : 0) + 4} y2={height - 4} />
            <circle cx={patientX} cy={totalTop + (g.compact ? g.fontSize + 8 : 0) + 10} r={g.fontSize * 0.45} />
          </g>
        )}
        {pointsRuler}
        {axes}
        {totalRuler}
        {risks}
      </svg>
    </div>
  );
}

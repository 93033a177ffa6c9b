import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { useState } from 'preact/hooks';
import { compileModel } from '../../engine/compile.ts';
import { curve as riskCurve, type CurvePoint } from '../../engine/explore.ts';
import type { Inputs, Model } from '../../model/types.ts';
import { duration, num, pct, scenarioName, t, type StringKey } from '../i18n.ts';
import { curvesText } from './eventPhrases.ts';
import { horizonOf, outcomeA, outcomeB } from '../state.ts';
import { useWidth } from '../useWidth.ts';

type Timed = Exclude<Model, { kind: 'logistic' }>;

/** A step function (a baseline table): drawn through both corners of every step, read at whole units. */
const steps = (model: Timed) => 'baseline' in model && model.baseline.type !== 'exponential';
interface Series {
  key: 'a' | 'b';
  inputs: Inputs;
  points: CurvePoint[];
  median: number | null | undefined;
}

/**
 * Survival of A (and B) over the model's time range, each with its 95% interval as a band, the
 * horizons marked and the median read off at 50%. A slider moves a time cursor and reads the
 * values out, which is also how the chart is read without sight.
 */
function SurvivalCurves({ model, series }: { model: Timed; series: Series[] }) {
  const { box, width, font } = useWidth(340);
  const c = compileModel(model);
  // A stratified model's curves end where the patients' strata's tables end.
  const end = Math.max(...series.map((s) => c.familyFor(s.inputs).curveEnd));
  const [cursor, setCursor] = useState<number | null>(null);
  const time = Math.min(cursor ?? horizonOf(model)!, end);
  // Whole days or months on a table; on a smooth curve a step that lands on every horizon.
  const step = steps(model) ? 1 : Math.min(...model.horizons) / 24;
  // Read at exactly the time chosen, not off the drawn samples.
  const readout = series.map((s) => {
    const r = c.predict(s.inputs, { times: [time] });
    const p = (r.survival ?? r.cumulativeIncidence!)[0]!;
    return t('curveReadout', { s: s.key.toUpperCase(), v: pct(p.estimate!), lo: pct(p.lower!), hi: pct(p.upper!) });
  });
  // Margins in the chart's own type size (0.8rem, styles.css), so no label is clipped or crowded at any size or in print.
  const fs = font * 0.8;
  const pad = { left: fs * 3.4, right: fs, top: fs * 0.8, bottom: fs * 3 };
  const height = Math.round(Math.min(fs * 22, Math.max(fs * 14, width * 0.55)));
  const x = scaleLinear()
    .domain([0, end])
    .range([pad.left, Math.max(pad.left + 10, width - pad.right)]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - pad.bottom, pad.top]);
  const band = area<CurvePoint>()
    .x((d) => x(d.time))
    .y0((d) => y(d.lower))
    .y1((d) => y(d.upper));
  const curve = line<CurvePoint>()
    .x((d) => x(d.time))
    .y((d) => y(d.estimate));
  const ticks = x.ticks(Math.max(3, Math.floor(width / (fs * 5))));
  const unit = model.timeUnit;
  return (
    <div class="curves">
      <div ref={box} class="chart-box">
        {width > 0 && (
          <svg class="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
            {[0, 0.25, 0.5, 0.75, 1].map((v) => (
              <g key={v}>
                <line class={v === 0.5 ? 'grid half' : 'grid'} x1={x(0)} x2={x(end)} y1={y(v)} y2={y(v)} />
                <text class="tick-label" x={pad.left - fs * 0.4} y={y(v) + fs * 0.35} text-anchor="end">
                  {num(v * 100)}%
                </text>
              </g>
            ))}
            {ticks.map((v) => (
              <text key={v} class="tick-label" x={x(v)} y={height - pad.bottom + fs * 1.3} text-anchor="middle">
                {num(v)}
              </text>
            ))}
            <text class="axis-title" x={x(end / 2)} y={height - fs * 0.3} text-anchor="middle">
              {t('timeIn', { unit: t(`unitName_${unit}` as StringKey) })}
            </text>
            {model.horizons.map((h) => (
              <line key={h} class="horizon" x1={x(h)} x2={x(h)} y1={y(1)} y2={y(0)} />
            ))}
            {series.map((s) => (
              <g key={s.key} class={`series ${s.key}`}>
                <path class="band" d={band(s.points) ?? ''} />
                <path class="curve" d={curve(s.points) ?? ''} />
                {s.median != null && s.median <= end && <circle class="median" cx={x(s.median)} cy={y(0.5)} r={fs * 0.45} />}
              </g>
            ))}
            <line class="cursor" x1={x(time)} x2={x(time)} y1={y(1)} y2={y(0)} />
          </svg>
        )}
      </div>
      <label class="cursor-control">
        <span>{t('readAt', { time: duration(time, unit, 1) })}</span>
        <input
          type="range"
          min={0}
          max={end}
          step={step}
          value={time}
          aria-valuetext={`${duration(time, unit, 1)}: ${readout.join('; ')}`}
          onInput={(e) => setCursor(Number((e.currentTarget as HTMLInputElement).value))}
        />
      </label>
      <p class="readout">
        {duration(time, unit, 1)}
        {t('colon')}
        {readout.join(' · ')}
      </p>
      <p class="legend">
        {series.map((s) => (
          <span key={s.key} class={`key ${s.key}`}>
            {scenarioName(s.key)}
          </span>
        ))}
        <span class="key band-key">
          {t('curvesKey', { what: curvesText(model), key: t(model.kind === 'fineGray' ? 'bandKeyIncidence' : 'bandKey') })}
        </span>
      </p>
    </div>
  );
}

/** A logistic model's probability for A (and B) as bars on 0–100% with the 95% interval. */
function ProbabilityBars() {
  const bars = [outcomeA.value, outcomeB.value].flatMap((o, i) => (o?.ok ? [{ key: i ? 'b' : 'a', p: o.prediction.probability! }] : []));
  return (
    <div class="bars">
      {bars.map(({ key, p }) => (
        <div key={key} class={`bar ${key}`}>
          <span class="bar-label">{scenarioName(key)}</span>
          <span class="track" aria-hidden="true">
            <span class="fill" style={{ width: `${p.estimate * 100}%` }} />
            <span class="whisker" style={{ left: `${p.lower * 100}%`, width: `${(p.upper - p.lower) * 100}%` }} />
          </span>
          <span class="bar-value">
            {pct(p.estimate)} <small>{t('rangeInParens', { lo: pct(p.lower), hi: pct(p.upper) })}</small>
          </span>
        </div>
      ))}
    </div>
  );
}

/** Curves (survival, or a Fine-Gray model's cumulative incidence) or probability bars (logistic) for the patient and, when comparing, scenario B. */
export function Curves({ model }: { model: Model }) {
  const a = outcomeA.value;
  const b = outcomeB.value;
  if (!a?.ok) return null;
  if (model.kind === 'logistic') return <ProbabilityBars />;
  // A table baseline is a step function: each value holds until the next time, so it is drawn
  // through both corners of every step.
  const points = (inputs: Inputs) => {
    const corners = riskCurve(compileModel(model), inputs);
    return steps(model) ? corners.flatMap((p, i) => (i ? [{ ...corners[i - 1]!, time: p.time }, p] : [p])) : corners;
  };
  const series: Series[] = [{ key: 'a', inputs: a.inputs, points: points(a.inputs), median: a.prediction.medianSurvival }];
  if (b?.ok) series.push({ key: 'b', inputs: b.inputs, points: points(b.inputs), median: b.prediction.medianSurvival });
  // A new model or horizon starts the reading cursor again at the horizon.
  return <SurvivalCurves key={`${model.id}@${model.version}:${horizonOf(model)}`} model={model} series={series} />;
}

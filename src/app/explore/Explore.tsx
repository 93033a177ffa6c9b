import { compileModel } from '../../engine/compile.ts';
import { iconCount } from '../../engine/explore.ts';
import type { Inputs, Model } from '../../model/types.ts';
import { duration, num, pct, scenarioName, t, tParts, tx } from '../i18n.ts';
import { Segmented } from '../Segmented.tsx';
import { horizon, horizonOf, outcomeA, outcomeB } from '../state.ts';
import { eventName, iconsText } from '../eventWords.ts';
import { valueLabel } from '../values.ts';
import { Curves } from './Curves.tsx';

const CELLS = Array.from({ length: 100 }, (_, i) => i);

/** What a filled icon stands for, and the other kind, for a risk of `p`. */
function iconWords(model: Model, p: number, time: number | undefined) {
  const n = iconCount(p);
  return model.kind === 'cox'
    ? iconsText(model, { n, m: 100 - n, time: duration(time!, model.timeUnit) })
    : t('iconsLogistic', { n, m: 100 - n, outcome: eventName(model) });
}

/**
 * 100 plain circles, one per person like this patient, filled for those alive at the horizon (or
 * with the outcome, for a logistic model): the counts add up to 100.
 */
function IconArray({ model, scenario, inputs, time }: { model: Model; scenario: 'a' | 'b'; inputs: Inputs; time: number | undefined }) {
  const p = compileModel(model).riskAt(inputs, time);
  if (p === null) return <p class="hint">{t('notAvailable')}</p>;
  const n = iconCount(p);
  const words = iconWords(model, p, time);
  return (
    <figure class={`icons ${scenario}`} data-filled={n}>
      <svg viewBox="0 0 20 20" role="img" aria-label={t('scenarioSays', { scenario: scenarioName(scenario), text: words })}>
        {CELLS.map((i) => (
          <circle key={i} class={i < n ? 'on' : 'off'} cx={(i % 10) * 2 + 1} cy={Math.floor(i / 10) * 2 + 1} r={0.78} />
        ))}
      </svg>
      <figcaption>
        {tParts('iconsCaption', { scenario: <strong>{scenarioName(scenario)}</strong>, text: words })}
      </figcaption>
    </figure>
  );
}

/**
 * For each predictor: its points for this patient and share of the total, and how far the risk
 * moves across its whole range with every other input held, largest first.
 */
function Movers({ model, inputs, time }: { model: Model; inputs: Inputs; time: number | undefined }) {
  const c = compileModel(model);
  const rows = c.swings(inputs, time);
  const shares = new Map(c.contributions(inputs).map((x) => [x.id, x]));
  if (!rows.length) return null;
  return (
    <table class="movers">
      <caption>{t('moversCaption', { what: model.kind === 'cox' ? t('survivalAt', { time: duration(time!, model.timeUnit) }) : t('probabilityOf', { outcome: eventName(model) }) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('factor')}</th>
          <th scope="col">{t('pointsHere')}</th>
          <th scope="col">{t('riskRange')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const p = model.predictors.find((x) => x.id === r.id)!;
          const { points, share } = shares.get(r.id)!;
          const lo = Math.min(r.lowest.risk, r.highest.risk);
          return (
            <tr key={r.id} data-predictor={r.id}>
              <th scope="row">
                {tx(p.label)}
                <span class="value">{valueLabel(p, inputs[p.id]!)}</span>
              </th>
              <td>
                {t('pointsShare', { n: num(points), share: num(share * 100) })}
              </td>
              <td>
                {t('range', { lo: pct(lo), hi: pct(lo + r.span) })}
                <span class="range" aria-hidden="true">
                  <span style={{ left: `${lo * 100}%`, width: `${r.span * 100}%` }} />
                  <i style={{ left: `${r.current * 100}%` }} />
                </span>
                <span class="span">{t('spanPoints', { n: num(r.span * 100) })}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Curves, icon arrays and what moves the risk, read at one horizon the person chooses. */
export function Explore({ model }: { model: Model }) {
  const a = outcomeA.value;
  const b = outcomeB.value;
  if (!a?.ok) return null;
  const time = horizonOf(model);
  return (
    <section class="explore" aria-labelledby="explore-heading">
      <h2 id="explore-heading">{model.kind === 'cox' ? t('curvesHeading') : t('probabilityOf', { outcome: eventName(model) })}</h2>
      <Curves model={model} />
      {model.kind === 'cox' && (
        <Segmented legend={t('readIconsAt')} name="ui:horizon" options={model.horizons.map((id) => ({ id, label: duration(id, model.timeUnit) }))} value={time} onPick={(h) => (horizon.value = h)} />
      )}
      <h3>{t('iconsHeading')}</h3>
      <div class="icon-arrays">
        <IconArray model={model} scenario="a" inputs={a.inputs} time={time} />
        {b?.ok && <IconArray model={model} scenario="b" inputs={b.inputs} time={time} />}
      </div>
      <h3>{t('moversHeading')}</h3>
      <Movers model={model} inputs={a.inputs} time={time} />
    </section>
  );
}

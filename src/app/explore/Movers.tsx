import { compileModel } from '../../engine/compile.ts';
import type { Model } from '../../model/types.ts';
import { duration, num, pct, t, tx } from '../i18n.ts';
import { horizonOf, outcomeA } from '../state.ts';
import { eventName } from '../eventWords.ts';
import { valueLabel } from '../values.ts';

/**
 * For each predictor: its points for this patient and share of the total, and how far the risk
 * moves across its whole range with every other input held, largest first.
 */
export function Movers({ model }: { model: Model }) {
  const a = outcomeA.value;
  if (!a?.ok) return null;
  const { inputs } = a;
  const time = horizonOf(model);
  const c = compileModel(model);
  const rows = c.swings(inputs, time);
  const shares = new Map(c.contributions(inputs).map((x) => [x.id, x]));
  if (!rows.length) return null;
  return (
    <table class="movers">
      <caption>
        {t('moversCaption', {
          what:
            model.kind === 'cox'
              ? t('survivalAt', { time: duration(time!, model.timeUnit) })
              : t('probabilityOf', { outcome: eventName(model) }),
        })}
      </caption>
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
              <td>{t('pointsShare', { n: num(points), share: num(share * 100) })}</td>
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

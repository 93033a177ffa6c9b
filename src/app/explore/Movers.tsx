import { compileModel } from '../../engine/compile.ts';
import { contributions, swings } from '../../engine/explore.ts';
import type { Model } from '../../model/types.ts';
import { duration, num, pct, t, tx } from '../i18n.ts';
import { horizonOf, outcomeA } from '../state.ts';
import { eventName, riskAtText } from '../eventWords.ts';
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
  const rows = swings(c, inputs, time);
  const shares = new Map(contributions(c, inputs).map((x) => [x.id, x]));
  if (!rows.length) return null;
  return (
    <table class="movers">
      <caption>
        {t('moversCaption', {
          what:
            model.kind !== 'logistic'
              ? riskAtText(model, duration(time!, model.timeUnit))
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
          // A predictor in an interaction scores on the interaction's row, with the other predictor: that row's points, said so.
          const joint = c.interactions.find((ci) => ci.interaction.between.includes(r.id));
          const { points, share } = shares.get(joint ? joint.interaction.id : r.id)!;
          const partner = joint && model.predictors.find((x) => x.id !== r.id && joint.interaction.between.includes(x.id));
          const lo = Math.min(r.lowest.risk, r.highest.risk);
          return (
            <tr key={r.id} data-predictor={r.id}>
              <th scope="row">
                {tx(p.label)}
                <span class="value">{valueLabel(p, inputs[p.id]!)}</span>
              </th>
              <td>
                {t('pointsShare', { n: num(points), share: num(share * 100) })}
                {partner && <span class="value">{t('pointsWith', { other: tx(partner.label) })}</span>}
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

import type { Model } from '../../model/types.ts';
import { duration, num, pct, t, tx } from '../i18n.ts';
import { horizonOf, outcomeA, outcomeB } from '../state.ts';
import { eventName, riskAtText } from '../eventWords.ts';
import { valueLabel } from '../values.ts';

/** B − A in percentage points: signed ("+9", "−4", "0") or in words ("9 percentage points higher"). */
function difference(a: number, b: number, words?: boolean): string {
  // The difference of the whole percentages shown beside it, so the two always agree.
  const d = Math.round(b * 100) - Math.round(a * 100);
  const n = num(Math.abs(d));
  if (!words) return d > 0 ? `+${n}` : d < 0 ? `−${n}` : '0';
  return d ? t(d > 0 ? 'diffHigher' : 'diffLower', { n }) : t('diffSame');
}

/**
 * Patient (A) and scenario (B) side by side at each horizon, with the difference in words, what B
 * changes, and the cautions of the predictors changed: a difference between scenarios is what the
 * model associates with them, not the effect of changing them.
 */
export function Comparison({ model }: { model: Model }) {
  const a = outcomeA.value;
  const b = outcomeB.value;
  if (!b) return null;
  const heading = <h2 id="compare-heading">{t('compareHeading')}</h2>;
  if (!a?.ok || !b.ok) {
    return (
      <section class="comparison" aria-labelledby="compare-heading">
        {heading}
        <p class="no-result">{t('compareInvalid')}</p>
      </section>
    );
  }
  const pa = a.prediction;
  const pb = b.prediction;
  const rows =
    model.kind !== 'logistic'
      ? model.horizons.map((h, i) => ({
          label: duration(h, model.timeUnit),
          a: (pa.survival ?? pa.cumulativeIncidence!)[i]!.estimate,
          b: (pb.survival ?? pb.cumulativeIncidence!)[i]!.estimate,
        }))
      : [{ label: t('probabilityOf', { outcome: eventName(model) }), a: pa.probability!.estimate, b: pb.probability!.estimate }];
  const changed = model.predictors.filter((p) => a.inputs[p.id] !== b.inputs[p.id]);
  const headline = rows[model.kind !== 'logistic' ? model.horizons.indexOf(horizonOf(model)!) : 0]!;
  const what = model.kind !== 'logistic' ? riskAtText(model, headline.label) : headline.label;
  return (
    <section class="comparison" aria-labelledby="compare-heading">
      <div class="compare-figures">
        {heading}
        <table class="compare">
          <caption>
            {t(
              model.kind === 'logistic'
                ? 'compareCaptionLogistic'
                : model.kind === 'fineGray'
                  ? 'compareCaptionIncidence'
                  : 'compareCaption',
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{model.kind !== 'logistic' ? t('time') : t('estimate')}</th>
              <th scope="col" class="a">
                A
              </th>
              <th scope="col" class="b">
                B
              </th>
              <th scope="col">{t('difference')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.a === null ? '–' : pct(r.a)}</td>
                <td>{r.b === null ? '–' : pct(r.b)}</td>
                <td>{r.a === null || r.b === null ? '' : difference(r.a, r.b)}</td>
              </tr>
            ))}
            {(model.kind === 'cox' || model.kind === 'parametric') && (
              <tr>
                <th scope="row">{t('median')}</th>
                {[pa.medianSurvival, pb.medianSurvival].map((m, i) => (
                  <td key={i}>{m == null ? t('medianNotReached') : duration(m, model.timeUnit, 1)}</td>
                ))}
                <td />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {headline.a !== null && headline.b !== null && (
        <p class="compare-words">
          {t('compareSentence', { what, a: pct(headline.a), b: pct(headline.b), diff: difference(headline.a, headline.b, true) })}
        </p>
      )}
      <div class="compare-why">
        {changed.length ? (
          <ul class="changed">
            {changed.map((p) => (
              <li key={p.id}>
                {t('changedFrom', { label: tx(p.label), b: valueLabel(p, b.inputs[p.id]!), a: valueLabel(p, a.inputs[p.id]!) })}
                {p.caution && <span class="caution"> {tx(p.caution)}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint">{t('compareSame')}</p>
        )}
        {/* The caveat the source's design allows: a randomised comparison is not an observed association. */}
        <p class="note">{model.comparisonCaveat ? tx(model.comparisonCaveat) : t('compareNote')}</p>
      </div>
    </section>
  );
}

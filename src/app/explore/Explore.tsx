import type { Model } from '../../model/types.ts';
import { duration, t } from '../i18n.ts';
import { later } from '../later.tsx';
import { Segmented } from '../Segmented.tsx';
import { horizon, horizonOf, outcomeA } from '../state.ts';
import { eventName } from '../eventWords.ts';
import { Curves as CurvesNow } from './Curves.tsx';
import { IconArrays as IconArraysNow } from './IconArrays.tsx';
import { Movers as MoversNow } from './Movers.tsx';

// In the same chunk (parts.ts), yet each drawn in an idle moment of its own, in this order.
const Curves = later(async () => CurvesNow);
const IconArrays = later(async () => IconArraysNow);
const Movers = later(async () => MoversNow);

/** Curves, icon arrays and what moves the risk, read at one horizon the person chooses. */
export function Explore({ model }: { model: Model }) {
  if (!outcomeA.value?.ok) return null;
  const time = horizonOf(model);
  return (
    <section class="explore" aria-labelledby="explore-heading">
      <h2 id="explore-heading">
        {model.kind === 'logistic'
          ? t('probabilityOf', { outcome: eventName(model) })
          : t(model.kind === 'fineGray' ? 'curvesHeadingIncidence' : 'curvesHeading')}
      </h2>
      <Curves model={model} />
      {model.kind !== 'logistic' && (
        <Segmented
          legend={t('readIconsAt')}
          name="ui:horizon"
          options={model.horizons.map((id) => ({ id, label: duration(id, model.timeUnit) }))}
          value={time}
          onPick={(h) => (horizon.value = h)}
        />
      )}
      <h3>{t('iconsHeading')}</h3>
      <IconArrays model={model} />
      <h3>{t('moversHeading')}</h3>
      <Movers model={model} />
    </section>
  );
}

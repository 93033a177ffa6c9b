import type { Model } from '../../model/types.ts';
import { t } from '../i18n.ts';
import { eventIsDeath, eventName, incidence } from '../eventWords.ts';

/*
 * The event's wording for the explore parts only, apart from eventWords.ts so the first result
 * does not carry it.
 */

/** What the filled and empty icons stand for at a horizon. */
export function iconsText(model: Model, values: { n: number; m: number; time: string }): string {
  if (incidence(model)) return t('iconsIncidence', { ...values, event: eventName(model) });
  return eventIsDeath(model) ? t('iconsSurvival', values) : t('iconsEvent', { ...values, event: eventName(model) });
}

/** What each survival curve shows. */
export function curvesText(model: Model): string {
  if (incidence(model)) return t('curvesIncidence', { event: eventName(model) });
  return eventIsDeath(model) ? t('curvesAlive') : t('curvesEvent', { event: eventName(model) });
}

import type { Model } from '../model/types.ts';
import { t, tx } from './i18n.ts';

/**
 * The event the model's risk is of, in words that fit "free of …" / "probability of …": the
 * file's own name for it, else the outcome (logistic) or a plain "the event" (Cox).
 */
export function eventName(model: Model): string {
  if (model.event) return tx(model.event.name);
  return model.kind === 'cox' ? t('eventGeneric') : tx(model.outcome).toLowerCase();
}

/** Survival means being alive only when the file says the event is death. */
export const eventIsDeath = (model: Model): boolean => model.event?.death === true;

/** "Of 100 patients like this, about 62 would be alive (or free of the event) at 2 years (95% CI …)." */
export function frequencyText(model: Model, values: { n: string; time: string; lo: string; hi: string }): string {
  return eventIsDeath(model) ? t('frequency', values) : t('frequencyEvent', { ...values, event: eventName(model) });
}

/** What the filled and empty icons stand for at a horizon. */
export function iconsText(model: Model, values: { n: number; m: number; time: string }): string {
  return eventIsDeath(model) ? t('iconsSurvival', values) : t('iconsEvent', { ...values, event: eventName(model) });
}

/** What each survival curve shows. */
export function curvesText(model: Model): string {
  return eventIsDeath(model) ? t('curvesAlive') : t('curvesEvent', { event: eventName(model) });
}

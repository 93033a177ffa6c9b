import type { FineGrayModel, Model, TimedModel } from '../model/types.ts';
import { t, tx } from './i18n.ts';

/**
 * The event the model's risk is of, in words that fit "free of …" / "probability of …": the
 * file's own name for it, else the outcome (logistic) or a plain "the event" (Cox).
 */
export function eventName(model: Model): string {
  if (model.event) return tx(model.event.name);
  return timed(model) ? t('eventGeneric') : tx(model.outcome).toLowerCase();
}

/** Whether the model reports its risk over time (Cox, parametric, Fine-Gray) rather than as one probability. */
export const timed = (model: Model): model is TimedModel => model.kind !== 'logistic';

/** A Fine-Gray model's figures are the cumulative incidence of its event (higher is worse), never a survival. */
export const incidence = (model: Model): model is FineGrayModel => model.kind === 'fineGray';

/** The name of a risk at one time: "2 years survival", or "2 years incidence" for a Fine-Gray model. */
export const riskAtText = (model: Model, time: string): string => t(incidence(model) ? 'incidenceAt' : 'survivalAt', { time });

/** Survival means being alive only when the file says the event is death. */
export const eventIsDeath = (model: Model): boolean => model.event?.death === true;

/** "Of 100 patients like this, about 62 would be alive (or free of the event) at 2 years (95% CI …)." */
export function frequencyText(model: Model, values: { n: string; time: string; lo: string; hi: string }): string {
  if (incidence(model)) return t('frequencyIncidence', { ...values, event: eventName(model) });
  return eventIsDeath(model) ? t('frequency', values) : t('frequencyEvent', { ...values, event: eventName(model) });
}

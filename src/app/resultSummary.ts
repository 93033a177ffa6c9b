import type { Model } from '../model/types.ts';
import { duration, pct, t } from './i18n.ts';
import { editing, inputsB, outcome } from './state.ts';

/** The result in one line: "12 months 71% · 24 months 50% · 36 months 36%", or why there is none. */
export function resultSummary(model: Model): string {
  const result = outcome.value;
  // While comparing, the line says which scenario it is about.
  const tag = inputsB.value ? `${editing.value.toUpperCase()}${t('colon')}` : '';
  if (!result || !result.ok) return tag + t('noResult');
  if (result.prediction.probability) return tag + pct(result.prediction.probability.estimate);
  const unit = model.kind === 'cox' ? model.timeUnit : 'months';
  return (
    tag + result.prediction.survival!.map((s) => `${duration(s.time, unit)} ${s.estimate === null ? '–' : pct(s.estimate)}`).join(' · ')
  );
}

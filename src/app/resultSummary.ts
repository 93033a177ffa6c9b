import type { Model } from '../model/types.ts';
import { duration, pct, t } from './i18n.ts';
import { outcome } from './state.ts';

/** The result in one line: "12 months 71% · 24 months 50% · 36 months 36%", or why there is none. */
export function resultSummary(model: Model): string {
  const result = outcome.value;
  if (!result || !result.ok) return t('noResult');
  if (result.prediction.probability) return pct(result.prediction.probability.estimate);
  const unit = model.kind === 'cox' ? model.timeUnit : 'months';
  return result.prediction.survival!.map((s) => `${duration(s.time, unit)} ${s.estimate === null ? '–' : pct(s.estimate)}`).join(' · ');
}

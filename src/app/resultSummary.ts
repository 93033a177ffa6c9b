import type { Model } from '../model/types.ts';
import { duration, pct, t } from './i18n.ts';
import { editing, inputsB, outcome } from './state.ts';

/** The result in one line: "12 months 71% · 24 months 50% · 36 months 36%", or why there is none. */
export function resultSummary(model: Model): string {
  const result = outcome.value;
  // While comparing, the line says which scenario it is about.
  const tagged = (text: string) => (inputsB.value ? t('scenarioSays', { scenario: editing.value.toUpperCase(), text }) : text);
  if (!result || !result.ok) return tagged(t('noResult'));
  if (result.prediction.probability) return tagged(pct(result.prediction.probability.estimate));
  const unit = model.kind === 'logistic' ? 'months' : model.timeUnit;
  return tagged(
    (result.prediction.survival ?? result.prediction.cumulativeIncidence!)
      .map((s) => t('summaryItem', { time: duration(s.time, unit), value: s.estimate === null ? '–' : pct(s.estimate) }))
      .join(' · '),
  );
}

import type { Model } from '../model/types.ts';
import { duration, pct, t } from './i18n.ts';
import { outcome } from './state.ts';

/**
 * On a phone the full result scrolls away while the inputs are changed; this one line stays at
 * the bottom of the screen so the effect of each change is seen where the thumb is.
 */
export function ResultStrip({ model }: { model: Model }) {
  const result = outcome.value;
  let text: string;
  if (!result || !result.ok) text = t('noResult');
  else if (result.prediction.probability) text = pct(result.prediction.probability.estimate);
  else {
    text = result.prediction
      .survival!.map((s) => `${duration(s.time, model.kind === 'cox' ? model.timeUnit : 'months')} ${s.estimate === null ? '–' : pct(s.estimate)}`)
      .join(' · ');
  }
  return (
    <div class={`result-strip ${result?.ok ? '' : 'invalid'}`} aria-hidden="true">
      {text}
    </div>
  );
}

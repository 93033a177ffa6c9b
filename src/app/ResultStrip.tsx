import type { Model } from '../model/types.ts';
import { resultSummary } from './resultSummary.ts';
import { outcome } from './state.ts';

/**
 * On a phone the full result scrolls away while the inputs are changed; this one line stays at
 * the bottom of the screen so the effect of each change is seen where the thumb is.
 */
export function ResultStrip({ model }: { model: Model }) {
  return (
    <div class={`result-strip ${outcome.value?.ok ? '' : 'invalid'}`} aria-hidden="true">
      {resultSummary(model)}
    </div>
  );
}

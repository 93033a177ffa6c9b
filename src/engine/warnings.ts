import type { Model } from '../model/types.ts';
import type { Warning } from './predict.ts';

/** A warning in English words, as the command line prints it (the page has its own, in two languages). */
export function describeWarning(model: Model, w: Warning): string {
  switch (w.code) {
    case 'outside-derivation-range': {
      const p = model.predictors.find((x) => x.id === w.predictor)!;
      const [lo, hi] = p.type === 'categorical' ? [] : p.derivationRange!;
      const unit = p.type === 'categorical' ? '' : ` ${p.unit.en}`;
      return `${p.label.en} ${w.value}${unit} is outside the range seen in the derivation cohort (${lo} to ${hi}); the model is extrapolating.`;
    }
    case 'approximate-model':
      return model.approximate!.en;
    case 'independent-coefficients':
      return 'The 95% CI treats the published coefficient estimates as independent (no covariance matrix was reported).';
    case 'beyond-baseline': {
      const unit = 'timeUnit' in model ? model.timeUnit : '';
      const what = model.kind === 'fineGray' ? 'cumulative incidence' : 'survival';
      return `No ${what} at ${w.time} ${unit}: the baseline ${what} table ends at ${w.end} ${unit}.`;
    }
  }
}

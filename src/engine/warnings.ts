import type { Model } from '../model/types.ts';
import { baselineEnd } from './baseline.ts';
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
      const unit = model.kind === 'cox' ? model.timeUnit : '';
      return `No survival at ${w.time} ${unit}: the baseline survival table ends at ${model.kind === 'cox' ? baselineEnd(model.baseline) : ''} ${unit}.`;
    }
  }
}

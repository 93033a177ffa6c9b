import { compileModel } from '../../engine/compile.ts';
import { iconCount, riskAt } from '../../engine/explore.ts';
import type { Inputs, Model } from '../../model/types.ts';
import { duration, scenarioName, t, tParts } from '../i18n.ts';
import { eventName } from '../eventWords.ts';
import { iconsText } from './eventPhrases.ts';
import { horizonOf, outcomeA, outcomeB } from '../state.ts';

const CELLS = Array.from({ length: 100 }, (_, i) => i);

/** What a filled icon stands for, and the other kind, for a risk of `p`. */
function iconWords(model: Model, p: number, time: number | undefined) {
  const n = iconCount(p);
  return model.kind !== 'logistic'
    ? iconsText(model, { n, m: 100 - n, time: duration(time!, model.timeUnit) })
    : t('iconsLogistic', { n, m: 100 - n, outcome: eventName(model) });
}

/**
 * 100 plain circles, one per person like this patient, filled for those alive at the horizon (or
 * with the outcome, for a logistic model): the counts add up to 100.
 */
function IconArray({ model, scenario, inputs, time }: { model: Model; scenario: 'a' | 'b'; inputs: Inputs; time: number | undefined }) {
  const p = riskAt(compileModel(model), inputs, time);
  if (p === null) return <p class="hint">{t('notAvailable')}</p>;
  const n = iconCount(p);
  const words = iconWords(model, p, time);
  return (
    <figure class={`icons ${scenario}`} data-filled={n}>
      <svg viewBox="0 0 20 20" role="img" aria-label={t('scenarioSays', { scenario: scenarioName(scenario), text: words })}>
        {CELLS.map((i) => (
          <circle key={i} class={i < n ? 'on' : 'off'} cx={(i % 10) * 2 + 1} cy={Math.floor(i / 10) * 2 + 1} r={0.78} />
        ))}
      </svg>
      <figcaption>{tParts('iconsCaption', { scenario: <strong>{scenarioName(scenario)}</strong>, text: words })}</figcaption>
    </figure>
  );
}

/** A's icon array, and B's beside it when comparing, at the horizon chosen. */
export function IconArrays({ model }: { model: Model }) {
  const a = outcomeA.value;
  const b = outcomeB.value;
  if (!a?.ok) return null;
  const time = horizonOf(model);
  return (
    <div class="icon-arrays">
      <IconArray model={model} scenario="a" inputs={a.inputs} time={time} />
      {b?.ok && <IconArray model={model} scenario="b" inputs={b.inputs} time={time} />}
    </div>
  );
}

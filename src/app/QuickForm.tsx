import { useState } from 'preact/hooks';
import { inputColumns } from '../engine/inputs.ts';
import type { Model, Predictor } from '../model/types.ts';
import { num, t, tx } from './i18n.ts';
import { inputs, outcome, setInput } from './state.ts';
import { Segmented } from './Segmented.tsx';
import { nextValue, problemText } from './values.ts';

/**
 * Parses typed text: a number when it is a complete one, otherwise the text itself, so the engine
 * refuses it with a message. A comma is not guessed to be a decimal point ("1,200" is refused).
 */
function parseTyped(text: string): string | number {
  const trimmed = text.trim();
  return trimmed !== '' && /^-?\d*\.?\d+(e-?\d+)?$/i.test(trimmed) ? Number(trimmed) : trimmed;
}

function Note({ p }: { p: Predictor }) {
  const result = outcome.value;
  const problem = result && !result.ok && result.problems.find((x) => x.predictor === p.id);
  const warning = result?.ok ? result.prediction.warnings.find((w) => w.predictor === p.id) : undefined;
  const value = inputs.value[p.id];
  return (
    <>
      {problem && (
        <p class="input-problem" id={`${p.id}-problem`}>
          {problemText(p, value)}
        </p>
      )}
      {warning && p.type !== 'categorical' && p.derivationRange && (
        <p class="input-warning" id={`${p.id}-warning`}>
          {t('outsideRange', { value: num(value as number, 2), lo: num(p.derivationRange[0], 2), hi: num(p.derivationRange[1], 2) })}
        </p>
      )}
      {p.caution && (
        <p class="caution">
          <strong>{t('cautionLabel')}</strong>
          {tx(p.caution)}
        </p>
      )}
    </>
  );
}

function Categorical({ p }: { p: Extract<Predictor, { type: 'categorical' }> }) {
  return (
    <Segmented
      legend={tx(p.label)}
      name={p.id}
      options={p.levels.map((l) => ({ id: l.id, label: tx(l.label) }))}
      value={inputs.value[p.id]}
      onPick={(id) => setInput(p.id, id)}
    >
      <Note p={p} />
    </Segmented>
  );
}

function Numeric({ p }: { p: Exclude<Predictor, { type: 'categorical' }> }) {
  const value = inputs.value[p.id];
  const result = outcome.value;
  const invalid = !!(result && !result.ok && result.problems.some((x) => x.predictor === p.id));
  const warned = !!(result?.ok && result.prediction.warnings.some((w) => w.predictor === p.id));
  // What is being typed stays as typed ("1.0", "0.0"), not rewritten from the number it parses to.
  const [draft, setDraft] = useState<string | null>(null);
  const id = `q-${p.id}`;
  const step = (key: string) => {
    const next = nextValue(p, value, key);
    setDraft(null);
    if (next !== undefined) setInput(p.id, next);
  };
  const label = tx(p.label);
  return (
    <div class="field" data-field={p.id}>
      <label for={id} class="legend">
        {label}
        <span class="unit">{t('unitSuffix', { unit: tx(p.unit) })}</span>
      </label>
      <div class="stepper">
        <button type="button" aria-label={t('decrease', { label })} onClick={() => step('ArrowLeft')}>
          −
        </button>
        <input
          id={id}
          type="text"
          inputMode={p.integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={draft ?? (value === undefined ? '' : String(value))}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${p.id}-problem` : warned ? `${p.id}-warning` : undefined}
          onInput={(e) => {
            const text = (e.currentTarget as HTMLInputElement).value;
            setDraft(text);
            setInput(p.id, parseTyped(text));
          }}
          onBlur={() => setDraft(null)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              step(e.key);
            }
          }}
        />
        <button type="button" aria-label={t('increase', { label })} onClick={() => step('ArrowRight')}>
          +
        </button>
      </div>
      <Note p={p} />
    </div>
  );
}

/** The same inputs as the nomogram's axes, as a compact form for one-handed use. */
export function QuickForm({ model }: { model: Model }) {
  return (
    <form class="quick" onSubmit={(e) => e.preventDefault()} aria-label={t('quickEntry')}>
      {inputColumns(model).map((p) => (p.type === 'categorical' ? <Categorical key={p.id} p={p} /> : <Numeric key={p.id} p={p} />))}
    </form>
  );
}

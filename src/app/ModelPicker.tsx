import { useEffect, useRef } from 'preact/hooks';
import { t, tx } from './i18n.ts';
import { modelError } from './notices.ts';
import { catalog, model, openModel } from './state.ts';

/** Every bundled model and version, with its outcome and a short caution. */
export function ModelPicker() {
  const entries = catalog.value ?? [];
  const current = model.value;
  const selected = current ? `${current.id}@${current.version}` : '';
  const select = useRef<HTMLSelectElement>(null);
  // After a failed load the model did not change, so nothing re-renders the picker: put it back
  // on the model whose figures are shown (without remounting, which would drop keyboard focus).
  const failed = modelError.value;
  useEffect(() => {
    if (select.current) select.current.value = selected;
  }, [selected, failed]);
  return (
    <div class="picker">
      <label for="model-select">{t('model')}</label>
      <select
        ref={select}
        id="model-select"
        value={selected}
        onChange={(e) => {
          const ref = (e.currentTarget as HTMLSelectElement).value;
          const entry = entries.find((x) => `${x.id}@${x.version}` === ref);
          if (entry) void openModel(entry);
        }}
      >
        {entries.map((e) => (
          <option key={`${e.id}@${e.version}`} value={`${e.id}@${e.version}`}>
            {tx(e.title)} · v{e.version}
            {e.teachingOnly ? ` · ${t('teachingOnly')}` : ''}
            {e.local ? ` · ${t('fromFile')}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

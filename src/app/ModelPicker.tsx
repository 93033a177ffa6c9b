import { t, tx } from './i18n.ts';
import { catalog, choosing, model, openModel } from './state.ts';

/** Every bundled model and version, with its outcome and a short caution. */
export function ModelPicker() {
  const entries = catalog.value ?? [];
  const current = model.value;
  // The choice still loading, else the model shown. After a failed load this goes back to the
  // model whose figures are shown; a redraw while one loads never goes back to the old model.
  const selected = choosing.value ?? (current ? `${current.id}@${current.version}` : '');
  return (
    <div class="picker">
      <label for="model-select">{t('model')}</label>
      <select
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

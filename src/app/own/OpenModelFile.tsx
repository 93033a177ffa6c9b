import { useSignal } from '@preact/signals';
import type { ModelProblem } from '../../model/check.ts';
import { t, tx } from '../i18n.ts';
import { catalog, model } from '../state.ts';
import { isFromFile } from './localModels.ts';
import { keep, openFromFile } from './ownModels.ts';
import { readModelText } from '../../model/readModelText.ts';

/** Opens a model file chosen with the file picker or dropped on the zone; refusals name JSON paths. */
export function OpenModelFile() {
  const problems = useSignal<ModelProblem[] | null>(null);
  const name = useSignal('');
  const status = useSignal('');
  const over = useSignal(false);
  const take = async (file: File | undefined) => {
    if (!file) return;
    name.value = file.name;
    status.value = '';
    const read = readModelText(await file.text());
    if (!read.ok) {
      problems.value = read.problems;
      return;
    }
    const clash = openFromFile(read.model);
    problems.value = clash ? [{ path: 'id', message: t('fileClash', { ref: clash }) }] : null;
    if (!clash) status.value = t('fileOpened', { title: tx(read.model.title) });
  };
  const m = model.value;
  const entry = m && isFromFile(m) ? catalog.value?.find((e) => e.id === m.id && e.version === m.version) : undefined;
  return (
    <div class="open-file">
      <div
        class={`drop${over.value ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          over.value = true;
        }}
        onDragLeave={() => (over.value = false)}
        onDrop={(e) => {
          e.preventDefault();
          over.value = false;
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <label for="model-file">{t('chooseModelFile')}</label>
        <input
          id="model-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p class="hint">{t('dropModelFile')}</p>
      </div>
      {problems.value && (
        <div role="alert" class="error">
          <p>{t('fileRefused', { name: name.value })}</p>
          <ul class="problems">
            {problems.value.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.value && <p role="status">{status.value}</p>}
      {m && entry?.local === 'session' && (
        <button
          type="button"
          onClick={() =>
            void keep(m).then(
              () => (status.value = t('fileKept')),
              (e: Error) => (status.value = t('keepFailed', { reason: e.message })),
            )
          }
        >
          {t('keepOnDevice')}
        </button>
      )}
    </div>
  );
}

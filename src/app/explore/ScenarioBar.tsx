import { scenarioName, t } from '../i18n.ts';
import { Segmented } from '../Segmented.tsx';
import { compare, editing, inputsB } from '../state.ts';

/** Starts and stops comparing, and chooses whether the form and the nomogram change A or B. */
export function ScenarioBar() {
  const comparing = inputsB.value !== null;
  return (
    <div class="scenarios">
      {comparing && (
        <Segmented
          legend={t('editing')}
          name="ui:scenario"
          options={(['a', 'b'] as const).map((id) => ({ id, label: scenarioName(id) }))}
          value={editing.value}
          onPick={(id) => (editing.value = id)}
        />
      )}
      <button type="button" onClick={() => compare(!comparing)}>
        {comparing ? t('stopCompare') : t('startCompare')}
      </button>
    </div>
  );
}

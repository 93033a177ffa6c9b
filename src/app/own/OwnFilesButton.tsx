import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { t } from '../i18n.ts';

/** Whether the "your own files" panel is open. */
export const ownOpen = signal(false);
const Panel = signal<ComponentType | null>(null);

/**
 * The header button for opening a model file, predicting for a CSV and checking a model on a
 * cohort. The panel, the validator and the cohort code load only when it is first pressed.
 */
export function OwnFilesButton() {
  const open = async () => {
    if (!Panel.value) Panel.value = (await import('./OwnFiles.tsx')).OwnFiles;
    ownOpen.value = true;
  };
  const Loaded = Panel.value;
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => void open()}>
        {t('ownFiles')}
      </button>
      {Loaded && <Loaded />}
    </>
  );
}

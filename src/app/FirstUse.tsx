import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from './i18n.ts';
import { readStored, writeStored } from './storage.ts';

const KEY = 'nomogram.firstUse.v1';
const acknowledged = signal(readStored(KEY) === 'yes');

/** A notice shown once per device that must be acknowledged before the first use. */
export function FirstUse() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!acknowledged.value && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [acknowledged.value]);
  if (acknowledged.value) return null;
  return (
    <dialog
      ref={dialog}
      class="first-use"
      aria-labelledby="first-use-title"
      // Only the button closes it: not Escape, not a click outside.
      {...{ closedby: 'none' }}
      onCancel={(e) => e.preventDefault()}
      onClose={() => {
        if (!acknowledged.value) dialog.current?.showModal();
      }}
    >
      <h2 id="first-use-title">{t('firstUseTitle')}</h2>
      <p>{t('firstUseBody')}</p>
      <p>{t('disclaimer')}</p>
      <button
        type="button"
        class="primary"
        onClick={() => {
          writeStored(KEY, 'yes');
          acknowledged.value = true;
          dialog.current?.close();
        }}
      >
        {t('firstUseAccept')}
      </button>
    </dialog>
  );
}

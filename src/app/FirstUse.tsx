import { signal } from '@preact/signals';
import { t } from './i18n.ts';
import { Modal } from './Modal.tsx';
import { readStored, writeStored } from './storage.ts';

const KEY = 'nomogram.firstUse.v1';
const showing = signal(readStored(KEY) !== 'yes');

/** A notice shown once per device that must be acknowledged before the first use: not Escape, not a click outside. */
export function FirstUse() {
  return (
    <Modal open={showing} name="first-use" title={t('firstUseTitle')} locked>
      <p>{t('firstUseBody')}</p>
      <p>{t('disclaimer')}</p>
      <button
        type="button"
        class="primary"
        onClick={() => {
          writeStored(KEY, 'yes');
          showing.value = false;
        }}
      >
        {t('firstUseAccept')}
      </button>
    </Modal>
  );
}

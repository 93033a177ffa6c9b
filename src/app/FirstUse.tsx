import { t } from './i18n.ts';
import { Modal } from './Modal.tsx';
import { acknowledgeFirstUse, firstUse } from './view.ts';

/** A notice shown once per device that must be acknowledged before the first use: not Escape, not a click outside. */
export function FirstUse() {
  return (
    <Modal open={firstUse} name="first-use" title={t('firstUseTitle')} locked>
      <p>{t('firstUseBody')}</p>
      <p>{t('disclaimer')}</p>
      <button type="button" class="primary" onClick={acknowledgeFirstUse}>
        {t('firstUseAccept')}
      </button>
    </Modal>
  );
}

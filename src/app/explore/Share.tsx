import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../i18n.ts';
import { formatLink } from '../link.ts';
import { Modal } from '../Modal.tsx';
import { qrMatrix, qrPath } from '../qr.ts';
import { currentCase } from '../openCase.ts';
import { outcomeA, outcomeB } from '../state.ts';
import { sharing } from '../view.ts';

const copied = signal(false);

/**
 * The link that reopens the case on screen: model and version, A and B, horizon, language and
 * view. Only valid values travel (a link with an invalid one would be refused): B is left out while
 * any of its inputs is invalid, and there is no link while the patient's are.
 */
function shareLink(): string | null {
  const state = currentCase();
  if (!state || !outcomeA.value?.ok) return null;
  if (!outcomeB.value?.ok) delete state.b;
  return `${location.origin}${location.pathname}${formatLink(state)}`;
}

function Qr({ link }: { link: string }) {
  let m: boolean[][];
  try {
    m = qrMatrix(link);
  } catch {
    return <p class="error">{t('qrTooLong')}</p>;
  }
  const size = m.length + 8;
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t('qrLabel')}>
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(m)} fill="#000" />
    </svg>
  );
}

/**
 * The case as a link and as a QR code of that link, for a room to scan. The values travel in the
 * part after "#", which browsers do not send to any server; whoever has the link sees them.
 */
export function ShareDialog() {
  // Each opening starts with "Copy link", not the last opening's "Copied".
  useEffect(() => void (sharing.value && (copied.value = false)), [sharing.value]);
  const link = sharing.value ? shareLink() : '';
  return (
    <Modal open={sharing} name="share" title={t('shareHeading')}>
      {link === null ? <p class="error">{t('shareInvalid')}</p> : <ShareLink link={link} />}
    </Modal>
  );
}

function ShareLink({ link }: { link: string }) {
  return (
    <>
      <Qr link={link} />
      <label class="legend" for="share-link">
        {t('shareLinkLabel')}
      </label>
      <input id="share-link" class="share-link" readOnly value={link} />
      <p class="note">{t('sharePrivacy')}</p>
      <button
        type="button"
        class="primary"
        onClick={() =>
          navigator.clipboard?.writeText(link).then(
            () => (copied.value = true),
            () => document.getElementById('share-link')?.focus(),
          )
        }
      >
        {copied.value ? t('copied') : t('copyLink')}
      </button>
    </>
  );
}

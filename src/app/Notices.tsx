import { t } from './i18n.ts';
import { dismiss, notices, offline, updateWaiting } from './notices.ts';
import { keepCaseForReload } from './openCase.ts';

/** Activates the new version (its code is loaded by then), keeping the case across the reload. */
const update = () => void import('./parts.ts').then((parts) => parts.applyUpdate(keepCaseForReload));

/** Messages shown until dismissed, and the offer of a new version. */
export function Notices() {
  return (
    <>
      {notices.value.map((n, i) => (
        <div class="notice" role="status" key={i}>
          <p>{n}</p>
          <button
            type="button"
            onClick={() => {
              dismiss(i);
              // The focused button is gone: carry focus on to the content rather than drop it.
              document.getElementById('main')?.focus();
            }}
          >
            {t('dismiss')}
          </button>
        </div>
      ))}
      {updateWaiting.value && (
        <div class="notice update" role="status">
          <p>{t('updateReady')}</p>
          <button type="button" class="primary" onClick={update}>
            {t('reload')}
          </button>
          <button type="button" onClick={() => (updateWaiting.value = false)}>
            {t('later')}
          </button>
        </div>
      )}
    </>
  );
}

/** "Available offline" once the precache is complete; says so plainly while it is not. */
export function OfflineStatus() {
  const state = offline.value;
  const key = `offline_${state}` as const;
  return (
    <p class={`offline-status ${state}`} role="status">
      {t(key)}
    </p>
  );
}

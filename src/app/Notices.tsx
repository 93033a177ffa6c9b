import { signal } from '@preact/signals';
import { t } from './i18n.ts';
import { offline, updateWaiting } from './pwa.ts';

/** Messages about what happened to a link or a model, shown until dismissed. */
export const notices = signal<string[]>([]);

export function notify(message: string): void {
  notices.value = [...notices.value, message];
}

export function Notices({ onUpdate }: { onUpdate: () => void }) {
  return (
    <>
      {notices.value.map((n, i) => (
        <div class="notice" role="status" key={i}>
          <p>{n}</p>
          <button
            type="button"
            onClick={() => {
              notices.value = notices.value.filter((_, j) => j !== i);
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
          <button type="button" class="primary" onClick={onUpdate}>
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

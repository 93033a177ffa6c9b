import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';

/** Whether the app will open with no network: known once the service worker holds the precache. */
export const offline = signal<'unsupported' | 'installing' | 'ready' | 'failed'>('installing');
/** A new version has been downloaded and waits for the person to agree to reload. */
export const updateWaiting = signal(false);

let workbox: Workbox | undefined;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
    offline.value = 'unsupported';
    return;
  }
  const base = import.meta.env.BASE_URL;
  workbox = new Workbox(`${base}sw.js`, { scope: base });
  // First install: the precache is complete when the worker installs, and it serves once activated.
  workbox.addEventListener('activated', (e) => {
    if (!e.isUpdate) offline.value = 'ready';
  });
  // An install that fails (a precached file missing, storage refused) leaves the worker redundant.
  workbox.addEventListener('redundant', () => {
    if (offline.value !== 'ready') offline.value = 'failed';
  });
  // Never reload under someone's hands: a new version waits until the person accepts.
  workbox.addEventListener('waiting', () => (updateWaiting.value = true));
  workbox
    .register()
    .then((registration) => {
      if (registration?.active) offline.value = 'ready';
    })
    .catch(() => (offline.value = 'failed'));
}

/** Activates the waiting version and reloads once it controls the page; `beforeReload` saves what must survive. */
export function applyUpdate(beforeReload: () => void): void {
  if (!workbox) return;
  let done = false;
  const reload = () => {
    if (done) return;
    done = true;
    beforeReload();
    location.reload();
  };
  // 'controlling' when this page was controlled; 'activated' covers a page opened before any worker.
  workbox.addEventListener('controlling', reload);
  workbox.addEventListener('activated', (e) => e.isUpdate && reload());
  workbox.messageSkipWaiting();
}

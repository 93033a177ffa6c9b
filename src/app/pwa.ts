import { Workbox } from 'workbox-window';
import { offline, updateWaiting } from './notices.ts';

/** How often a tab left open (a tumour board's, all day) asks whether a new version is out. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let workbox: Workbox | undefined;

/**
 * Registers the service worker (loaded in idle time after the first result, with the other parts
 * of the page) and keeps asking for a new version: hourly, and whenever the tab is shown again. A new
 * version is only announced; the page never reloads by itself.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
    offline.value = 'unsupported';
    return;
  }
  const base = import.meta.env.BASE_URL;
  const wb = (workbox = new Workbox(`${base}sw.js`, { scope: base }));
  // First install: the precache is complete when the worker installs, and it serves once activated.
  wb.addEventListener('activated', (e) => {
    if (!e.isUpdate) offline.value = 'ready';
  });
  // An install that fails (a precached file missing, storage refused) leaves the worker redundant.
  wb.addEventListener('redundant', () => {
    if (offline.value !== 'ready') offline.value = 'failed';
  });
  // Never reload under someone's hands: a new version waits until the person accepts.
  wb.addEventListener('waiting', () => (updateWaiting.value = true));
  wb.register()
    .then((registration) => {
      if (registration?.active) offline.value = 'ready';
    })
    .catch(() => (offline.value = 'failed'));
  // An update check offline or on a flaky network fails quietly; the next one tries again.
  const check = () => void wb.update().catch(() => undefined);
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
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

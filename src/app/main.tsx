/**
 * Start-up, in the order it happens. Only what the first result needs is in this script and what it
 * imports; every other part of the page is in one chunk (parts.ts), loaded in idle time afterwards
 * (see later.tsx) and precached by the service worker for offline use.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { App } from './App.tsx';
import { language, switchLanguage } from './i18n.ts';
import { whenIdle } from './later.tsx';
import { catalogError } from './notices.ts';
import { openCase, openFromFragment } from './openCase.ts';
import { refusalOf } from './refusal.ts';
import { defaultEntry, loadCatalog, openModel } from './state.ts';
import type { LinkState } from './link.ts';
import { board, earlyKeys, theme } from './view.ts';
import './styles.css';

// 1. The interface strings (in the browser's language) and the catalogue of models, side by side.
const catalogLoading = loadCatalog();
const stringsLoading = switchLanguage(language.value);

// 2. The page, drawn from the state as it arrives: nothing until the strings, then the header, then the result.
render(<App />, document.getElementById('app')!);
effect(() => {
  document.documentElement.dataset.theme = theme.value;
  document.documentElement.classList.toggle('board', board.value);
});

// A key pressed before the shortcuts' code arrives is kept for it (Shortcuts.tsx), not lost.
addEventListener('keydown', (e) => earlyKeys.value && (earlyKeys.value = [...earlyKeys.value, e]));

// 3. The case: one kept across an update's reload, else one in the link, else the default model.
async function openStartingCase(): Promise<void> {
  await Promise.all([stringsLoading, catalogLoading]);
  // Reading a link is in this script (2 KiB): a shared case is the first result a colleague sees, so
  // it waits for no other chunk, and a refused link's notice is on screen before the default model opens.
  // A link opened later in the same tab changes only the fragment, so the page does not reload.
  addEventListener('hashchange', () => void openFromFragment());
  const kept = history.state as { case?: LinkState; entered?: string[] } | null;
  if (kept?.case) {
    history.replaceState(null, '');
    if (await openCase(kept.case, false, kept.entered)) return;
  }
  if (location.hash && (await openFromFragment())) return;
  const entry = defaultEntry();
  if (entry) await openModel(entry);
}

// 4. Once the first result is on screen: the service worker (offline use, updates) in idle time.
openStartingCase()
  .catch((e: Error) => (catalogError.value = refusalOf(e)))
  .finally(() => whenIdle(() => void import('./parts.ts').then((parts) => parts.registerServiceWorker())));

/**
 * The parts of the page that the first result does not need, as one chunk: fetched once the first
 * result is on screen (at once when one is asked for), precached for offline use, and each drawn in
 * an idle moment of its own (later.tsx). One chunk, not one per part: they all load on every visit
 * anyway, and each chunk of its own cost a request and 150–300 bytes gzip of imports, exports and
 * lost compression, 4 KiB over the page. What can be the first thing on screen (a shared link,
 * its notices, the first-use notice) is in the first result's script instead; what loads only when
 * asked for (your own files, the engine's version 2 parts, the cohort worker) has chunks of its own.
 */
export { Nomogram } from './nomogram/Nomogram.tsx';
export { Explore } from './explore/Explore.tsx';
export { Comparison } from './explore/Compare.tsx';
export { ScenarioBar } from './explore/ScenarioBar.tsx';
export { ShareDialog } from './explore/Share.tsx';
export { Shortcuts } from './Shortcuts.tsx';
export { ModelCard } from './ModelCard.tsx';
export { OwnFilesPanel, openOwnFiles } from './own/OwnFilesButton.tsx';
export { FromFileMark } from './own/FromFileMark.tsx';
export { applyUpdate, registerServiceWorker } from './pwa.ts';

/**
 * What the page may weigh, gzip -9. The first result needs only the entry script and what it
 * imports statically; every other part is a lazily loaded chunk with a budget of its own, which
 * counts the shared chunks it brings. Checked by e2e/budgets.spec.ts in `npm test`, reported by
 * `npm run bench`. Board mode and the print layout have no code of their own (CSS and the parts
 * above), so they have no line here.
 */
export const KiB = 1024;

export const BUDGETS = {
  firstResult: 25 * KiB,
  // The target is 60 KiB. With the model families and the cohort worker the app is at 65.6 KiB
  // (74 before the worker shared the page's engine chunks and the QR encoder became our own): this
  // line stops it growing meanwhile.
  total: 66.5 * KiB,
  /** By the source module the page imports lazily. */
  parts: {
    // The nomogram (with d3-scale): drawn in the first idle moment after the first result.
    'src/app/nomogram/Nomogram.tsx': 7.5 * KiB,
    'src/app/explore/Explore.tsx': 1 * KiB,
    'src/app/explore/Compare.tsx': 1.5 * KiB,
    'src/app/explore/Curves.tsx': 6.5 * KiB, // with the engine's explore.ts, shared with the icon arrays and what moves the risk
    'src/app/explore/IconArrays.tsx': 2 * KiB,
    'src/app/explore/Movers.tsx': 2 * KiB,
    'src/app/explore/ScenarioBar.tsx': 0.5 * KiB,
    'src/app/explore/Share.tsx': 5.5 * KiB, // the link's reader and the QR encoder (src/app/qr.ts)
    'src/app/FirstUse.tsx': 1 * KiB,
    'src/app/Notices.tsx': 1 * KiB,
    'src/app/Shortcuts.tsx': 1.5 * KiB,
    // Your own files: the panel (validator, CSV reading, the cohort check's code) and what it loads.
    'src/app/own/OwnFilesButton.tsx': 0.5 * KiB,
    'src/app/own/OwnFiles.tsx': 21.5 * KiB, // with the engine's version 2 parts, to check any model file
    'src/app/own/FromFileMark.tsx': 1 * KiB,
    'src/app/own/keptStore.ts': 0.5 * KiB,
    'src/app/ModelCard.tsx': 1.5 * KiB,
    'src/app/openCase.ts': 2.5 * KiB,
    'src/app/pwa.ts': 2 * KiB,
    // The Web Worker that predicts a file of patients and checks a cohort: the CSV reader and the
    // cohort's figures, with the engine's chunks it shares with the page (version 2 parts included).
    'worker:cohort.worker': 8 * KiB,
  } as Record<string, number>,
};

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
  total: 60 * KiB,
  /** By the source module the page imports lazily. */
  parts: {
    'src/app/explore/Compare.tsx': 1.5 * KiB,
    'src/app/explore/Curves.tsx': 5 * KiB,
    'src/app/explore/IconArrays.tsx': 1.5 * KiB,
    'src/app/explore/Movers.tsx': 2 * KiB,
    'src/app/explore/ScenarioBar.tsx': 0.5 * KiB,
    'src/app/explore/Share.tsx': 7 * KiB, // the QR encoder (uqr) is most of it
    'src/app/FirstUse.tsx': 1 * KiB,
    'src/app/Notices.tsx': 1 * KiB,
    'src/app/Shortcuts.tsx': 1.5 * KiB,
    // Your own files: the panel (validator, CSV reading, the cohort check's code) and what it loads.
    'src/app/own/OwnFilesButton.tsx': 0.5 * KiB,
    'src/app/own/OwnFiles.tsx': 16 * KiB,
    'src/app/own/FromFileMark.tsx': 1 * KiB,
    'src/app/own/keptStore.ts': 0.5 * KiB,
    'src/app/ModelCard.tsx': 1.5 * KiB,
    'src/app/openCase.ts': 2.5 * KiB,
    'src/app/pwa.ts': 2 * KiB,
  } as Record<string, number>,
};

/**
 * What the page may weigh, gzip -9. The first result needs only the entry script and what it
 * imports statically; the rest of the page is one lazily loaded chunk (src/app/parts.ts: the
 * nomogram, curves, icon arrays, what moves the risk, the comparison, share and QR, shortcuts, the
 * model card, the update prompt), and what loads only when asked for has a chunk and a budget of
 * its own, counting what it adds to those two. Checked by e2e/budgets.spec.ts in `npm test`,
 * reported by `npm run bench`. Board mode and the print layout have no code of their own (CSS and
 * the parts above), so they have no line here.
 */
export const KiB = 1024;

export const BUDGETS = {
  // With reading a shared link, its notices and the first-use notice: each can be the first thing shown.
  firstResult: 25 * KiB,
  total: 60 * KiB,
  /** By the source module the page imports lazily. */
  parts: {
    // Everything after the first result, in one chunk: each chunk of its own had cost a request and
    // 150–300 bytes gzip, 5 KiB over the page, and they all load on every visit anyway.
    'src/app/parts.ts': 19 * KiB,
    // Your own files: the panel (validator, CSV reading, the cohort check's code), with the engine's
    // version 2 parts, to check any model file.
    'src/app/own/OwnFiles.tsx': 16 * KiB,
    'src/app/own/keptStore.ts': 0.5 * KiB,
    // The Web Worker that predicts a file of patients and checks a cohort: the CSV reader and the
    // cohort's figures, with the engine's chunks it shares with the page (version 2 parts included).
    'worker:cohort.worker': 8 * KiB,
  } as Record<string, number>,
};

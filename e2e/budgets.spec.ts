import { expect, test } from '@playwright/test';
import { readBundle, type Bundle } from '../bench/bundle.ts';
import { BUDGETS, KiB } from '../bench/budgets.ts';

// The build under test (npm test builds dist/ first), read from its manifest, not from a browser.
const dist = process.env.E2E_DIST ?? 'dist';
const kib = (bytes: number) => `${(bytes / KiB).toFixed(2)} KiB`;

test.describe('JavaScript budgets (gzip -9)', () => {
  let bundle: Bundle;
  test.beforeAll(() => {
    bundle = readBundle(dist);
  });

  test(`the first result needs at most ${kib(BUDGETS.firstResult)}: the entry script and what it imports statically`, () => {
    const files = bundle.firstResult.files.map((f) => `${f.file} ${kib(f.gzip)}`).join(', ');
    expect(bundle.firstResult.gzip, `first-result JavaScript: ${files}`).toBeLessThanOrEqual(BUDGETS.firstResult);
  });

  test(`all JavaScript together stays at or under ${kib(BUDGETS.total)}`, () => {
    expect(bundle.total.gzip, `${bundle.total.files} files`).toBeLessThanOrEqual(BUDGETS.total);
  });

  test('every lazily loaded part has a budget of its own and keeps to it', () => {
    const over = bundle.parts.flatMap((p) => {
      const budget = BUDGETS.parts[p.src];
      if (budget === undefined) return [`${p.src} (${kib(p.gzip)}) has no budget in bench/budgets.ts`];
      return p.gzip > budget ? [`${p.src}: ${kib(p.gzip)} over its ${kib(budget)} (${p.files.map((f) => f.file).join(', ')})`] : [];
    });
    expect(over).toEqual([]);
    // A budget for a part that no longer exists is a stale line, not a kept promise.
    const parts = new Set(bundle.parts.map((p) => p.src));
    expect(Object.keys(BUDGETS.parts).filter((src) => !parts.has(src))).toEqual([]);
  });

  test('the service worker precaches every chunk, so each part opens offline', () => {
    expect(bundle.notPrecached).toEqual([]);
  });
});

import { show } from '../check.ts';
import type { Fail } from '../declare.ts';

/** A YYYY-MM-DD string must name a day that exists (not 2026-02-30). */
export function calendarDate(s: string, path: string, fail: Fail): void {
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) fail(path, `must be a real calendar date, got ${show(s)}`);
}

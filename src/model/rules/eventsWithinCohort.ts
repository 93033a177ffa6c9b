import type { Fail } from '../declare.ts';

/** A cohort cannot have more outcome events than patients. */
export function eventsWithinCohort(p: { cohortSize: number; events?: number }, path: string, fail: Fail): void {
  if (p.events !== undefined && p.events > p.cohortSize) fail(`${path}.events`, `must be at most ${p.cohortSize}, got ${p.events}`);
}

import type { CatalogEntry } from '../catalog.ts';
import { readStored } from '../storage.ts';

/**
 * The list of models kept on this device (titles only) sits in localStorage, so the picker can
 * show them at start-up without opening the database or loading the code for own files.
 */
export const INDEX_KEY = 'nomogram.kept-models';

/** Kept models listed on this device. */
export function keptEntries(): CatalogEntry[] {
  try {
    const list = JSON.parse(readStored(INDEX_KEY) ?? '[]') as CatalogEntry[];
    return Array.isArray(list) ? list.filter((e) => e && typeof e.id === 'string' && e.local === 'kept') : [];
  } catch {
    return [];
  }
}

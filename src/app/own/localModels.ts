import type { Model } from '../../model/types.ts';
import type { CatalogEntry } from '../catalog.ts';
import { writeStored } from '../storage.ts';
import { INDEX_KEY } from './keptEntries.ts';

/**
 * Models opened from a file on this device: in memory for this visit (`session`) or, when the
 * person asked, kept in IndexedDB (`kept`); the list of kept ones is keptEntries.ts. This module
 * loads only when such a model is opened, so the first result does not carry it.
 */
const opened = new Map<string, Model>();
/** Model objects that came from a file, to mark them wherever they are shown. */
const fromFile = new WeakSet<Model>();

const ref = (e: { id: string; version: string }) => `${e.id}@${e.version}`;

export function isFromFile(m: Model | null): boolean {
  return m !== null && fromFile.has(m);
}

/** A catalogue entry for a model from a file. */
export function localEntry(m: Model, local: 'session' | 'kept'): CatalogEntry {
  return {
    id: m.id,
    version: m.version,
    file: '',
    sha256: '',
    title: m.title,
    summary: m.summary,
    outcome: m.outcome,
    kind: m.kind,
    local,
    ...(m.teachingOnly ? { teachingOnly: true } : {}),
    ...(m.approximate ? { approximate: true } : {}),
  };
}
export { keptEntries } from './keptEntries.ts';

export function writeKeptIndex(entries: CatalogEntry[]): boolean {
  return writeStored(INDEX_KEY, JSON.stringify(entries));
}

/** Remembers a model opened from a file for this visit. */
export function rememberOpened(m: Model): void {
  fromFile.add(m);
  opened.set(ref(m), m);
}

/** The model behind a local entry: from memory, else from IndexedDB (loaded only when needed). */
export async function loadLocal(entry: CatalogEntry): Promise<Model> {
  const hit = opened.get(ref(entry));
  if (hit) return hit;
  const { readKept } = await import('./keptStore.ts');
  const m = await readKept(ref(entry));
  if (!m) throw new Error(`${ref(entry)}: this model is no longer kept on this device`);
  rememberOpened(m);
  return m;
}

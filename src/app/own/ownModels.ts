import type { Model } from '../../model/types.ts';
import { catalog, defaultInputs, showModel } from '../state.ts';
import { keptEntries, localEntry, rememberOpened, writeKeptIndex } from './localModels.ts';

const ref = (e: { id: string; version: string }) => `${e.id}@${e.version}`;

/**
 * Opens a checked model from a file for this visit and lists it in the picker. Refused (with the
 * reason) when a bundled model has the same id and version: a link must name one model only.
 */
export function openFromFile(m: Model): string | undefined {
  const list = catalog.value ?? [];
  const same = list.find((e) => ref(e) === ref(m));
  if (same && !same.local) return ref(m);
  rememberOpened(m);
  if (!same) catalog.value = [...list, localEntry(m, 'session')];
  showModel(m, defaultInputs(m), []);
  return undefined;
}

/** Keeps a model opened from a file on this device (IndexedDB), so it opens offline and by link. */
export async function keep(m: Model): Promise<void> {
  const { writeKept } = await import('./keptStore.ts');
  await writeKept(ref(m), m);
  const entry = localEntry(m, 'kept');
  if (!writeKeptIndex([...keptEntries().filter((e) => ref(e) !== ref(m)), entry]))
    throw new Error('this browser does not allow storage here');
  catalog.value = (catalog.value ?? []).map((e) => (ref(e) === ref(m) ? entry : e));
}

/** Removes a kept model from this device; if it is open, it stays open for this visit only. */
export async function remove(id: string, version: string): Promise<void> {
  const key = ref({ id, version });
  // Off the list first, at once and synchronously: a reload right after the tap must not bring it
  // back. The stored file goes after; were that cut short, it would lie unlisted, never shown.
  writeKeptIndex(keptEntries().filter((e) => ref(e) !== key));
  catalog.value = (catalog.value ?? []).map((e) => (ref(e) === key ? { ...e, local: 'session' as const } : e));
  const { removeKept } = await import('./keptStore.ts');
  await removeKept(key);
}

import type { Model } from '../../model/types.ts';

/** IndexedDB: one object store of model files kept on this device, keyed by `id@version`. */
const DB = 'nomogram-own';
const STORE = 'models';

function open(): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error ?? new Error('IndexedDB is not available'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((done, fail) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => done(request.result as T);
      request.onerror = () => fail(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

export const readKept = (key: string) => run<Model | undefined>('readonly', (s) => s.get(key));
export const writeKept = (key: string, m: Model) => run<unknown>('readwrite', (s) => s.put(m, key));
export const removeKept = (key: string) => run<unknown>('readwrite', (s) => s.delete(key));

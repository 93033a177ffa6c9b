import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Runs `task` when the main thread has nothing else to do (or after `timeout` ms at the latest). */
export function whenIdle(task: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 1);
}

// One part at a time: each part's script is fetched and run, then drawn in an idle moment of its
// own, so no single task holds the page, and parts appear in the order they are placed.
let queue: Promise<void> = Promise.resolve();

/**
 * A part of the page that is not needed for the first result: its code is a chunk of its own
 * (precached by the service worker, so it is there offline), fetched once the first result is on
 * screen, and drawn in idle time. Until then it draws nothing. `load()` brings it sooner (a
 * shortcut or a menu entry that needs it now).
 */
export function later<P extends object>(importer: () => Promise<ComponentType<P>>): ComponentType<P> & { load(): Promise<void> } {
  const part = signal<ComponentType<P> | null>(null);
  let loading: Promise<void> | undefined;
  let queued = false;
  // Fetching and running the chunk is one task; drawing it is the next idle one.
  const load = () => (loading ??= importer().then((c) => new Promise<void>((drawn) => whenIdle(() => drawn(void (part.value = c))))));
  const inTurn = () => {
    if (queued || loading) return;
    queued = true;
    queue = queue.then(() => new Promise<void>((done) => whenIdle(() => load().then(() => whenIdle(done), done))));
  };
  function Later(props: P) {
    const Part = part.value;
    if (!Part) {
      inTurn();
      return null;
    }
    return <Part {...props} />;
  }
  return Object.assign(Later, { load });
}

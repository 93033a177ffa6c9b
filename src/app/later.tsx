import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Runs `task` when the main thread has nothing else to do (or after `timeout` ms at the latest). */
export function whenIdle(task: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 1);
}

/**
 * Runs `steps` in idle moments, a few milliseconds of them in each (`slice`), so no task is long on
 * a slow phone either; then hands their result to `done`.
 */
export function inIdleSlices<T>(steps: Iterator<unknown, T>, done: (result: T) => void, slice = 4): void {
  whenIdle(function run() {
    const end = performance.now() + slice;
    for (;;) {
      const step = steps.next();
      if (step.done) return done(step.value);
      if (performance.now() >= end) return whenIdle(run);
    }
  });
}

// One part at a time: each part's script is fetched and run, then drawn in an idle moment of its
// own, so no single task holds the page. Parts appear in the order they are placed, except a part
// marked `first` (the nomogram), which goes ahead of every part still waiting.
const waiting: (() => Promise<void>)[] = [];
let running = false;
function next(): void {
  const part = waiting.shift();
  running = part !== undefined;
  if (part) void part().then(next);
}

/**
 * A part of the page that is not needed for the first result: its code is in a lazily loaded chunk
 * (parts.ts, precached by the service worker, so it is there offline), fetched once the first result
 * is on screen, and drawn in idle time. Until then it draws nothing. When `asked()` is true (the person
 * opened it: a dialog, the model card, a comparison) it is fetched and drawn at once instead.
 */
export function later<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  asked: () => boolean = () => false,
  first = false,
): ComponentType<P> {
  const part = signal<ComponentType<P> | null>(null);
  let loading: Promise<void> | undefined;
  let queued = false;
  // Fetching and running the chunk is one task; drawing it is the next idle one, or at once when asked for.
  const load = (now: boolean) =>
    (loading ??= importer().then(
      (c) => new Promise<void>((drawn) => (now ? drawn(void (part.value = c)) : whenIdle(() => drawn(void (part.value = c))))),
    ));
  const inTurn = () => {
    if (queued || loading) return;
    queued = true;
    const part = () => new Promise<void>((done) => whenIdle(() => load(false).then(() => whenIdle(done), done)));
    if (first) waiting.unshift(part);
    else waiting.push(part);
    if (!running) next();
  };
  function Later(props: P) {
    const Part = part.value;
    if (!Part) {
      if (asked()) void load(true);
      else inTurn();
      return null;
    }
    return <Part {...props} />;
  }
  return Later;
}

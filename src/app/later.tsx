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

/**
 * Whether the parts below the first screen are wanted yet. On a phone the nomogram and the curves
 * begin a couple of screens down: they are drawn as the person scrolls towards them (or presses a
 * key, or prints), not while the first result is being read. On a wider screen the nomogram is on
 * the first screen, so they are wanted at once.
 */
const nearby = signal(false);

let watching: (() => void) | undefined;

/**
 * Watches `el`, where the parts below the first screen begin (a ref: null when it goes): once it is
 * within a screen's height of the window, or a key is pressed, or the page is printed, those parts
 * are wanted (`nearby`).
 */
export function wantWhenNear(el: Element | null): void {
  watching?.();
  watching = undefined;
  if (!el || nearby.value) return;
  // Without an observer to say when, they are wanted at once.
  if (typeof IntersectionObserver !== 'function') return void (nearby.value = true);
  const want = () => {
    nearby.value = true;
    watching?.();
    watching = undefined;
  };
  const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && want(), {
    rootMargin: '0px 0px 100% 0px',
  });
  watching = () => {
    observer.disconnect();
    removeEventListener('keydown', want);
    removeEventListener('beforeprint', want);
  };
  observer.observe(el);
  addEventListener('keydown', want);
  addEventListener('beforeprint', want);
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
 * `first` puts it ahead of the parts waiting; `belowFirstScreen` makes it wait until it is `nearby`.
 */
export function later<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  asked: () => boolean = () => false,
  { first = false, belowFirstScreen = false } = {},
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
      else if (!belowFirstScreen || nearby.value) inTurn();
      return null;
    }
    return <Part {...props} />;
  }
  return Later;
}

import { signal } from '@preact/signals';
import type { Refusal } from './refusal.ts';

/**
 * What the page tells the person, apart from the result: messages about a link or a model (shown
 * until dismissed), failures to load, whether it works offline, and a new version waiting.
 */
export const notices = signal<string[]>([]);

export function notify(message: string): void {
  notices.value = [...notices.value, message];
}

export function dismiss(index: number): void {
  notices.value = notices.value.filter((_, j) => j !== index);
}

/** The catalogue or the interface strings could not be loaded: nothing can be computed. */
export const catalogError = signal<Refusal | null>(null);
/** The model chosen could not be opened; the previous one (if any) stays on screen. */
export const modelError = signal<Refusal | null>(null);
/** Whether the app will open with no network: known once the service worker holds the precache. */
export const offline = signal<'unsupported' | 'installing' | 'ready' | 'failed'>('installing');
/** A new version has been downloaded and waits for the person to agree to reload. */
export const updateWaiting = signal(false);

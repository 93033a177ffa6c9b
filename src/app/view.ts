import { signal } from '@preact/signals';
import { readStored, writeStored } from './storage.ts';

/**
 * How the case is shown, apart from the case itself (state.ts) and what the page tells the person
 * (notices.ts): which page, board mode, theme, and which dialog or menu is open.
 */
export const view = signal<'calculator' | 'card'>('calculator');
/** Large type and the comparison beside the nomogram, for a projected screen. */
export const board = signal(false);
/** Light or dark, from the system's preference until the person chooses. */
export const theme = signal<'light' | 'dark'>(
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
);
/** The list of single-key shortcuts. */
export const helpOpen = signal(false);
/**
 * Keys pressed before the shortcuts' code arrived: main.tsx keeps them and so asks for that code at
 * once; Shortcuts.tsx handles them in order when it starts, then sets this to null.
 */
export const earlyKeys = signal<KeyboardEvent[] | null>([]);
/** The share dialog. */
export const sharing = signal(false);
/** The header's tools, folded into one menu on a phone and in board mode. */
export const menuOpen = signal(false);

const KEYS = 'nomogram.keys';
/** Single-key shortcuts can be turned off (WCAG 2.1.4), for speech input above all; remembered on this device. */
export const keysOn = signal(readStored(KEYS) !== 'off');
export function setKeysOn(on: boolean): void {
  keysOn.value = on;
  writeStored(KEYS, on ? 'on' : 'off');
}

const FIRST_USE = 'nomogram.firstUse.v1';
/** The notice shown once per device, until acknowledged. */
export const firstUse = signal(readStored(FIRST_USE) !== 'yes');
export function acknowledgeFirstUse(): void {
  writeStored(FIRST_USE, 'yes');
  firstUse.value = false;
}

function fullscreen(on: boolean): void {
  if (on && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && document.fullscreenElement) void document.exitFullscreen();
}

/** Tumour-board mode: large type, the comparison beside the nomogram, and full screen where allowed. */
export function toggleBoard(): void {
  board.value = !board.value;
  view.value = 'calculator';
  fullscreen(board.value);
}

export const toggleTheme = () => (theme.value = theme.value === 'dark' ? 'light' : 'dark');
export const toggleCard = () => (view.value = view.value === 'card' ? 'calculator' : 'card');

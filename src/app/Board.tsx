import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { openShare } from './explore/Share.tsx';
import { language, switchLanguage, t, type StringKey } from './i18n.ts';
import { Modal } from './Modal.tsx';
import { readStored, writeStored } from './storage.ts';
import { board, compare, editing, inputsB, view } from './state.ts';

/** Light or dark, from the system's preference until the person chooses. */
export const theme = signal<'light' | 'dark'>(
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
);
export const helpOpen = signal(false);
/** Single-key shortcuts can be turned off (WCAG 2.1.4), for speech input above all; remembered on this device. */
const keysOn = signal(readStored('nomogram.keys') !== 'off');

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

const SHORTCUTS: [string, StringKey, () => void][] = [
  ['?', 'keyHelp', () => (helpOpen.value = !helpOpen.value)],
  ['b', 'keyBoard', toggleBoard],
  ['c', 'keyCompare', () => inputsB.value || compare(true)],
  ['x', 'keySwitch', () => inputsB.value && (editing.value = editing.value === 'a' ? 'b' : 'a')],
  ['d', 'keyTheme', () => (theme.value = theme.value === 'dark' ? 'light' : 'dark')],
  ['s', 'keyShare', openShare],
  ['l', 'keyLanguage', () => void switchLanguage(language.value === 'en' ? 'zh' : 'en')],
];

/** Single-key shortcuts, listed with "?"; ignored while typing or while another dialog is open. */
export function Shortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (!keysOn.value || e.ctrlKey || e.metaKey || e.altKey || e.repeat || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      const open = document.querySelector('dialog[open]');
      // With a dialog open only "?" acts, and only to close its own list.
      if (open && !(open.classList.contains('keys') && e.key === '?')) return;
      const found = SHORTCUTS.find(([key]) => key === e.key.toLowerCase());
      if (!found) return;
      e.preventDefault();
      found[2]();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme.value;
    document.documentElement.classList.toggle('board', board.value);
  }, [theme.value, board.value]);
  return (
    <Modal open={helpOpen} name="keys" title={t('keysHeading')}>
      <dl class="keys">
        {SHORTCUTS.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <label class="keys-on">
        <input
          type="checkbox"
          checked={keysOn.value}
          onChange={(e) => {
            keysOn.value = (e.currentTarget as HTMLInputElement).checked;
            writeStored('nomogram.keys', keysOn.value ? 'on' : 'off');
          }}
        />{' '}
        {t('keysOn')}
      </label>
    </Modal>
  );
}

import { useEffect } from 'preact/hooks';
import { language, switchLanguage, t, type StringKey } from './i18n.ts';
import { Modal } from './Modal.tsx';
import { compare, editing, inputsB } from './state.ts';
import { earlyKeys, helpOpen, keysOn, setKeysOn, sharing, toggleBoard, toggleTheme } from './view.ts';

const SHORTCUTS: [string, StringKey, () => void][] = [
  ['?', 'keyHelp', () => (helpOpen.value = !helpOpen.value)],
  ['b', 'keyBoard', toggleBoard],
  ['c', 'keyCompare', () => inputsB.value || compare(true)],
  ['x', 'keySwitch', () => inputsB.value && (editing.value = editing.value === 'a' ? 'b' : 'a')],
  ['d', 'keyTheme', toggleTheme],
  ['s', 'keyShare', () => (sharing.value = true)],
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
    // Keys pressed while this code was on its way act now, in the order they were pressed.
    for (const e of earlyKeys.value ?? []) onKey(e);
    earlyKeys.value = null;
    return () => removeEventListener('keydown', onKey);
  }, []);
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
        <input type="checkbox" checked={keysOn.value} onChange={(e) => setKeysOn((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('keysOn')}
      </label>
    </Modal>
  );
}

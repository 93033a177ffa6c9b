import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from './i18n.ts';

/**
 * A modal dialog shown while `open` is true; Escape or its close button closes it.
 * A `locked` one has no close button and only its own content can close it (by setting `open`).
 */
export function Modal({
  open,
  name,
  title,
  locked,
  children,
}: {
  open: Signal<boolean>;
  name: string;
  title: string;
  locked?: boolean;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Follows the signal as it changes, not as it renders: a dialog shut and opened again before the
  // next render must still open.
  useEffect(
    () =>
      open.subscribe((shown) => {
        const d = ref.current!;
        if (shown && !d.open) d.showModal();
        if (!shown && d.open) d.close();
      }),
    [open],
  );
  const close = () => !locked && (open.value = false);
  return (
    <dialog
      ref={ref}
      class={`modal ${name}`}
      aria-labelledby={`${name}-heading`}
      // A locked one ignores close requests altogether (Escape, a phone's back gesture).
      {...(locked ? { closedby: 'none' } : {})}
      // Escape fires "cancel" at once but "close" only in a later task, and a key pressed in
      // between must already see the dialog as shut (pressing "?" twice toggles the list).
      onCancel={(e) => (locked ? e.preventDefault() : (open.value = false))}
      // A close event queued before the dialog was opened again is stale.
      onClose={() => !ref.current!.open && close()}
    >
      <div class="modal-head">
        <h2 id={`${name}-heading`}>{title}</h2>
        {!locked && (
          <button type="button" class="close" onClick={close}>
            {t('close')}
          </button>
        )}
      </div>
      {open.value && children}
    </dialog>
  );
}

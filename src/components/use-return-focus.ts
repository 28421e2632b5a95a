import { useRef } from 'react';

/**
 * How long, after a confirmed dialog closes, a click or Enter on the control that opened it is
 * taken as the tail of the double click or double Enter that confirmed. The request can be faster
 * than the second press, which then lands on the opener, whose label may by then say the opposite
 * action ("Enable user" became "Disable user"), and would open that confirmation unasked.
 */
const SETTLE_MS = 400;

/**
 * Dialogs here are opened by state, not by a Radix trigger, so Radix has no trigger to give focus
 * back to. These handlers (for Dialog.Content) note what had focus when the dialog opened and
 * return focus there when it closes; if that control is gone (its row was deleted), focus goes to
 * the page's main region, so a keyboard user is not dropped at the top of the document.
 */
export function useReturnFocus(closedByConfirm: () => boolean = () => false) {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      const target = opener.current?.isConnected ? opener.current : document.getElementById('main');
      opener.current = null;
      if (!target) return;
      target.focus();
      if (closedByConfirm()) swallowClicksBriefly(target);
    },
  };
}

function swallowClicksBriefly(target: HTMLElement) {
  const until = performance.now() + SETTLE_MS;
  const swallow = (event: MouseEvent) => {
    if (performance.now() > until) {
      target.removeEventListener('click', swallow, true);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
  target.addEventListener('click', swallow, true);
  setTimeout(() => target.removeEventListener('click', swallow, true), SETTLE_MS);
}

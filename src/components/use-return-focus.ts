import { useRef } from 'react';

/**
 * How long, after a confirmed dialog closes, an Enter or Space on the control that opened it is
 * taken as the tail of the double Enter that confirmed. The request can be faster than the second
 * press, which then lands on the opener (focus returns there), whose label may by then say the
 * opposite action ("Enable user" became "Disable user"), and would open that confirmation unasked.
 * Mouse clicks are let through: the pointer is not on the opener, so a click there is meant.
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
      if (closedByConfirm()) swallowKeyPressesBriefly(target);
    },
  };
}

function swallowKeyPressesBriefly(target: HTMLElement) {
  const until = performance.now() + SETTLE_MS;
  const swallow = (event: MouseEvent) => {
    if (performance.now() > until) {
      target.removeEventListener('click', swallow, true);
      return;
    }
    // A click from Enter or Space has no pointer press behind it: detail is 0.
    if (event.detail !== 0) return;
    event.preventDefault();
    event.stopPropagation();
  };
  target.addEventListener('click', swallow, true);
  setTimeout(() => target.removeEventListener('click', swallow, true), SETTLE_MS);
}

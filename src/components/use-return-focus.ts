import { useRef } from 'react';

/**
 * Dialogs here are opened by state, not by a Radix trigger, so Radix has no trigger to give focus
 * back to. These handlers (for Dialog.Content) note what had focus when the dialog opened and
 * return focus there when it closes; if that control is gone (its row was deleted), focus goes to
 * the page's main region, so a keyboard user is not dropped at the top of the document.
 */
export function useReturnFocus() {
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
      target?.focus();
    },
  };
}

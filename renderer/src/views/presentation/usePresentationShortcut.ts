import { useEffect } from 'react';
import { useUiStore } from '@renderer/stores/uiStore';

/**
 * F5 starts presentationsläge, as in presentation programs (in Electron the menu's F5
 * accelerator does the same). The key press also lets the page go full screen.
 */
export function usePresentationShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'F5' || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      useUiStore.getState().show('presentation');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

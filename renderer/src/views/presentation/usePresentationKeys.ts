import { useEffect, useRef } from 'react';

/**
 * The presenter's keys: → PageDown and space forward, ← PageUp back (what slide clickers send),
 * Home and End, Esc leaves, A opens the note. Ignored while a dialog or a text field has them.
 */
export interface PresentationKeys {
  blocked: boolean;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
  note: () => void;
}

export function usePresentationKeys(keys: PresentationKeys): void {
  const ref = useRef(keys);
  useEffect(() => {
    ref.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const k = ref.current;
      const target = event.target as HTMLElement | null;
      if (k.blocked || event.ctrlKey || event.altKey || event.metaKey) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const action: Record<string, (() => void) | undefined> = {
        ArrowRight: k.next, PageDown: k.next, ' ': k.next, ArrowDown: k.next,
        ArrowLeft: k.previous, PageUp: k.previous, ArrowUp: k.previous,
        Home: k.first, End: k.last, Escape: k.leave, a: k.note, A: k.note,
      };
      const run = action[event.key];
      // Space on a focused button presses the button instead.
      if (!run || (event.key === ' ' && target?.tagName === 'BUTTON')) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

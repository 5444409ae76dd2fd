import { useLayoutEffect, useRef } from 'react';
import {
  bindingsOf,
  chordMatches,
  type KeyChord,
  type ShortcutHandler,
  type ShortcutHandlers,
  type ShortcutScope,
} from '../lib/shortcuts';

/** How long the first key of a sequence ("g g") waits for the second. */
const SEQUENCE_TIMEOUT_MS = 1000;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

/**
 * Listens for the shortcuts of one scope and runs their handlers. Keys are
 * ignored while typing in a field, while a modal dialog is open (it handles
 * its own keys) and when something else already handled the event.
 */
export function useShortcuts<Scope extends ShortcutScope>(
  scope: Scope,
  handlers: ShortcutHandlers<Scope>,
): void {
  const latestHandlers = useRef(handlers);
  useLayoutEffect(() => {
    latestHandlers.current = handlers;
  });

  // Listening from the layout phase: once a view is on screen its keys work,
  // even for a key pressed before React's passive effects have run.
  useLayoutEffect(() => {
    const bindings = bindingsOf(scope);
    let previous: { event: KeyboardEvent; at: number } | null = null;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector(':modal')) return;
      const typing = isTyping(event.target);
      const earlier =
        previous && event.timeStamp - previous.at < SEQUENCE_TIMEOUT_MS ? previous : null;
      previous = { event, at: event.timeStamp };

      for (const { shortcut, chords } of bindings) {
        if (typing && !('whileTyping' in shortcut && shortcut.whileTyping)) continue;
        if (!sequenceMatches(chords, event, earlier?.event)) continue;
        const handler: ShortcutHandler | undefined = (
          latestHandlers.current as Record<string, ShortcutHandler>
        )[shortcut.id];
        if (handler?.(event) === false) continue;
        event.preventDefault();
        previous = null;
        return;
      }
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [scope]);
}

function sequenceMatches(
  chords: KeyChord[],
  event: KeyboardEvent,
  earlier: KeyboardEvent | undefined,
): boolean {
  const [first, second] = chords;
  if (!first) return false;
  if (!second) return chordMatches(first, event);
  return earlier !== undefined && chordMatches(first, earlier) && chordMatches(second, event);
}

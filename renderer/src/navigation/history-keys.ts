// Back and Forward by key and by the mouse's side buttons, for the whole
// window. A view can claim a key for itself first (caret mode moves by word
// with Alt+← on a Mac): the app shell's listener is installed before any
// view's, so it asks instead of waiting for them.
import { goBack, goForward } from './session-history';

type KeyClaim = (event: KeyboardEvent) => boolean;
const claims = new Set<KeyClaim>();

/** While registered, a key the claim answers true for is left to its view. Returns the release. */
export function claimHistoryKeys(claim: KeyClaim): () => void {
  claims.add(claim);
  return () => claims.delete(claim);
}

function claimed(event: KeyboardEvent): boolean {
  for (const claim of claims) if (claim(event)) return true;
  return false;
}

/** Shortcut handlers: false hands the key back (a view claimed it). */
export const historyShortcuts = {
  'history-back': (event: KeyboardEvent) => (claimed(event) ? false : goBack()),
  'history-forward': (event: KeyboardEvent) => (claimed(event) ? false : goForward()),
};

/** MouseEvent.button of the side buttons ("X1" and "X2"). */
export const MOUSE_BACK_BUTTON = 3;
export const MOUSE_FORWARD_BUTTON = 4;

/**
 * The mouse's back and forward buttons. On mouseup, as browsers do, and the
 * default is prevented so a browser that would also go back does not go twice.
 */
export function listenForMouseHistoryButtons(target: Window = window): () => void {
  const onMouseUp = (event: MouseEvent) => {
    if (event.defaultPrevented) return;
    if (event.button === MOUSE_BACK_BUTTON) goBack();
    else if (event.button === MOUSE_FORWARD_BUTTON) goForward();
    else return;
    event.preventDefault();
  };
  target.addEventListener('mouseup', onMouseUp);
  return () => target.removeEventListener('mouseup', onMouseUp);
}

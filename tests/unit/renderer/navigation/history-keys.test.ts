import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  claimHistoryKeys,
  historyShortcuts,
  listenForMouseHistoryButtons,
} from '../../../../renderer/src/navigation/history-keys';

const history = { back: vi.fn(), forward: vi.fn() };
beforeEach(() => {
  vi.stubGlobal('history', history);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetAllMocks();
});

const mouseUp = (button: number) =>
  Object.assign(new Event('mouseup', { cancelable: true }), { button });

describe('the mouse’s side buttons', () => {
  it('go back (button 3) and forward (button 4), and the browser does not go too', () => {
    const target = new EventTarget();
    const stop = listenForMouseHistoryButtons(target as unknown as Window);
    const backPress = mouseUp(3);
    target.dispatchEvent(backPress);
    expect(history.back).toHaveBeenCalledTimes(1);
    expect(backPress.defaultPrevented).toBe(true);
    target.dispatchEvent(mouseUp(4));
    expect(history.forward).toHaveBeenCalledTimes(1);

    // The other buttons are clicks as usual.
    const click = mouseUp(0);
    target.dispatchEvent(click);
    target.dispatchEvent(mouseUp(1));
    expect(click.defaultPrevented).toBe(false);
    expect(history.back).toHaveBeenCalledTimes(1);

    stop();
    target.dispatchEvent(mouseUp(3));
    expect(history.back).toHaveBeenCalledTimes(1);
  });
});

describe('the Back and Forward keys', () => {
  const key = { key: 'ArrowLeft', altKey: true } as KeyboardEvent;

  it('step through history unless a view claims the key (caret mode’s word keys)', () => {
    expect(historyShortcuts['history-back'](key)).not.toBe(false);
    expect(history.back).toHaveBeenCalledTimes(1);

    const release = claimHistoryKeys((event) => event.key === 'ArrowLeft');
    expect(historyShortcuts['history-back'](key)).toBe(false);
    expect(history.back).toHaveBeenCalledTimes(1);
    expect(historyShortcuts['history-forward']({ key: 'ArrowRight' } as KeyboardEvent)).not.toBe(
      false,
    );
    expect(history.forward).toHaveBeenCalledTimes(1);

    release();
    historyShortcuts['history-back'](key);
    expect(history.back).toHaveBeenCalledTimes(2);
  });
});

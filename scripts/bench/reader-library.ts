// bench:reader's library figures, measured through what the page does rather
// than through one API method, so they keep their meaning when the library's
// API changes (paged, streamed, cached): the time from navigation to the
// list's first rows painted, the bridge call(s) the page makes for the list,
// and a filter keystroke to its result painted. The selectors and the method
// pattern below are all that ties this file to the library's code.
import type { Page } from '@playwright/test';

/** A row of the library list with its link: the list has painted something to open. */
export const LIBRARY_ROW_SELECTOR = '[role="list"][aria-label="Articles"] a[href]';
/** The bridge methods that fetch what the library list shows. */
const LIBRARY_METHOD = /^getLibrary/;
/** The filter field, by its accessible name. */
const FILTER_LABEL = 'Filter articles';

interface Call {
  method: string;
  start: number;
  end: number;
}

export interface LibraryLoad {
  /** Navigation start to the first rows painted. */
  paintMs: number;
  /** The page's first library call, from the call to its answer. */
  callMs: number;
}

/** Loads the page afresh at the library and reads the load's figures off the probe. */
export async function measureLibraryLoad(page: Page): Promise<LibraryLoad> {
  // Without its hash the address is the library's; a reload then starts the app anew.
  await page.evaluate('history.replaceState(null, "", location.pathname)');
  await page.reload();
  const paintMs = (await page.evaluate('window.__bench.libraryPainted')) as number;
  const calls = (await page.evaluate('window.__bench.calls')) as Call[];
  const call = calls.find((c) => LIBRARY_METHOD.test(c.method) && c.end > 0);
  if (!call) {
    throw new Error(
      `the page made no call matching ${LIBRARY_METHOD} before its list painted (calls: ${calls.map((c) => c.method).join(', ')})`,
    );
  }
  return { paintMs, callMs: call.end - call.start };
}

/** Wait this long without a DOM change before a keystroke counts as done. */
const QUIET_MS = 300;

/**
 * Types `text` into the filter one key at a time, then deletes it again, and
 * returns each keystroke's time from the key to the paint after the last DOM
 * change it caused (the list re-filtering included).
 */
export async function measureFilterKeystrokes(page: Page, text: string): Promise<number[]> {
  const filter = page.getByLabel(FILTER_LABEL, { exact: true });
  await filter.focus();
  const keys = [...text, ...Array.from(text, () => 'Backspace')];
  const times: number[] = [];
  for (const key of keys) {
    await page.evaluate('window.__bench.watchKeystroke()');
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    times.push((await page.evaluate(`window.__bench.keystroke.settled(${QUIET_MS})`)) as number);
  }
  return times;
}

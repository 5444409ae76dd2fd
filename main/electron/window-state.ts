// The window's remembered size, position and maximized state. Placement is
// pure (saved state + display work areas in, bounds out) so it is unit
// tested; the file is written atomically so a crash mid-write never leaves
// half a file, and a damaged file is moved aside rather than crashing start-up.
import { readFile, rename } from 'node:fs/promises';
import { replaceFileDurably } from '../storage/durable-write';
import { z } from 'zod';
import { log } from './log';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_SIZE = { width: 420, height: 400 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1100, height: 820 } as const;
/** How much of a saved window must overlap a display for it to stay there. */
const MIN_VISIBLE = { width: 120, height: 80 } as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface WindowPlacement {
  /** Absent when no display is known: the system then places the window. */
  bounds: Rect | { width: number; height: number };
  maximized: boolean;
}

/**
 * Where to open the window. The saved bounds are kept when they sit on a
 * display; a window left on a display that is gone (or mostly off-screen)
 * is brought back, centred, on the primary display. Either way it is shrunk
 * to fit the display and moved wholly inside its work area.
 *
 * @param workAreas display work areas, the primary display's first.
 */
export function placeWindow(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
): WindowPlacement {
  const maximized = saved?.maximized ?? false;
  const wanted = {
    width: Math.max(saved?.width ?? DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width),
    height: Math.max(saved?.height ?? DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height),
  };
  const primary = workAreas[0];
  if (!primary) return { bounds: wanted, maximized };

  const home = saved ? displayShowing(saved, workAreas) : undefined;
  const area = home ?? primary;
  const width = Math.min(wanted.width, area.width);
  const height = Math.min(wanted.height, area.height);

  if (!home || !saved) {
    const x = area.x + Math.floor((area.width - width) / 2);
    const y = area.y + Math.floor((area.height - height) / 2);
    return { bounds: { x, y, width, height }, maximized };
  }
  return {
    bounds: {
      x: clamp(saved.x, area.x, area.x + area.width - width),
      y: clamp(saved.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized,
  };
}

/** The work area showing the largest, and a usable, part of the window. */
function displayShowing(window: Rect, workAreas: readonly Rect[]): Rect | undefined {
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlapWidth =
      Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
    const overlapHeight =
      Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
    if (overlapWidth < MIN_VISIBLE.width || overlapHeight < MIN_VISIBLE.height) continue;
    if (overlapWidth * overlapHeight > bestArea) {
      best = area;
      bestArea = overlapWidth * overlapHeight;
    }
  }
  return best;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

export interface WindowStateStore {
  /** The saved state, or undefined when there is none or it was unreadable. */
  load(): Promise<WindowState | undefined>;
  /** Queues a write; writes happen one after another, the last one wins. */
  save(state: WindowState): void;
  /** Resolves when every queued write has finished (failures are logged). */
  flush(): Promise<void>;
}

export function createWindowStateStore(file: string): WindowStateStore {
  let writes: Promise<void> = Promise.resolve();

  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        // No file yet is the normal first start; anything else is worth a line.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          log.warn(`Could not read ${file} (${describeError(error)}); using the default size.`);
        }
        return undefined;
      }
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return setAside(file, 'it is not valid JSON');
      }
      const parsed = WindowStateSchema.safeParse(data);
      if (!parsed.success) {
        return setAside(file, parsed.error.issues[0]?.message ?? 'unexpected contents');
      }
      return parsed.data;
    },

    save(state) {
      const text = `${JSON.stringify(state, null, 2)}\n`;
      writes = writes.then(() =>
        replaceFileDurably(file, text, log.warn).catch((error: unknown) =>
          log.warn(`Could not save the window state to ${file}: ${describeError(error)}`),
        ),
      );
    },

    flush() {
      return writes;
    },
  };
}

/** Keeps a damaged file for inspection and starts from the default size. */
async function setAside(file: string, reason: string): Promise<undefined> {
  const aside = `${file}.corrupt-${Date.now()}`;
  try {
    await rename(file, aside);
    log.warn(`${file} was damaged (${reason}); moved it to ${aside} and used the default size.`);
  } catch (error) {
    log.warn(
      `${file} was damaged (${reason}) and could not be moved aside (${describeError(error)}); ` +
        'used the default size.',
    );
  }
  return undefined;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Progress of a long content:build: on a terminal, one line redrawn in place
// with a bar, files done of total, rate and time left; anywhere else (CI
// logs, a pipe), plain lines at most every few seconds, so a log stays
// readable. Short builds print nothing: the bar waits a moment before it
// shows.
import type { BuildProgress } from '../main/content/compiler/compile';

/** A terminal the bar is drawn on (stderr when it is a TTY). */
export interface ProgressTerminal {
  columns: number;
  write: (text: string) => void;
}

export interface ProgressOptions {
  /** Plain lines go here when there is no terminal. */
  line: (text: string) => void;
  terminal?: ProgressTerminal;
  now?: () => number;
}

/** Nothing shows for a build shorter than this. */
export const PROGRESS_DELAY_MS = 1000;
/** How often a terminal's bar is redrawn. */
const REDRAW_MS = 100;
/** How often a plain line is printed without a terminal. */
export const PLAIN_INTERVAL_MS = 5000;

const CLEAR_LINE = '\r\x1b[2K';

/** "1 m 05 s", "42 s": how long is left, rounded so it does not flicker. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} m ${String(seconds % 60).padStart(2, '0')} s`;
}

function compileParts(done: number, total: number, elapsedMs: number): string[] {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [`${done}/${total} files`];
  if (done > 0) {
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s`);
    parts.push(`${formatDuration(((total - done) * elapsedMs) / done)} left`);
  }
  return parts;
}

/** The counts, rate and estimate after `elapsedMs`; no estimate before any file is done. */
export function describeCompile(done: number, total: number, elapsedMs: number): string {
  return compileParts(done, total, elapsedMs).join(' · ');
}

/**
 * One terminal line: a bar as wide as the room left beside the description;
 * in a narrow terminal the bar goes first, then the estimate, then the rate.
 */
export function formatBar(done: number, total: number, elapsedMs: number, columns: number): string {
  const parts = compileParts(done, total, elapsedMs);
  const text = parts.join(' · ');
  // Sized for the longest text this build can show, so the bar keeps its width.
  const widest = `${total}/${total} files · 9999 files/s · 99 m 59 s left`.length;
  const room = Math.min(40, columns - widest - 4);
  if (room >= 10) {
    const filled = total > 0 ? Math.round((done / total) * room) : 0;
    return `[${'#'.repeat(filled)}${'-'.repeat(room - filled)}] ${text}`;
  }
  while (parts.length > 1 && parts.join(' · ').length >= columns) parts.pop();
  return parts.join(' · ');
}

export interface ProgressPrinter {
  update: (progress: BuildProgress) => void;
  /** Clears the bar before the build's own lines (warnings, the summary) print. */
  finish: () => void;
}

export function progressPrinter({
  line,
  terminal,
  now = () => performance.now(),
}: ProgressOptions): ProgressPrinter {
  const started = now();
  let lastDrawn = -Infinity;
  let drawn = false;
  let phase: BuildProgress['phase'] | undefined;

  const draw = (text: string) => {
    if (terminal) {
      terminal.write(`${CLEAR_LINE}${text.slice(0, Math.max(0, terminal.columns - 1))}`);
      drawn = true;
    } else {
      line(text);
    }
  };

  return {
    update(progress) {
      const at = now();
      const elapsed = at - started;
      if (elapsed < PROGRESS_DELAY_MS) return;
      const phaseChanged = progress.phase !== phase;
      phase = progress.phase;
      if (progress.phase === 'compile') {
        const interval = terminal ? REDRAW_MS : PLAIN_INTERVAL_MS;
        const last = progress.done === progress.total;
        if (!phaseChanged && !last && at - lastDrawn < interval) return;
        draw(
          terminal
            ? formatBar(progress.done, progress.total, elapsed, terminal.columns)
            : `compiled ${describeCompile(progress.done, progress.total, elapsed)}`,
        );
      } else if (phaseChanged) {
        draw(
          progress.phase === 'index'
            ? `building the search index of ${progress.articles} articles`
            : `writing ${progress.articles} articles`,
        );
      }
      lastDrawn = at;
    },
    finish() {
      if (terminal && drawn) terminal.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

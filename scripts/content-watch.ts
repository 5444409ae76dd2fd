// `content:build --watch` after its first build: the watch loop (watch-loop.ts)
// around the CLI's own build, with what it prints and how it stops.
import path from 'node:path';
import { startWatchLoop } from './watch-loop';

export interface WatchControl {
  /** Calls `stop` when the run should end (Ctrl+C); returns what undoes that. */
  onStop(stop: () => void): () => void;
  /** The quiet time before a rebuild (watch-loop.ts's default otherwise). */
  debounceMs?: number;
}

export interface WatchAndRebuildOptions {
  dir: string;
  /** Builds and prints the result; a failed build is printed by it, not thrown. */
  rebuild: (changed: readonly string[]) => Promise<void>;
  output: { stdout: (line: string) => void; stderr: (line: string) => void };
  control: WatchControl;
}

/** Files named in a rebuild's line before the rest are counted. */
const NAMED_CHANGES = 3;

/** Watches until stopped; resolves to the exit code (0: stopped as asked, 1: cannot watch). */
export async function watchAndRebuild(options: WatchAndRebuildOptions): Promise<number> {
  const { output } = options;
  const say = (error: unknown) =>
    output.stderr(
      `content:build --watch: ${error instanceof Error ? error.message : String(error)}`,
    );
  let loop;
  try {
    loop = startWatchLoop({
      dir: options.dir,
      ...(options.control.debounceMs !== undefined && { debounceMs: options.control.debounceMs }),
      rebuild: options.rebuild,
      onError: say,
    });
  } catch (error) {
    say(`cannot watch ${path.resolve(options.dir)}: ${(error as Error).message}`);
    return 1;
  }
  output.stdout(`Watching ${path.resolve(options.dir)} for changes (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const undo = options.control.onStop(() => {
      undo();
      resolve();
    });
  });
  // The build in progress ends as a build does: whole, or leaving the last collection.
  if (loop.building)
    output.stdout('Stopping after the build in progress (Ctrl+C again to quit now)');
  await loop.close();
  output.stdout('Stopped watching');
  return 0;
}

/** "14:05:09 articles/tea.md changed", naming a few files and counting the rest. */
export function describeChanges(changed: readonly string[], now = new Date()): string {
  const time = now.toTimeString().slice(0, 8);
  const named = changed.slice(0, NAMED_CHANGES).join(', ');
  const more = changed.length - NAMED_CHANGES;
  return `${time} ${named}${more > 0 ? ` and ${more} more` : ''} changed`;
}

// The watch loop on a real folder: a burst of saves is one rebuild, a save
// during a rebuild is built once more after it (never two at once), and a
// rebuild that throws is reported while the loop keeps watching.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWatchLoop, type WatchLoop } from '../../../scripts/watch-loop';
import { makeTempDir } from '../../support/temp-dir';

const DEBOUNCE_MS = 150;

let dir: string;
let loop: WatchLoop | undefined;

beforeEach(async () => {
  dir = await makeTempDir('watch-loop-');
  await mkdir(path.join(dir, 'articles', 'deep'), { recursive: true });
});

afterEach(async () => {
  await loop?.close();
  loop = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** The loop over dir with the recorder as its rebuild; a rebuild error fails the test. */
function watchWith(recorder: ReturnType<typeof recordingRebuild>): WatchLoop {
  return startWatchLoop({
    dir,
    debounceMs: DEBOUNCE_MS,
    rebuild: recorder.rebuild,
    onError: (error) => {
      throw error;
    },
  });
}

/** A rebuild that records its batches and how many ran at once, finishing when told. */
function recordingRebuild() {
  const batches: string[][] = [];
  const finishers: Array<() => void> = [];
  let running = 0;
  let mostAtOnce = 0;
  let holding = false;
  const rebuild = async (changed: readonly string[]) => {
    batches.push([...changed]);
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    if (holding) await new Promise<void>((resolve) => finishers.push(resolve));
    running--;
  };
  return {
    rebuild,
    batches,
    mostAtOnce: () => mostAtOnce,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const finish of finishers.splice(0)) finish();
    },
  };
}

/** Recursive watching is set up folder by folder: give it a moment before the first write. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the watch loop', { timeout: 20_000 }, () => {
  it('gathers a burst of saves, in subfolders too, into one rebuild naming each file', async () => {
    const recorder = recordingRebuild();
    loop = startWatchLoop({
      dir,
      // Far longer than the pauses in the burst, even on a busy machine.
      debounceMs: DEBOUNCE_MS * 3,
      rebuild: recorder.rebuild,
      onError: (e) => {
        throw e;
      },
    });
    await settle();
    await writeFile(path.join(dir, 'articles', 'tea.md'), 'Tea');
    await quiet(40);
    await writeFile(path.join(dir, 'articles', 'deep', 'coffee.md'), 'Coffee');
    await quiet(40);
    await writeFile(path.join(dir, 'articles', 'tea.md'), 'Tea, again');
    await expect.poll(() => recorder.batches.length, { timeout: 5000 }).toBe(1);
    await quiet(DEBOUNCE_MS * 3);
    expect(recorder.batches).toEqual([['articles/deep/coffee.md', 'articles/tea.md']]);
  });

  it('builds once more after a rebuild for saves made during it, never two at once', async () => {
    const recorder = recordingRebuild();
    loop = watchWith(recorder);
    await settle();
    recorder.hold();
    await writeFile(path.join(dir, 'articles', 'tea.md'), 'Tea');
    await expect.poll(() => recorder.batches.length, { timeout: 5000 }).toBe(1);
    expect(loop.building).toBe(true);

    // Two saves, each well past the quiet time, while the first build still runs.
    await writeFile(path.join(dir, 'articles', 'coffee.md'), 'Coffee');
    await quiet(DEBOUNCE_MS * 2);
    await writeFile(path.join(dir, 'articles', 'cocoa.md'), 'Cocoa');
    await quiet(DEBOUNCE_MS * 2);
    expect(recorder.batches).toHaveLength(1);

    recorder.release();
    await expect.poll(() => recorder.batches.length, { timeout: 5000 }).toBe(2);
    await quiet(DEBOUNCE_MS * 3);
    expect(recorder.batches).toEqual([
      ['articles/tea.md'],
      ['articles/cocoa.md', 'articles/coffee.md'],
    ]);
    expect(recorder.mostAtOnce()).toBe(1);
  });

  it('reports a rebuild that throws and builds the next save all the same', async () => {
    const errors: unknown[] = [];
    const batches: string[][] = [];
    loop = startWatchLoop({
      dir,
      debounceMs: DEBOUNCE_MS,
      rebuild: async (changed) => {
        batches.push([...changed]);
        if (batches.length === 1) throw new Error('the disk is full');
      },
      onError: (error) => errors.push(error),
    });
    await settle();
    await writeFile(path.join(dir, 'articles', 'tea.md'), 'Tea');
    await expect.poll(() => errors.length, { timeout: 5000 }).toBe(1);
    expect(String(errors[0])).toContain('the disk is full');

    await writeFile(path.join(dir, 'articles', 'coffee.md'), 'Coffee');
    await expect.poll(() => batches.length, { timeout: 5000 }).toBe(2);
    expect(batches[1]).toEqual(['articles/coffee.md']);
  });

  it('builds nothing for hidden files and backups, which the compiler never reads', async () => {
    const recorder = recordingRebuild();
    loop = watchWith(recorder);
    await settle();
    await writeFile(path.join(dir, 'articles', '.tea.md.swp'), 'swap');
    await writeFile(path.join(dir, 'articles', 'tea.md~'), 'backup');
    await quiet(DEBOUNCE_MS * 4);
    expect(recorder.batches).toEqual([]);
    await writeFile(path.join(dir, 'articles', 'tea.md'), 'Tea');
    await expect.poll(() => recorder.batches, { timeout: 5000 }).toEqual([['articles/tea.md']]);
  });

  it('waits for the rebuild in progress when closed, and then builds nothing more', async () => {
    const recorder = recordingRebuild();
    loop = watchWith(recorder);
    await settle();
    recorder.hold();
    await writeFile(path.join(dir, 'articles', 'tea.md'), 'Tea');
    await expect.poll(() => recorder.batches.length, { timeout: 5000 }).toBe(1);
    await writeFile(path.join(dir, 'articles', 'coffee.md'), 'Coffee');
    let closed = false;
    const closing = loop.close().then(() => {
      closed = true;
    });
    await quiet(DEBOUNCE_MS * 2);
    expect(closed).toBe(false);
    recorder.release();
    await closing;
    await quiet(DEBOUNCE_MS * 2);
    expect(recorder.batches).toHaveLength(1);
  });
});

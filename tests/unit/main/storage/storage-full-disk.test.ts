// Settings and reading positions on a real small disk that fills up (a
// tmpfs; root only, as in CI; skipped with the reason elsewhere). A save that
// does not fit is refused as storage-failed and the file keeps what it held:
// before, a short write was renamed into place and every position was lost.
import { open as openFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderError } from '../../../../common/errors';
import { openReadingPositionsStore } from '../../../../main/storage/reading-positions-store';
import { mountSmallDisk, type SmallDisk } from '../../../support/small-disk';

const mounted: SmallDisk[] = [];
afterEach(async () => {
  for (const disk of mounted.splice(0)) await disk.unmount();
});

/** Fills the disk to the last byte with one file, then frees `free` bytes of it. */
async function fillLeaving(dir: string, free: number): Promise<void> {
  const filler = join(dir, 'filler');
  const handle = await openFile(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) {
      const { bytesWritten } = await handle.write(chunk);
      if (bytesWritten < chunk.length) break;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
  await truncate(filler, Math.max(0, (await stat(filler)).size - free));
}

const place = (n: number) => ({ blockId: `block-${n}`, offset: n, progress: 0.5 });

describe('reading positions on a full disk', () => {
  it('refuses the save that does not fit and keeps every saved place', async (context) => {
    const disk = await mountSmallDisk('256k');
    if ('reason' in disk) return context.skip(disk.reason);
    mounted.push(disk);
    const profile = disk.dir;
    let positions = openReadingPositionsStore(profile, () => undefined);
    // About 9 KB of places: more than the one page of room left below.
    for (let n = 0; n < 60; n++) {
      await positions.save(`a-rather-long-article-identifier-number-${n}`, place(n));
    }
    await fillLeaving(profile, 4096);

    const refused = positions.save('one-more-article', place(99));
    await expect(refused).rejects.toBeInstanceOf(ReaderError);
    await expect(refused).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/reading place could not be saved: the disk is full/),
    });

    // A restart reads every place saved before the disk filled up.
    positions = openReadingPositionsStore(profile, () => undefined);
    const all = await positions.getAll();
    expect(Object.keys(all)).toHaveLength(60);
    expect(all['a-rather-long-article-identifier-number-59']).toMatchObject(place(59));
    // And no half-written temp file is left taking the space.
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(profile)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

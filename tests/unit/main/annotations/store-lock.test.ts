// One writer per annotations folder: a second store is refused while the
// first is open (even in the same process), and a lock left by a process
// that is gone is taken over.
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_FILES, openAnnotationStore } from '../../../../main/annotations/store';
import { LOCK_FILE } from '../../../../main/annotations/store-lock';
import { makeAnnotation } from '../../../support/annotation-factory';
import { makeTempDir } from '../../../support/temp-dir';

const quiet = { log: () => undefined };
const tempDir = () => makeTempDir('annotations-lock-');

/** Every file in `dir` with its bytes, to show that nothing was written. */
async function contents(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = await readFile(join(dir, name), 'utf8');
  }
  return files;
}

/** The pid of a process that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('annotations store lock', () => {
  it('refuses a second store on the same folder while the first is open, and writes nothing', async () => {
    const dir = await tempDir();
    const first = await openAnnotationStore({ dir, ...quiet, compactAfter: () => 2 });
    await first.put([makeAnnotation('item-first')]);
    const before = await contents(dir);

    await expect(openAnnotationStore({ dir, ...quiet })).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(
        new RegExp(`another copy of the app \\(process ${process.pid}\\) is using ${dir}`),
      ),
    });
    expect(await contents(dir)).toEqual(before);

    // The first store is not disturbed, compactions included.
    await first.put([makeAnnotation('item-second')]);
    await first.put([makeAnnotation('item-third')]);
    await first.close();
    const next = await openAnnotationStore({ dir, ...quiet });
    expect(next.all().map((a) => a.id)).toEqual(['item-first', 'item-second', 'item-third']);
    await next.close();
  });

  it('refuses two stores opened at the same moment', async () => {
    const dir = await tempDir();
    const results = await Promise.allSettled([
      openAnnotationStore({ dir, ...quiet }),
      openAnnotationStore({ dir, ...quiet }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    for (const r of results) if (r.status === 'fulfilled') await r.value.close();
  });

  it('gives the lock up on close, so the next start opens the store', async () => {
    const dir = await tempDir();
    const first = await openAnnotationStore({ dir, ...quiet });
    expect(await readdir(dir)).toContain(LOCK_FILE);
    await first.close();
    expect(await readdir(dir)).not.toContain(LOCK_FILE);
    const second = await openAnnotationStore({ dir, ...quiet });
    await second.close();
  });

  it('takes over the lock of a process that is no longer running', async () => {
    const dir = await tempDir();
    const first = await openAnnotationStore({ dir, ...quiet });
    await first.put([makeAnnotation('item-kept1')]);
    await first.close();
    const pid = await deadPid();
    const stale = { pid, token: 'left-by-a-crash', startedAt: new Date().toISOString() };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(stale));

    const logged: string[] = [];
    const store = await openAnnotationStore({ dir, log: (m) => logged.push(m) });
    expect(store.all().map((a) => a.id)).toEqual(['item-kept1']);
    await store.put([makeAnnotation('item-kept2')]);
    expect(logged.join('\n')).toContain(`process ${pid}, which is no longer running`);
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid });
    await store.close();
  });

  it('takes over a lock whose writer stopped before filling it in', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, LOCK_FILE), '');
    const store = await openAnnotationStore({ dir, ...quiet });
    await store.put([makeAnnotation('item-kept1')]);
    await store.close();
  });

  it('respects the lock of a running process', async () => {
    const dir = await tempDir();
    // Process 1 always runs; the lock was taken after this boot.
    const held = { pid: 1, token: 'another-copy', startedAt: new Date().toISOString() };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(held));
    await expect(openAnnotationStore({ dir, ...quiet })).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringContaining(`delete ${join(dir, LOCK_FILE)}`),
    });
    expect(await readdir(dir)).toEqual([LOCK_FILE]);
  });

  it('a store that cannot open says why and leaves no lock behind', async () => {
    const dir = await tempDir();
    const journal = join(dir, STORE_FILES.journal);
    await mkdir(journal);
    await expect(openAnnotationStore({ dir, ...quiet })).rejects.toMatchObject({
      code: 'storage-failed',
      message: `Highlights cannot be saved: ${journal} is a folder where a file should be.`,
    });
    expect(await readdir(dir)).toEqual([STORE_FILES.journal]);
  });
});

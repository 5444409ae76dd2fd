// The store on a real 2 MB disk that fills up (a tmpfs; root only, as in CI).
// Where mounting is not permitted the test reports itself skipped with the
// reason; annotations-store-faults.test.ts covers the same with injected faults.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  STORE_FILES,
  openAnnotationStore,
  type AnnotationStoreOptions,
} from '../../../../main/annotations/store';
import { makeAnnotation } from '../../../support/annotation-factory';
import { mountSmallDisk, type SmallDisk } from '../../../support/small-disk';

const quiet = { log: () => undefined };
const mounted: SmallDisk[] = [];
const stores: Array<{ close(): Promise<void> }> = [];
async function open(options: AnnotationStoreOptions) {
  const store = await openAnnotationStore(options);
  stores.push(store);
  return store;
}
afterEach(async () => {
  // A store still open keeps the disk busy.
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const disk of mounted.splice(0)) await disk.unmount();
});

describe('annotations store on a full disk', () => {
  it('refuses the change that does not fit, keeps every acknowledged one, and works again once space is freed', async (context) => {
    const disk = await mountSmallDisk('2m');
    if ('reason' in disk) return context.skip(disk.reason);
    mounted.push(disk);
    const dir = join(disk.dir, 'annotations');
    // Something else on the disk, for the reader to delete later.
    const other = join(disk.dir, 'other-file');
    await writeFile(other, Buffer.alloc(256 * 1024));

    let store = await open({ dir, ...quiet });
    const acknowledged: string[] = [];
    let refusal: unknown;
    for (let i = 0; i < 5000 && refusal === undefined; i++) {
      const id = `item-${String(i).padStart(5, '0')}`;
      try {
        await store.put([makeAnnotation(id, { note: `${i} `.padEnd(1024, 'x') })]);
        acknowledged.push(id);
      } catch (error) {
        refusal = error;
      }
    }
    expect(refusal).toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/the disk is full/),
    });
    expect(acknowledged.length).toBeGreaterThan(100);
    expect(store.all().map((a) => a.id)).toEqual(acknowledged);
    const journal = await readFile(join(dir, STORE_FILES.journal), 'utf8');
    expect(journal === '' || journal.endsWith('\n'), 'no torn line is left behind').toBe(true);

    // A restart on the still full disk: every acknowledged highlight is there.
    await store.close();
    store = await open({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(acknowledged);
    expect(store.recovery).toBeUndefined();

    await rm(other); // the reader frees some space
    await store.put([makeAnnotation('item-freed', { note: 'after freeing space' })]);
    acknowledged.push('item-freed');
    await store.close();

    store = await open({ dir, ...quiet });
    expect(store.recovery).toBeUndefined();
    expect(store.all().map((a) => a.id)).toEqual(acknowledged);
    await store.close();
  });
});

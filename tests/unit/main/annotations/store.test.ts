import { appendFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, STORE_FORMAT } from '../../../../main/annotations/schema';
import { STORE_FILES, openAnnotationStore } from '../../../../main/annotations/store';
import { makeAnnotation } from '../../../support/annotation-factory';
import { makeTempDir } from '../../../support/temp-dir';

const quiet = { log: () => undefined };
const tempDir = () => makeTempDir('annotations-store-');

describe('annotations store', () => {
  it('keeps puts and deletes across reopening, through compactions', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet, compactAfter: () => 3 });
    for (let i = 0; i < 10; i++)
      await store.put([makeAnnotation(`item-000${i}`, { note: `n${i}` })]);
    await store.delete(['item-0003', 'item-0007']);
    await store.put([makeAnnotation('item-0001', { color: 'blue' })]);
    await store.close();

    store = await openAnnotationStore({ dir, ...quiet });
    const ids = store.all().map((a) => a.id);
    expect(ids).toHaveLength(8);
    expect(ids).not.toContain('item-0003');
    expect(store.get('item-0001')?.color).toBe('blue');
    expect(store.get('item-0009')?.note).toBe('n9');
    expect(store.recovery).toBeUndefined();
    await store.close();
  });

  it('drops a torn last journal line (a write that was never acknowledged) and keeps the rest', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet });
    await store.put([makeAnnotation('item-keep')]);
    await store.close();
    await appendFile(join(dir, STORE_FILES.journal), '{"v":2,"op":"put","items":[{"id":"item-to');

    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(['item-keep']);
    expect(store.recovery).toBeUndefined();
    // The torn tail is gone, so the next append starts on a clean line.
    await store.put([makeAnnotation('item-next')]);
    await store.close();
    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(['item-keep', 'item-next']);
    await store.close();
  });

  it('moves an unreadable store aside, uses the last good backup and says so', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet, compactAfter: () => 1 });
    await store.put([makeAnnotation('item-first')]); // compaction: backup written
    await store.put([makeAnnotation('item-second')]); // compaction: backup has item-first
    await store.close();
    await writeFile(join(dir, STORE_FILES.snapshot), '{"format": "offline-reader-annot');

    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.recovery?.restoredFromBackup).toBe(true);
    expect(store.recovery?.message).toMatch(/could not be read/);
    expect(store.all().map((a) => a.id)).toContain('item-first');
    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith(`${STORE_FILES.snapshot}.unreadable-`));
    expect(aside).toBeDefined();
    // Nothing is deleted: the damaged bytes are still there for the reader.
    expect(await readFile(join(dir, aside!), 'utf8')).toBe('{"format": "offline-reader-annot');
    await store.close();
  });

  it('keeps a store written by a newer app aside instead of guessing at it', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({
      format: STORE_FORMAT,
      schemaVersion: 99,
      savedAt: '',
      items: [],
    });
    await writeFile(join(dir, STORE_FILES.snapshot), newer);
    const store = await openAnnotationStore({ dir, ...quiet });
    expect(store.recovery?.message).toMatch(/newer version of the app/);
    expect(store.all()).toEqual([]);
    await store.close();
  });

  it('migrates a version 1 store (highlights only, nullable notes) and rewrites it as current', async () => {
    const dir = await tempDir();
    const { kind: _kind, tags: _tags, ...v1 } = makeAnnotation('item-old01');
    const v1Snapshot = {
      format: STORE_FORMAT,
      schemaVersion: 1,
      savedAt: '2025-01-01T00:00:00.000Z',
      items: [
        { ...v1, note: null },
        { ...v1, id: 'item-old02', note: 'kept' },
      ],
    };
    await writeFile(join(dir, STORE_FILES.snapshot), JSON.stringify(v1Snapshot));
    const store = await openAnnotationStore({ dir, ...quiet });
    expect(store.recovery).toBeUndefined();
    expect(store.get('item-old01')).toMatchObject({ kind: 'highlight', tags: [], note: '' });
    expect(store.get('item-old02')?.note).toBe('kept');
    await store.close();
    const onDisk = JSON.parse(await readFile(join(dir, STORE_FILES.snapshot), 'utf8'));
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // The version 1 file is kept as the backup.
    const backup = JSON.parse(await readFile(join(dir, STORE_FILES.backup), 'utf8'));
    expect(backup.schemaVersion).toBe(1);
  });

  it.each([
    ['garbage', 'garbage'],
    ['valid JSON that is not a valid change', '{"v":2,"op":"put","items":[{"id":"item-x"}]}'],
    ['a change from a newer app', '{"v":99,"op":"delete","ids":["item-snap1"]}'],
  ])(
    'skips a damaged middle journal line (%s) alone, keeps every other change, and keeps a copy',
    async (_name, damage) => {
      const dir = await tempDir();
      let store = await openAnnotationStore({ dir, ...quiet, compactAfter: () => 1 });
      await store.put([makeAnnotation('item-snap1')]);
      await store.close();
      store = await openAnnotationStore({ dir, ...quiet });
      const ids = Array.from({ length: 10 }, (_, i) => `item-jour${i}`);
      for (const id of ids) await store.put([makeAnnotation(id)]);
      await store.close();
      const journal = join(dir, STORE_FILES.journal);
      const lines = (await readFile(journal, 'utf8')).split('\n');
      lines[4] = damage; // the fifth change
      const damaged = lines.join('\n');
      await writeFile(journal, damaged);

      store = await openAnnotationStore({ dir, ...quiet });
      const kept = ['item-snap1', ...ids.filter((id) => id !== 'item-jour4')];
      expect(store.all().map((a) => a.id)).toEqual(kept);
      expect(store.recovery?.unreadableChanges).toBe(1);
      expect(store.recovery?.message).toMatch(
        /One recent highlight change could not be read \(line 5/,
      );
      const copy = store.recovery!.movedAsideTo;
      expect(copy).toContain(`${STORE_FILES.journal}.unreadable-`);
      expect(store.recovery?.message).toContain(copy);
      expect(await readFile(copy, 'utf8'), 'the damaged journal is kept as it was').toBe(damaged);
      await store.close();

      // The good changes survive the rewrite; the damage is reported once.
      store = await openAnnotationStore({ dir, ...quiet });
      expect(store.all().map((a) => a.id)).toEqual(kept);
      expect(store.recovery).toBeUndefined();
      await store.close();
    },
  );

  it('removes the temp file of a compaction that was killed, and nothing else', async () => {
    const dir = await tempDir();
    let store = await openAnnotationStore({ dir, ...quiet, compactAfter: () => 1 });
    await store.put([makeAnnotation('item-first')]);
    await store.close();
    const leftover = `${STORE_FILES.snapshot}.0123456789ab.tmp`;
    await writeFile(join(dir, leftover), '{"format": "offline-reader-annot');
    await writeFile(join(dir, 'notes.tmp'), 'not ours');

    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(['item-first']);
    const files = await readdir(dir);
    expect(files).not.toContain(leftover);
    expect(files).toContain('notes.tmp');
    await store.close();
  });

  it('reports a change as saved when only the compaction after it failed', async () => {
    const dir = await tempDir();
    const logged: string[] = [];
    let store = await openAnnotationStore({
      dir,
      log: (m) => logged.push(m),
      compactAfter: () => 1,
    });
    await store.put([makeAnnotation('item-first')]); // writes the first snapshot
    // The backup's place is taken, so the next compaction cannot move the snapshot there.
    await mkdir(join(dir, STORE_FILES.backup));
    await expect(store.put([makeAnnotation('item-second')])).resolves.toBeUndefined();
    expect(logged.join('\n')).toMatch(/Compacting the annotations store failed/);
    await store.close();

    store = await openAnnotationStore({ dir, ...quiet });
    expect(store.all().map((a) => a.id)).toEqual(['item-first', 'item-second']);
    await store.close();
  });

  it('refuses to write an annotation it could not read back, and writes nothing', async () => {
    const dir = await tempDir();
    const store = await openAnnotationStore({ dir, ...quiet });
    const broken = { ...makeAnnotation('item-bad01'), tags: [''] };
    const refused = store.put([makeAnnotation('item-good1'), broken]);
    await expect(refused).rejects.toThrow(/tag/);
    // The caller's mistake, told as one (never an 'internal' error over IPC).
    await expect(refused).rejects.toMatchObject({ name: 'ReaderError', code: 'invalid-argument' });
    expect(store.all()).toEqual([]);
    await store.close();
    const reopened = await openAnnotationStore({ dir, ...quiet });
    expect(reopened.all()).toEqual([]);
    expect(reopened.recovery).toBeUndefined();
    await reopened.close();
  });
});

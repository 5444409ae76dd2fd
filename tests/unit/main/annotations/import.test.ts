// Importing a notebook file must never lose a reader's note: dates compare as
// instants, one bad item does not sink the file, an id cannot move a
// highlight to another article, a long article does not freeze the app, and
// an exported notebook always imports back.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, type Annotation } from '../../../../common/annotations';
import type { Article } from '../../../../common/model';
import { ANNOTATION_ID_PREFIX, toWebAnnotation } from '../../../../common/notebook-export';
import { openCollection } from '../../../../main/content/collection';
import { accountedChars } from '../../../../main/annotations/notebook-limit';
import { createAnnotationService } from '../../../../main/annotations/service';
import { openAnnotationStore, type AnnotationStore } from '../../../../main/annotations/store';
import { article, writeCollection } from '../../../support/collection-fixture';
import { makeTempDir } from '../../../support/temp-dir';

const para = (id: string, text: string) => ({ id, kind: 'paragraph' as const, text });
const ALLIANCE = article('alliance', 'A Dangerous Alliance', [
  para('p1', 'Troops stationed in the Kursk region were seen moving north at dawn.'),
  para('p2', 'A defense treaty was signed between the two governments last summer.'),
]);
const OTHER = article('other', 'Another Article', [
  para('o1', 'A defense treaty is mentioned here as well, in passing.'),
]);

const stores: AnnotationStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

/** The annotation service over real files, with a clock the test sets. */
async function start(
  options: {
    articles?: Article[];
    contentDir?: string;
    clock?: { now: string };
    maxImportChars?: number;
  } = {},
) {
  const store = await openAnnotationStore({
    dir: await makeTempDir('reader-import-'),
    log: () => undefined,
  });
  stores.push(store);
  const contentDir =
    options.contentDir ??
    (await writeCollection(options.articles ?? [ALLIANCE, OTHER], { withIndex: false }));
  const clock = options.clock;
  return createAnnotationService({
    store,
    collection: openCollection(contentDir),
    log: () => undefined,
    ...(clock && { now: () => clock.now }),
    ...(options.maxImportChars !== undefined && { maxImportChars: options.maxImportChars }),
  });
}

const SOURCE = 'app://reader/index.html#/article/alliance';

/** A Web Annotation of "defense treaty" in the alliance article. */
function item(fields: { id?: string; modified?: string; note?: string; source?: string } = {}) {
  return {
    id: fields.id ?? 'urn:example:one',
    type: 'Annotation',
    ...(fields.modified !== undefined && { modified: fields.modified }),
    body: { type: 'TextualBody', value: fields.note ?? 'from the file' },
    target: {
      source: fields.source ?? SOURCE,
      selector: { type: 'TextQuoteSelector', exact: 'defense treaty' },
    },
  };
}

/** The file's version of a local annotation: same id, another note, a given date. */
function editOf(local: Annotation, modified: string, note = 'older note from the file') {
  const exported = toWebAnnotation(local);
  return {
    ...exported,
    modified,
    body: [{ type: 'TextualBody', value: note, purpose: 'commenting' }],
  };
}

describe('import compares dates as instants', () => {
  const clock = { now: '2026-03-01T10:10:29.500Z' };

  async function withLocalEdit() {
    const service = await start({ clock });
    const local = await service.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
      note: 'my newer note',
    });
    return { service, local };
  }

  it('keeps a newer local edit against an older date written with another zone', async () => {
    const { service, local } = await withLocalEdit();
    // 09:10:29Z: an hour before the local edit, though it sorts after it as text.
    const summary = await service.import(
      JSON.stringify([editOf(local, '2026-03-01T11:10:29+02:00')]),
    );
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 1 });
    expect(summary.problems).toEqual([
      'Annotation 1: your copy was changed more recently and is kept.',
    ]);
    expect((await service.list('alliance'))[0]?.note).toBe('my newer note');
  });

  it('keeps a newer local edit against the same second without milliseconds', async () => {
    const { service, local } = await withLocalEdit();
    const summary = await service.import(JSON.stringify([editOf(local, '2026-03-01T10:10:29Z')]));
    expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 1 });
    expect((await service.list('alliance'))[0]?.note).toBe('my newer note');
  });

  it('takes a truly newer edit from the file, stored as a UTC instant with milliseconds', async () => {
    const { service, local } = await withLocalEdit();
    clock.now = '2026-03-01T12:00:00.000Z';
    const summary = await service.import(
      JSON.stringify([editOf(local, '2026-03-01T12:40:00+02:00', 'newer from the file')]),
    );
    expect(summary).toMatchObject({ added: 0, updated: 1, skipped: 0 });
    const [updated] = await service.list('alliance');
    expect(updated).toMatchObject({
      note: 'newer from the file',
      updatedAt: '2026-03-01T10:40:00.000Z',
    });
    clock.now = '2026-03-01T10:10:29.500Z';
  });

  it('never lets a date in the future beat a local copy, then or after a later local edit', async () => {
    const service = await start({ clock });
    clock.now = '2026-03-01T10:00:00.000Z';
    const file = JSON.stringify([item({ modified: '2999-01-01T00:00:00Z', note: 'v1' })]);
    // Nothing local yet: it is imported, dated now rather than in 2999.
    expect(await service.import(file)).toMatchObject({ added: 1 });
    const [imported] = await service.list('alliance');
    expect(imported?.updatedAt).toBe('2026-03-01T10:00:00.000Z');

    clock.now = '2026-03-01T11:00:00.000Z';
    await service.update(imported!.id, { note: 'edited here afterwards' });
    clock.now = '2026-03-01T12:00:00.000Z';
    const again = await service.import(file);
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 1 });
    expect(again.problems[0]).toMatch(/dated in the future/);
    expect((await service.list('alliance'))[0]?.note).toBe('edited here afterwards');
    clock.now = '2026-03-01T10:10:29.500Z';
  });

  it('skips an item whose date cannot be read, saying why, and imports the rest', async () => {
    const service = await start({ clock });
    const summary = await service.import(
      JSON.stringify([
        item({ id: 'urn:example:bad', modified: 'last Tuesday' }),
        item({ id: 'urn:example:feb30', modified: '2026-02-30T00:00:00Z' }),
        item({ id: 'urn:example:good', modified: '2026-01-01T00:00:00Z' }),
      ]),
    );
    expect(summary).toMatchObject({ added: 1, skipped: 2 });
    expect(summary.problems).toEqual([
      'Annotation 1: its modified date "last Tuesday" is not an ISO 8601 date and time.',
      'Annotation 2: its modified date "2026-02-30T00:00:00Z" is not an ISO 8601 date and time.',
    ]);
  });
});

describe('one bad item does not sink the file', () => {
  it('skips a target with a malformed %-escape and imports the rest', async () => {
    const service = await start();
    const summary = await service.import(
      JSON.stringify([
        item({ id: 'urn:example:broken', source: 'app://reader/index.html#/article/%E0%A4%A' }),
        item({ id: 'urn:example:fine' }),
      ]),
    );
    expect(summary).toMatchObject({ added: 1, skipped: 1 });
    expect(summary.problems[0]).toMatch(/^Annotation 1: .*malformed %-escape/);
    expect((await service.list()).map((a) => a.note)).toEqual(['from the file']);
  });
});

describe('an id never moves a highlight to another article', () => {
  it('keeps the local highlight in place and imports the file item beside it as another one', async () => {
    const service = await start();
    const local = await service.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
      note: 'my note in the alliance article',
    });
    const file = JSON.stringify([
      item({
        id: `${ANNOTATION_ID_PREFIX}${local.id}`,
        source: 'app://reader/index.html#/article/other',
        modified: '2999-01-01T00:00:00Z',
        note: 'a note about the other article',
      }),
    ]);
    expect(await service.import(file)).toMatchObject({ added: 1, updated: 0, skipped: 0 });
    const all = await service.list();
    expect(all.find((a) => a.id === local.id)).toEqual(local);
    const beside = all.find((a) => a.id !== local.id);
    expect(beside).toMatchObject({
      articleId: 'other',
      note: 'a note about the other article',
      anchor: { startBlockId: 'o1' },
    });
    // The same file again finds the one it made.
    expect(await service.import(file)).toMatchObject({ added: 0, updated: 0, skipped: 1 });
    expect(await service.list()).toHaveLength(2);
  });
});

describe('importing into a long article', () => {
  it('places 100 one-letter quotes in a 4.9 MB article in seconds, letting other work run meanwhile', async () => {
    const sentence = 'The reader keeps every note where she left it, safe and sound. ';
    const paragraphs = Array.from({ length: 9600 }, (_, i) => `${i}: ${sentence.repeat(8)}`);
    const long = article('long', 'A Long Article', paragraphs);
    expect(paragraphs.join('\n\n').length).toBeGreaterThan(4_900_000);
    const service = await start({ articles: [long] });
    const items = Array.from({ length: 100 }, (_, i) => ({
      ...item({ id: `urn:example:e${i}`, source: 'app://reader/index.html#/article/long' }),
      target: {
        source: 'app://reader/index.html#/article/long',
        // Context that fits only on one side, as after an edit: tens of thousands of candidates.
        selector: {
          type: 'TextQuoteSelector',
          exact: 'e',
          prefix: `edited ${i}, th`,
          suffix: ' reader',
        },
      },
    }));
    await service.list('long');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const started = performance.now();
    const summary = await service.import(JSON.stringify(items));
    const took = performance.now() - started;
    clearInterval(timer);
    expect(summary).toMatchObject({ added: 100, skipped: 0 });
    // It took 45 s, with the main process blocked throughout; now it yields between items.
    expect(took).toBeLessThan(10_000);
    expect(ticks).toBeGreaterThanOrEqual(50);
  }, 60_000);
});

describe('an exported notebook imports back', () => {
  const highlight = (i: number) => ({
    articleId: 'alliance',
    range: {
      startBlockId: 'p1',
      startOffset: i % 20,
      endBlockId: 'p2',
      endOffset: 16 + (i % 30),
    },
    note: `Note number ${i}: why this passage matters to me.`,
    tags: ['reading'],
  });

  it('refuses a highlight once the notebook is full, and the full export imports back whole', async () => {
    const limit = 60_000;
    const contentDir = await writeCollection([ALLIANCE, OTHER], { withIndex: false });
    const source = await start({ contentDir, maxImportChars: limit });
    let made = 0;
    let refusal: unknown;
    for (; made < 1000; made++) {
      try {
        await source.createHighlight(highlight(made));
      } catch (error) {
        refusal = error;
        break;
      }
    }
    expect(made).toBeGreaterThan(10);
    expect(refusal).toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(
        /^createHighlight: the notebook is full\. .*60,000 characters/,
      ),
    });
    // Shortening a note still works in a full notebook.
    const [first] = await source.list('alliance');
    await source.update(first!.id, { note: 'short' });

    const exported = await source.export('web-annotation');
    expect(exported.content.length).toBeLessThanOrEqual(limit);
    const target = await start({ contentDir, maxImportChars: limit });
    expect(await target.import(exported.content)).toEqual({
      added: made,
      updated: 0,
      skipped: 0,
      problems: [],
    });
    const byId = (list: Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await target.list())).toEqual(byId(await source.list()));
  });

  it('refuses a file over the limit with a clear message and changes nothing', async () => {
    const service = await start({ maxImportChars: 1000 });
    await expect(
      service.import(JSON.stringify([item({ note: 'x'.repeat(1000) })])),
    ).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringMatching(/at most 1,000 can be imported at once/),
    });
    expect(await service.list()).toEqual([]);
  });

  it('holds tens of thousands of typical highlights within the real import limit', async () => {
    const service = await start();
    const made = await service.createHighlight(highlight(7));
    // What one highlight with a note and a tag takes, with room for re-anchoring.
    const chars = accountedChars(made);
    expect(chars).toBeLessThan(2000);
    expect(Math.floor(MAX_IMPORT_CHARS / chars)).toBeGreaterThan(25_000);
    const exported = await service.export('web-annotation');
    expect(exported.content.length).toBeLessThan(chars);
  });
});

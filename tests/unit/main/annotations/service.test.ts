// The annotation API as the renderer calls it, against real files: creating,
// relaunching, re-anchoring after the publisher changed an article, and the
// export/import round trip.
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../common/annotations';
import { ReaderError } from '../../../../common/errors';
import type { Article } from '../../../../common/model';
import { createReaderServices, type ReaderServices } from '../../../../main/services';
import { article, writeCollection } from '../../../support/collection-fixture';
import { makeTempDir } from '../../../support/temp-dir';

const P1 = 'Troops stationed in the Kursk region were seen moving north at dawn.';
const P2 = 'A defense treaty was signed between the two governments last summer.';
const P3 = 'Observers expect further deployments before the winter sets in.';

const para = (id: string, text: string) => ({ id, kind: 'paragraph' as const, text });
const ALLIANCE = article(
  'alliance',
  'A Dangerous Alliance',
  [para('p1', P1), para('p2', P2), para('p3', P3)],
  {
    source: 'The Daily Example',
  },
);

const open: ReaderServices[] = [];
async function start(articles: Article[], userDataDir: string) {
  const services = await createReaderServices({
    contentDir: await writeCollection(articles, { withIndex: false }),
    userDataDir,
    log: () => undefined,
  });
  open.push(services);
  return services.api;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
const userDir = () => makeTempDir('reader-annotations-');

describe('highlights through the API', () => {
  it('creates a highlight with a note across two paragraphs and finds it after a relaunch', async () => {
    const dir = await userDir();
    let api = await start([ALLIANCE], dir);
    const created = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p1', startOffset: 47, endBlockId: 'p2', endOffset: 16 },
      color: 'green',
      note: 'Two lines\nof note',
      tags: ['troops', 'troops', ' treaty '],
    });
    expect(created.anchor.quote.exact).toBe('moving north at dawn.\n\nA defense treaty');
    expect(created.tags).toEqual(['troops', 'treaty']);
    await open.pop()!.close();

    api = await start([ALLIANCE], dir);
    const [found] = await api.listAnnotations('alliance');
    expect(found).toEqual(created);
    expect(found?.anchoring).toBeUndefined();
  });

  it('refuses a range outside the article and stores nothing', async () => {
    const api = await start([ALLIANCE], await userDir());
    await expect(
      api.createHighlight({
        articleId: 'alliance',
        range: { startBlockId: 'p1', startOffset: 0, endBlockId: 'p1', endOffset: 999 },
      }),
    ).rejects.toThrow(ReaderError);
    expect(await api.listAllAnnotations()).toEqual([]);
  });

  it('recolours, notes, tags, deletes and restores (Undo)', async () => {
    const api = await start([ALLIANCE], await userDir());
    const h = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
    });
    const changed = await api.updateAnnotation(h.id, {
      color: 'contrast',
      note: 'why',
      tags: ['x'],
    });
    expect(changed).toMatchObject({ color: 'contrast', note: 'why', tags: ['x'] });
    const removed = await api.deleteAnnotation(h.id);
    expect(await api.listAnnotations('alliance')).toEqual([]);
    await api.restoreAnnotation(removed);
    expect(await api.listAnnotations('alliance')).toEqual([changed]);
    await expect(api.deleteAnnotation('no-such-annotation')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('keeps both of two edits sent at once', async () => {
    const api = await start([ALLIANCE], await userDir());
    const h = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
    });
    await Promise.all([
      api.updateAnnotation(h.id, { note: 'a note' }),
      api.updateAnnotation(h.id, { tags: ['a-tag'] }),
    ]);
    const [both] = await api.listAnnotations('alliance');
    expect(both).toMatchObject({ note: 'a note', tags: ['a-tag'] });
  });

  it('bookmarks a whole block', async () => {
    const api = await start([ALLIANCE], await userDir());
    const b = await api.createBookmark({ articleId: 'alliance', blockId: 'p3' });
    expect(b.kind).toBe('bookmark');
    expect(b.anchor).toMatchObject({
      startBlockId: 'p3',
      startOffset: 0,
      endBlockId: 'p3',
      endOffset: P3.length,
    });
  });
});

describe('Undo puts back only what could have been deleted', () => {
  const OTHER = article('other', 'Another Article', [para('o1', P2)]);

  /** A deleted highlight, and the API with nothing else stored. */
  async function deleted() {
    const api = await start([ALLIANCE, OTHER], await userDir());
    const h = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
      note: 'my note',
    });
    return { api, removed: await api.deleteAnnotation(h.id) };
  }

  async function expectRefused(
    api: Awaited<ReturnType<typeof start>>,
    annotation: Annotation,
    message: string | RegExp,
  ) {
    await expect(api.restoreAnnotation(annotation)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: typeof message === 'string' ? `restoreAnnotation: ${message}` : message,
    });
  }

  it('refuses an annotation that is still in the notebook, and changes nothing', async () => {
    const { api, removed } = await deleted();
    await api.restoreAnnotation(removed);
    const edited = await api.updateAnnotation(removed.id, { note: 'edited after Undo' });
    await expectRefused(
      api,
      removed,
      `"${removed.id}" is in the notebook; only a deleted highlight or bookmark can be put back.`,
    );
    expect(await api.listAllAnnotations()).toEqual([edited]);
  });

  it('refuses to put a deleted highlight back into another article', async () => {
    const { api, removed } = await deleted();
    await expectRefused(
      api,
      { ...removed, articleId: 'other', articleTitle: 'Another Article' },
      'its place was recorded in other text than article "other" has now (another article, or another version of this one).',
    );
    await expectRefused(
      api,
      { ...removed, articleId: 'gone' },
      'article "gone" is not in the collection.',
    );
    expect(await api.listAllAnnotations()).toEqual([]);
  });

  it('refuses a block the article does not have, or a range that runs backwards', async () => {
    const { api, removed } = await deleted();
    await expectRefused(
      api,
      { ...removed, anchor: { ...removed.anchor, endBlockId: 'p9' } },
      'article "alliance" has no block "p9".',
    );
    await expectRefused(
      api,
      { ...removed, anchor: { ...removed.anchor, startOffset: 16, endOffset: 2 } },
      'its range (p2:16 to p2:2) is empty, reversed or outside its blocks.',
    );
    await expectRefused(
      api,
      {
        ...removed,
        anchor: { ...removed.anchor, quote: { ...removed.anchor.quote, exact: 'made up' } },
      },
      'its quote is not the text of article "alliance" at its range.',
    );
    expect(await api.listAllAnnotations()).toEqual([]);
  });

  it('refuses a date that is not an ISO instant, and a title of a megabyte', async () => {
    const { api, removed } = await deleted();
    await expectRefused(
      api,
      { ...removed, updatedAt: 'yesterday' },
      'updatedAt "yesterday" is not an ISO 8601 date and time with its zone.',
    );
    await expectRefused(
      api,
      { ...removed, createdAt: '2999-01-01T00:00:00.000Z' },
      'createdAt 2999-01-01T00:00:00.000Z is in the future.',
    );
    await expectRefused(
      api,
      { ...removed, articleTitle: 'x'.repeat(1_000_000) },
      'the article title has 1,000,000 characters; at most 1,000 are kept.',
    );
    expect(await api.listAllAnnotations()).toEqual([]);
    // What was deleted still goes back as it was.
    expect(await api.restoreAnnotation(removed)).toEqual(removed);
    expect(await api.listAllAnnotations()).toEqual([removed]);
  });
});

describe('re-anchoring when the publisher changes an article', () => {
  it('moves a highlight with its text, and keeps one whose text is gone as unanchored', async () => {
    const dir = await userDir();
    let api = await start([ALLIANCE], dir);
    const moving = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
    });
    const doomed = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p3', startOffset: 0, endBlockId: 'p3', endOffset: 40 },
    });
    await open.pop()!.close();

    const changed = article('alliance', 'A Dangerous Alliance', [
      para('p0', 'An editor added this opening paragraph.'),
      para('p1', P1),
      para('p2b', `Reportedly, ${P2}`),
      para('p3b', 'Nothing of the old closing paragraph remains here at all.'),
    ]);
    api = await start([changed], dir);
    const listed = await api.listAnnotations('alliance');
    const moved = listed.find((a) => a.id === moving.id)!;
    expect(moved.anchoring?.method).toBe('exact-nearby');
    expect(moved.anchor).toMatchObject({ startBlockId: 'p2b', startOffset: 14, endOffset: 28 });
    expect(moved.anchor.contentHash).toBe(changed.contentHash);
    const orphan = listed.find((a) => a.id === doomed.id)!;
    expect(orphan.anchoring?.method).toBe('orphan');
    expect(orphan.anchor.quote.exact).toBe(doomed.anchor.quote.exact);
  });

  it('keeps a note edited while the changed article is being re-anchored', async () => {
    const dir = await userDir();
    let api = await start([ALLIANCE], dir);
    const h = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
    });
    await open.pop()!.close();
    const changed = article('alliance', 'A Dangerous Alliance', [
      para('p1', P1),
      para('p2b', `Reportedly, ${P2}`),
    ]);
    api = await start([changed], dir);
    // The edit arrives while the list call is still placing the highlight.
    const [, edited] = await Promise.all([
      api.listAnnotations('alliance'),
      api.updateAnnotation(h.id, { note: 'written meanwhile' }),
    ]);
    expect(edited.note).toBe('written meanwhile');
    await open.pop()!.close();
    api = await start([changed], dir);
    const [kept] = await api.listAnnotations('alliance');
    expect(kept).toMatchObject({
      note: 'written meanwhile',
      anchoring: { method: 'exact-nearby' },
    });
    expect(kept?.anchor.startBlockId).toBe('p2b');
  });

  it("shows a changed article's highlights in their new place even when the store cannot be written", async () => {
    const dir = await userDir();
    let api = await start([ALLIANCE], dir);
    const h = await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
    });
    await open.pop()!.close();
    const changed = article('alliance', 'A Dangerous Alliance', [
      para('p0', 'An editor added this opening paragraph.'),
      para('p2b', `Reportedly, ${P2}`),
    ]);
    // Another copy holds the profile: this one may read, not write.
    await start([changed], dir);
    api = await start([changed], dir);
    expect((await api.getAnnotationsStatus()).unavailable).toBeDefined();
    const [placed] = await api.listAnnotations('alliance');
    expect(placed).toMatchObject({ id: h.id, anchoring: { method: 'exact-nearby' } });
    expect(placed?.anchor.startBlockId).toBe('p2b');
    expect((await api.listAllAnnotations())[0]?.anchor.startBlockId).toBe('p2b');
  });

  it('keeps the highlights of an article that left the collection, as unanchored', async () => {
    const dir = await userDir();
    let api = await start([ALLIANCE], dir);
    await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p1', startOffset: 0, endBlockId: 'p1', endOffset: 6 },
      note: 'keep me',
    });
    await open.pop()!.close();
    api = await start([article('other', 'Other', ['Unrelated text.'])], dir);
    const [kept] = await api.listAllAnnotations();
    expect(kept).toMatchObject({ note: 'keep me', anchoring: { method: 'orphan' } });
  });
});

describe('export and import', () => {
  it('exports Markdown with front matter, quote, note, tags and a link back', async () => {
    const api = await start([ALLIANCE], await userDir());
    await api.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p2', startOffset: 2, endBlockId: 'p2', endOffset: 16 },
      note: 'first line\nsecond line',
      tags: ['treaty'],
    });
    const file = await api.exportAnnotations({ format: 'markdown', articleId: 'alliance' });
    expect(file.fileName).toBe('alliance-notes.md');
    expect(file.content).toMatch(
      /^---\ntitle: "A Dangerous Alliance"\nsource: "The Daily Example"\n/,
    );
    expect(file.content).toContain('> defense treaty');
    expect(file.content).toContain('first line  \nsecond line');
    expect(file.content).toContain('#treaty');
    expect(file.content).toContain('(app://reader/index.html#/article/alliance?block=p2)');
  });

  it('round-trips Web Annotation JSON into another profile, and importing twice adds nothing', async () => {
    const source = await start([ALLIANCE], await userDir());
    await source.createHighlight({
      articleId: 'alliance',
      range: { startBlockId: 'p1', startOffset: 0, endBlockId: 'p1', endOffset: 6 },
      color: 'pink',
      note: 'a note',
      tags: ['t1'],
    });
    await source.createBookmark({ articleId: 'alliance', blockId: 'p3' });
    const exported = await source.exportAnnotations({ format: 'web-annotation' });
    const json = JSON.parse(exported.content);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);

    const target = await start([ALLIANCE], await userDir());
    expect(await target.importAnnotations(exported.content)).toEqual({
      added: 2,
      updated: 0,
      skipped: 0,
      problems: [],
    });
    expect(await target.importAnnotations(exported.content)).toMatchObject({
      added: 0,
      updated: 0,
      skipped: 2,
    });
    const sortById = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await target.listAllAnnotations())).toEqual(
      sortById(await source.listAllAnnotations()),
    );
  });

  it('places a foreign Web Annotation by its quote and reports what it skipped', async () => {
    const api = await start([ALLIANCE], await userDir());
    const foreign = [
      {
        id: 'https://example.org/anno/1',
        type: 'Annotation',
        body: { type: 'TextualBody', value: 'from another tool' },
        target: {
          source: 'app://reader/index.html#/article/alliance',
          selector: { type: 'TextQuoteSelector', exact: 'defense treaty' },
        },
      },
      {
        id: 'x',
        type: 'Annotation',
        target: { source: 'https://elsewhere.example/', selector: [] },
      },
    ];
    const summary = await api.importAnnotations(JSON.stringify(foreign));
    expect(summary).toMatchObject({ added: 1, skipped: 1 });
    expect(summary.problems[0]).toMatch(/Annotation 2/);
    const [placed] = await api.listAllAnnotations();
    expect(placed?.anchor).toMatchObject({ startBlockId: 'p2', startOffset: 2, endOffset: 16 });
    expect(await api.importAnnotations(JSON.stringify(foreign))).toMatchObject({ added: 0 });
  });

  it('counts an annotation listed twice in one file once, keeping the newer copy', async () => {
    const api = await start([ALLIANCE], await userDir());
    const item = (modified: string, note: string) => ({
      id: 'urn:example:same',
      type: 'Annotation',
      modified,
      body: { type: 'TextualBody', value: note },
      target: {
        source: 'app://reader/index.html#/article/alliance',
        selector: { type: 'TextQuoteSelector', exact: 'defense treaty' },
      },
    });
    const summary = await api.importAnnotations(
      JSON.stringify([
        item('2026-02-01T00:00:00Z', 'newer'),
        item('2026-01-01T00:00:00Z', 'older'),
      ]),
    );
    expect(summary).toMatchObject({ added: 1, updated: 0, skipped: 1 });
    const all = await api.listAllAnnotations();
    expect(all.map((a) => a.note)).toEqual(['newer']);
  });

  it('rejects a file that is not JSON with a clear message and changes nothing', async () => {
    const api = await start([ALLIANCE], await userDir());
    for (const text of ['# not json', '__proto__']) {
      // Its own code: the message is about the reader's file, not a programming error.
      await expect(api.importAnnotations(text)).rejects.toMatchObject({
        code: 'invalid-file',
        message: expect.stringMatching(/not JSON/),
      });
    }
    expect(await api.listAllAnnotations()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { MIN_APPROXIMATE_QUOTE, ORPHAN_REASONS } from '../../../common/anchoring';
import type { Annotation } from '../../../common/annotations';
import {
  NO_FILTERS,
  anchoringNote,
  annotatedArticles,
  matchesFilters,
  notebookSections,
  sortAnnotations,
  tagsInUse,
} from '../../../renderer/src/highlights/notebook-filters';
import { textFor } from './intl-for';

const english = textFor('en');
const french = textFor('fr');

function placed(id: string, start: number, overrides: Partial<Annotation> = {}): Annotation {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id,
    kind: 'highlight',
    articleId: 'an-article',
    articleTitle: 'An article',
    color: 'yellow',
    note: '',
    tags: [],
    anchor: {
      startBlockId: 'b1',
      startOffset: 0,
      endBlockId: 'b1',
      endOffset: 12,
      quote: { exact: 'Quoted text.', prefix: '', suffix: '' },
      position: { start, end: start + 5 },
      contentHash: 'hash-1',
    },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

const tea = placed('tea-late', 40, {
  articleId: 'tea',
  articleTitle: 'Tea',
  color: 'blue',
  note: 'Compare with the FUTURE chapter',
  tags: ['history'],
  createdAt: '2026-03-01T00:00:00.000Z',
});
const teaEarly = placed('tea-early', 10, {
  articleId: 'tea',
  articleTitle: 'Tea',
  tags: ['numbers', 'history'],
  createdAt: '2026-05-01T00:00:00.000Z',
});
const coffee = placed('coffee-1', 0, {
  articleId: 'coffee',
  articleTitle: 'Coffee',
  kind: 'bookmark',
  createdAt: '2026-04-01T00:00:00.000Z',
});
const lost = placed('lost-one', 0, {
  articleId: 'gone',
  articleTitle: 'Gone',
  anchoring: {
    method: 'orphan',
    checkedHash: 'article-missing',
    at: 'x',
    reason: 'The article is no longer in the collection.',
  },
});
const all = [tea, teaEarly, coffee, lost];

describe('the Notebook filters', () => {
  it('filters by colour, by bookmarks, by tag and by article', () => {
    const ids = (patch: Partial<typeof NO_FILTERS>) =>
      all.filter((a) => matchesFilters(a, { ...NO_FILTERS, ...patch })).map((a) => a.id);
    expect(ids({ kind: 'blue' })).toEqual(['tea-late']);
    expect(ids({ kind: 'bookmark' })).toEqual(['coffee-1']);
    // A bookmark has a colour field too, but is not a yellow highlight.
    expect(ids({ kind: 'yellow' })).toEqual(['tea-early', 'lost-one']);
    expect(ids({ tag: 'numbers' })).toEqual(['tea-early']);
    expect(ids({ articleId: 'tea' })).toEqual(['tea-late', 'tea-early']);
  });

  it('finds text in quotes, notes and tags, whatever the case, but not in titles', () => {
    const find = (text: string) =>
      all.filter((a) => matchesFilters(a, { ...NO_FILTERS, text })).map((a) => a.id);
    expect(find('future')).toEqual(['tea-late']);
    expect(find('NUMBERS')).toEqual(['tea-early']);
    expect(find('quoted')).toHaveLength(4);
    expect(find('Coffee')).toEqual([]);
  });

  it('sorts newest first, oldest first, or by article title and place', () => {
    const order = (sort: 'newest' | 'oldest' | 'place') =>
      sortAnnotations(all, sort).map((a) => a.id);
    expect(order('newest')).toEqual(['tea-early', 'coffee-1', 'tea-late', 'lost-one']);
    expect(order('oldest')).toEqual(['lost-one', 'tea-late', 'coffee-1', 'tea-early']);
    expect(order('place')).toEqual(['coffee-1', 'lost-one', 'tea-early', 'tea-late']);
  });

  it('keeps unanchored passages apart from placed ones', () => {
    const { visible, anchored, unanchored } = notebookSections(all, NO_FILTERS);
    expect(visible).toHaveLength(4);
    expect(anchored.map((a) => a.id)).not.toContain('lost-one');
    expect(unanchored.map((a) => a.id)).toEqual(['lost-one']);
  });

  it('offers each tag and each annotated article once, sorted', () => {
    expect(tagsInUse(all)).toEqual(['history', 'numbers']);
    expect(annotatedArticles(all)).toEqual([
      ['coffee', 'Coffee'],
      ['gone', 'Gone'],
      ['tea', 'Tea'],
    ]);
  });

  it('says what happened when an article changed under a passage', () => {
    expect(anchoringNote(lost, english)).toBe('The article is no longer in the collection.');
    expect(anchoringNote(tea, english)).toBeUndefined();
    expect(
      anchoringNote(
        { ...tea, anchoring: { method: 'approximate', checkedHash: 'h', at: 'x' } },
        english,
      ),
    ).toMatch(/closest matching passage/);
  });

  it('says it in French, the reasons stored in English too', () => {
    expect(anchoringNote(lost, french)).toBe('L’article ne fait plus partie de la collection.');
    const short = {
      method: 'orphan',
      checkedHash: 'h',
      at: 'x',
      reason: ORPHAN_REASONS.shortQuote,
    };
    expect(anchoringNote({ ...tea, anchoring: short } as Annotation, french)).toBe(
      `La citation fait moins de ${MIN_APPROXIMATE_QUOTE} caractères et n’apparaît plus telle quelle.`,
    );
    expect(
      anchoringNote(
        { ...tea, anchoring: { method: 'exact-nearby', checkedHash: 'h', at: 'x' } },
        french,
      ),
    ).toBe('déplacé avec son texte quand l’article a changé');
  });

  it('shows a stored reason it does not know as it was written', () => {
    const other = { method: 'orphan', checkedHash: 'h', at: 'x', reason: 'Lost at sea.' } as const;
    expect(anchoringNote({ ...tea, anchoring: other }, french)).toBe('Lost at sea.');
  });
});

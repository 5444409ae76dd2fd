// What the Notebook shows: its filters, its sort orders and the choices its
// filter controls offer, as pure functions of the annotation list, so they
// are tested in Node (tests/unit/renderer/notebook-filters.test.ts).
import { MIN_APPROXIMATE_QUOTE, orphanCause } from '../../../common/anchoring';
import { isOrphan, type Annotation } from '../../../common/annotations';
import { byPlace } from '../../../common/notebook-export';
import type { MessageId } from '../i18n/catalogues';
import type { InterfaceText } from '../i18n/interface-text';

export type NotebookSort = 'newest' | 'oldest' | 'place';
export const SORT_LABELS: Record<NotebookSort, MessageId> = {
  newest: 'notebook.sort.newest',
  oldest: 'notebook.sort.oldest',
  place: 'notebook.sort.place',
};

export interface NotebookFilters {
  /** '' for all, a highlight colour, or 'bookmark'. */
  kind: string;
  tag: string;
  articleId: string;
  text: string;
  sort: NotebookSort;
}
export const NO_FILTERS: NotebookFilters = {
  kind: '',
  tag: '',
  articleId: '',
  text: '',
  sort: 'newest',
};

export function matchesFilters(a: Annotation, f: NotebookFilters): boolean {
  if (f.kind === 'bookmark' && a.kind !== 'bookmark') return false;
  if (f.kind && f.kind !== 'bookmark' && (a.kind !== 'highlight' || a.color !== f.kind))
    return false;
  if (f.tag && !a.tags.includes(f.tag)) return false;
  if (f.articleId && a.articleId !== f.articleId) return false;
  if (f.text) {
    const needle = f.text.toLocaleLowerCase();
    // Quotes, notes and tags: the article has its own filter.
    const haystack = [a.anchor.quote.exact, a.note, ...a.tags].join('\n').toLocaleLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

export function sortAnnotations(list: readonly Annotation[], sort: NotebookSort): Annotation[] {
  const copy = [...list];
  if (sort === 'newest') return copy.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (sort === 'oldest') return copy.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return copy.sort(
    (a, b) =>
      a.articleTitle.localeCompare(b.articleTitle) ||
      a.articleId.localeCompare(b.articleId) ||
      byPlace(a, b),
  );
}

/** The filtered, sorted list, split into passages that are placed and those that are not. */
export function notebookSections(list: readonly Annotation[], filters: NotebookFilters) {
  const visible = sortAnnotations(
    list.filter((a) => matchesFilters(a, filters)),
    filters.sort,
  );
  return {
    visible,
    anchored: visible.filter((a) => !isOrphan(a)),
    unanchored: visible.filter(isOrphan),
  };
}

/** Every tag in use, sorted, for the Tag filter. */
export function tagsInUse(list: readonly Annotation[]): string[] {
  return [...new Set(list.flatMap((a) => a.tags))].sort();
}

/** [id, title] of every article with an annotation, sorted by title, for the Article filter. */
export function annotatedArticles(list: readonly Annotation[]): Array<[string, string]> {
  const titles = new Map<string, string>();
  for (const a of list) titles.set(a.articleId, a.articleTitle);
  return [...titles].sort((a, b) => a[1].localeCompare(b[1]));
}

/** What happened when the article changed under this annotation, if anything, in the interface's words. */
export function anchoringNote(a: Annotation, text: InterfaceText): string | undefined {
  switch (a.anchoring?.method) {
    case 'orphan': {
      const reason = a.anchoring.reason ?? '';
      const cause = orphanCause(reason);
      // A reason this version did not write is still the best account there is.
      return cause
        ? text.format('anchoring.orphan', { cause, min: MIN_APPROXIMATE_QUOTE })
        : reason || undefined;
    }
    case 'exact-nearby':
      return text.format('anchoring.moved');
    case 'approximate':
      return text.format('anchoring.approximate');
    default:
      return undefined;
  }
}

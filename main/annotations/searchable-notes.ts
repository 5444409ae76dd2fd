// Keeps search's copy of the highlight notes equal to the store's: sent once
// at start and again after every change to the store (a create, an edit, a
// delete, an undo, an import or a re-anchoring that orphans a highlight).
import { isOrphan, type Annotation } from '../../common/annotations';
import type { SearchableNote } from '../search/notes';
import type { AnnotationStore } from './store';

/** The notes search should find: highlights with a note, still placed in their article. */
export function searchableNotes(annotations: readonly Annotation[]): SearchableNote[] {
  return annotations
    .filter((a) => a.kind === 'highlight' && a.note.trim() !== '' && !isOrphan(a))
    .map((a) => ({
      id: a.id,
      articleId: a.articleId,
      blockId: a.anchor.startBlockId,
      text: a.note,
    }));
}

/**
 * Sends the store's notes to search now and after each change. A failure to
 * send is logged: the reader's write is already on disk and must not fail.
 * Returns the unsubscribe.
 */
export function feedNotesToSearch(
  store: Pick<AnnotationStore, 'all' | 'onChange'>,
  search: { setNotes(notes: readonly SearchableNote[]): void },
  log: (message: string) => void,
): () => void {
  const send = () => {
    try {
      search.setNotes(searchableNotes(store.all()));
    } catch (error) {
      log(`Could not update the notes search looks in: ${String(error)}`);
    }
  };
  send();
  return store.onChange(send);
}

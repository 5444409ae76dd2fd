// The notebook's size limit. Its Web Annotation export must import back (the
// reader's backup is worth nothing otherwise), so the notebook may hold only
// what fits in one import: the limit is on the export's characters, not on a
// count, because a note or a bookmarked block of code can be long. Each
// annotation is counted with room for re-anchoring to record how it was found
// again after the publisher changed its article (once), so an export made
// after that still imports.
import { MAX_APPROXIMATE_QUOTE, MIN_APPROXIMATE_QUOTE } from '../../common/anchoring';
import { type Annotation } from '../../common/annotations';
import { notebookToWebAnnotations, toWebAnnotation } from '../../common/notebook-export';

/** An anchoring record with its longest reason, a content hash and block ids that moved. */
const ANCHORING_RESERVE = 600;

const counted = new WeakMap<Annotation, number>();

/** The characters an annotation takes in the export, with room for one re-anchoring. */
export function accountedChars(annotation: Annotation): number {
  let chars = counted.get(annotation);
  if (chars === undefined) {
    // The item and the comma after it.
    const exported = JSON.stringify(toWebAnnotation(annotation)).length + 1;
    const quote = annotation.anchor.quote.exact;
    const approximable =
      quote.length >= MIN_APPROXIMATE_QUOTE && quote.length <= MAX_APPROXIMATE_QUOTE;
    // An approximate match keeps the old quote beside the new one, which may
    // be a fifth longer (MIN_APPROXIMATE_SCORE).
    const moved = approximable ? Math.ceil(1.25 * JSON.stringify(quote).length) : 0;
    chars = exported + ANCHORING_RESERVE + moved;
    counted.set(annotation, chars);
  }
  return chars;
}

/** The export's own wrapper around the items, for a collection of this title. */
export function envelopeChars(collectionTitle: string): number {
  const empty = JSON.stringify(notebookToWebAnnotations(`${collectionTitle}: notebook`, []));
  // Room for the item count and the final newline.
  return empty.length + 20;
}

/**
 * Tracks the notebook's accounted size while a batch of changes is decided:
 * starts from the store's current annotations and says whether each change fits.
 */
export function notebookRoom(
  current: readonly Annotation[],
  collectionTitle: string,
  limit: number,
) {
  const byId = new Map(current.map((a) => [a.id, a]));
  let used = envelopeChars(collectionTitle);
  for (const annotation of current) used += accountedChars(annotation);
  return {
    /** Takes the room for putting `next` in place of its current version, if it fits. */
    take(next: Annotation): boolean {
      const previous = byId.get(next.id);
      const after = used - (previous ? accountedChars(previous) : 0) + accountedChars(next);
      // A change that does not grow the notebook is always allowed: a full
      // notebook must still let the reader shorten a note.
      if (after > limit && after > used) return false;
      used = after;
      byId.set(next.id, next);
      return true;
    },
  };
}

export function notebookFullMessage(action: string, limit: number): string {
  return `${action}: the notebook is full. Its Web Annotation export must stay within ${limit.toLocaleString('en')} characters so that it can be imported back, and this would take it past that. Delete some highlights or notes (export them first to keep them).`;
}

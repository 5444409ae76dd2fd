// The spoken sentence and word, marked with the CSS Custom Highlight API
// (styled by ::highlight() in read-aloud.css). A highlight paints over ranges
// without changing the DOM: the article's text is React's, already split into
// runs by highlights and search marks, and a mark that moves every few
// seconds as element decorations would re-render two blocks per sentence and
// disturb a selection being made in them.

export const SENTENCE_HIGHLIGHT = 'read-aloud-sentence';
export const WORD_HIGHLIGHT = 'read-aloud-word';

function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? CSS.highlights
    : null;
}

/** Marks `range` under `name`, or removes that mark. Without the API, reading goes on unmarked. */
export function setMark(name: string, range: Range | null): void {
  const registry = highlightRegistry();
  if (!registry) return;
  if (range) registry.set(name, new Highlight(range));
  else registry.delete(name);
}

export function clearMarks(): void {
  setMark(SENTENCE_HIGHLIGHT, null);
  setMark(WORD_HIGHLIGHT, null);
}

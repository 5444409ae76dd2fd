// Sentences and paragraphs as spans of a block's text, for the selection
// keys of caret mode. Pure: the text model's offsets in, offsets out, so the
// rules are tested without a browser. Sentences are cut by Intl.Segmenter in
// the article's language, the same rule the platform uses for its own
// sentence navigation.

export interface TextSpan {
  start: number;
  end: number;
}

/** A sentence without the spaces the segmenter keeps after it. */
function sentences(text: string, locale: string | undefined): TextSpan[] {
  const segmenter = new Intl.Segmenter(locale || undefined, { granularity: 'sentence' });
  const spans: TextSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    if (trimmed.trim() === '') continue;
    const lead = trimmed.length - trimmed.trimStart().length;
    spans.push({ start: index + lead, end: index + trimmed.length });
  }
  return spans;
}

/**
 * The sentence that holds `offset`: the one it is inside, or, between two,
 * the one that follows. Null for a block with no text.
 */
export function sentenceAt(text: string, offset: number, locale?: string): TextSpan | null {
  const all = sentences(text, locale);
  return all.find((span) => offset < span.end) ?? all.at(-1) ?? null;
}

/**
 * Where a selection that ends at `offset` ends after taking one more
 * sentence: the end of the first sentence that ends past it. Null when the
 * block has no more, so the caller moves on to the next block.
 */
export function nextSentenceEnd(text: string, offset: number, locale?: string): number | null {
  return sentences(text, locale).find((span) => span.end > offset)?.end ?? null;
}

/** The first sentence of a block, for a selection that crosses into it. */
export function firstSentence(text: string, locale?: string): TextSpan | null {
  return sentences(text, locale)[0] ?? null;
}

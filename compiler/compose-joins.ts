// A block's text is built from pieces, each normalised to NFC as it comes,
// but a piece can begin with a character that composes with the end of the
// one before it: the HTML tokenizer hands "<" and a following U+0338 over
// apart, and a mark can end between a base letter and its accent. This
// composes the text as a whole and moves the marks with it.
import type { DraftMark } from './types';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The text in NFC with its marks at the same characters. A mark's edge that
 * falls inside a character composed here moves to that character's edge, a
 * start to before it and an end to after it, so no mark splits a character.
 */
export function composeJoins<Mark extends DraftMark>(
  text: string,
  marks: Mark[],
): { text: string; marks: Mark[] } {
  if (text.normalize('NFC') === text) return { text, marks };
  // Composition never crosses a grapheme cluster's edge, so each cluster is
  // composed on its own and offsets map cluster by cluster.
  const startAt = new Int32Array(text.length + 1);
  const endAt = new Int32Array(text.length + 1);
  const out: string[] = [];
  let from = 0;
  let to = 0;
  for (const { segment } of graphemes.segment(text)) {
    const composed = segment.normalize('NFC');
    startAt[from] = to;
    endAt[from] = to;
    for (let inside = 1; inside < segment.length; inside++) {
      startAt[from + inside] = to;
      endAt[from + inside] = to + composed.length;
    }
    out.push(composed);
    from += segment.length;
    to += composed.length;
  }
  startAt[from] = to;
  endAt[from] = to;
  return {
    text: out.join(''),
    marks: marks.map((mark) => ({ ...mark, start: startAt[mark.start], end: endAt[mark.end] })),
  };
}

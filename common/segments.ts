// Splits a block's text into runs so that the renderer can draw highlights and
// search marks as ordinary React children: the text is never re-parsed and no
// DOM that React owns is rewritten. Overlapping decorations are allowed; each
// run lists every decoration that covers it, in the order they were given, so
// the caller decides how overlaps look (e.g. the later one on top).

export interface TextRange {
  /** UTF-16 offset of the first character, inclusive. */
  start: number;
  /** UTF-16 offset after the last character, exclusive. */
  end: number;
}

export interface Segment<D extends TextRange> extends TextRange {
  /** The decorations covering this run; empty for plain text. */
  decorations: D[];
}

/**
 * Cuts [0, length) at every decoration boundary. Ranges are clamped to the
 * text; empty or inverted ranges are ignored (a stale highlight must not break
 * the page). The segments are contiguous and cover the whole text.
 */
export function segmentText<D extends TextRange>(
  length: number,
  decorations: readonly D[],
): Segment<D>[] {
  const clampToText = (n: number) => Math.min(length, Math.max(0, Math.trunc(n)));
  const usable = decorations
    .map((decoration) => ({
      decoration,
      start: clampToText(decoration.start),
      end: clampToText(decoration.end),
    }))
    .filter((d) => d.end > d.start);

  const cuts = new Set<number>([0, length]);
  for (const d of usable) {
    cuts.add(d.start);
    cuts.add(d.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment<D>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = usable
      .filter((d) => d.start <= start && d.end >= end)
      .map((d) => d.decoration);
    segments.push({ start, end, decorations: covering });
  }
  return segments;
}

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

/**
 * A block's text as a tree of inline formatting (marks, outermost first)
 * with decorations split into runs at its leaves: what BlockText draws.
 * Every leaf covers a run of the text exactly once, in order, so the DOM
 * built from the tree has the block's text as its text, character for
 * character, and a selection's offset is still the length of the text
 * before it.
 */
export type InlineNode<M extends TextRange, D extends TextRange> =
  | { kind: 'mark'; mark: M; start: number; end: number; children: InlineNode<M, D>[] }
  | { kind: 'text'; start: number; end: number; decorations: D[] };

/**
 * Nests `marks` over [0, length) and cuts decorations at the leaves. Marks
 * are ranked by `outerFirst` where two cover the same run (a link outside
 * its emphasis); where two cross, the one ranked inside is split (bold that
 * runs into a link is a piece before the link and a piece inside it), and
 * between equals the later one is, so elements nest as HTML requires and no
 * text moves. Decorations never split a mark: they are cut
 * at the marks' edges instead (a highlight across a link is a <mark> before
 * the link and one inside it), so a link stays one element.
 */
export function inlineTree<M extends TextRange, D extends TextRange>(
  length: number,
  marks: readonly M[],
  decorations: readonly D[],
  outerFirst: (a: M, b: M) => number = () => 0,
): InlineNode<M, D>[] {
  const clampToText = (n: number) => Math.min(length, Math.max(0, Math.trunc(n)));
  const pieces = marks
    .map((mark) => ({ mark, start: clampToText(mark.start), end: clampToText(mark.end) }))
    .filter((p) => p.end > p.start);
  const order = (a: (typeof pieces)[number], b: (typeof pieces)[number]) =>
    a.start - b.start || b.end - a.end || outerFirst(a.mark, b.mark);
  pieces.sort(order);

  type MarkNode = Extract<InlineNode<M, D>, { kind: 'mark' }>;
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  const requeue = (rest: (typeof pieces)[number]) => {
    const at = pieces.findIndex((p) => order(rest, p) < 0);
    pieces.splice(at < 0 ? pieces.length : at, 0, rest);
  };
  while (pieces.length > 0) {
    const piece = pieces.shift()!;
    while (open.length > 0 && open.at(-1)!.end <= piece.start) open.pop();
    // A piece that crosses the end of an open mark ranked inside it (a link
    // starting in bold text and going on past it) closes that mark where the
    // piece starts; the mark's rest is nested inside the piece instead.
    while (
      open.length > 0 &&
      piece.end > open.at(-1)!.end &&
      outerFirst(piece.mark, open.at(-1)!.mark) < 0
    ) {
      const inner = open.pop()!;
      requeue({ mark: inner.mark, start: piece.start, end: inner.end });
      inner.end = piece.start;
      if (inner.end === inner.start) {
        const siblings = open.at(-1)?.children ?? roots;
        siblings.splice(siblings.indexOf(inner), 1);
      }
    }
    const parent = open.at(-1);
    if (parent && piece.end > parent.end) {
      // Crosses its parent's end: the rest becomes a piece of its own, in order.
      requeue({ mark: piece.mark, start: parent.end, end: piece.end });
      piece.end = parent.end;
    }
    const node: MarkNode = { kind: 'mark', ...piece, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }

  const textRuns = (start: number, end: number): InlineNode<M, D>[] =>
    segmentText(end, decorations)
      .filter((segment) => segment.end > start)
      .map((segment) => ({
        kind: 'text' as const,
        start: Math.max(start, segment.start),
        end: segment.end,
        decorations: segment.decorations,
      }));
  const fill = (start: number, end: number, children: MarkNode[]): InlineNode<M, D>[] => {
    const out: InlineNode<M, D>[] = [];
    let at = start;
    for (const child of children) {
      if (child.start > at) out.push(...textRuns(at, child.start));
      out.push({
        ...child,
        // Before filling, a mark node holds only the marks nested in it.
        children: fill(child.start, child.end, child.children as MarkNode[]),
      });
      at = child.end;
    }
    if (end > at) out.push(...textRuns(at, end));
    return out;
  };
  return fill(0, length, roots);
}

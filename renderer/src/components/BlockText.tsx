import { segmentText, type TextRange } from '../../../common/segments';

/**
 * Something drawn over a run of block text: a search match, a highlight. The
 * renderer draws each as a <mark>; where several overlap, their classes are
 * combined and the later one's data attributes win.
 */
export interface BlockDecoration extends TextRange {
  className: string;
  /** data-* attributes for the mark, without the "data-" prefix. */
  data?: Readonly<Record<string, string>>;
}

export const NO_DECORATIONS: readonly BlockDecoration[] = [];

/** A block's text with its decorations as <mark> runs (plain text if none). */
export function BlockText({
  text,
  decorations = NO_DECORATIONS,
}: {
  text: string;
  decorations?: readonly BlockDecoration[];
}) {
  if (decorations.length === 0) return text;
  return segmentText(text.length, decorations).map((segment) => {
    const run = text.slice(segment.start, segment.end);
    if (segment.decorations.length === 0) return <span key={segment.start}>{run}</span>;
    const data: Record<string, string> = {};
    for (const decoration of segment.decorations) {
      for (const [name, value] of Object.entries(decoration.data ?? {}))
        data[`data-${name}`] = value;
    }
    return (
      <mark
        key={segment.start}
        className={segment.decorations.map((d) => d.className).join(' ')}
        {...data}
      >
        {run}
      </mark>
    );
  });
}

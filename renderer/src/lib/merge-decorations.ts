import type { DecorationsByBlock } from '../components/ArticleBody';
import type { BlockDecoration } from '../components/BlockText';

/**
 * Combines the decorations of several sources (highlights, search marks) into
 * one map for ArticleBody. Later sources come later in each block's list, so
 * their data attributes win where marks overlap. A block's array is reused
 * when only one source decorates it, so unchanged blocks do not re-render.
 */
export function mergeDecorations(
  ...sources: ReadonlyArray<DecorationsByBlock | undefined>
): DecorationsByBlock {
  const present = sources.filter((s): s is DecorationsByBlock => s !== undefined && s.size > 0);
  if (present.length === 0) return new Map();
  if (present.length === 1) return present[0]!;
  const merged = new Map<string, readonly BlockDecoration[]>();
  for (const source of present) {
    for (const [blockId, decorations] of source) {
      const existing = merged.get(blockId);
      merged.set(blockId, existing ? [...existing, ...decorations] : decorations);
    }
  }
  return merged;
}

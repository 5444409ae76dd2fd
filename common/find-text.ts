// Find in the open article (Ctrl/Cmd+F): the typed text, literally, ignoring
// case, in every block. Offsets are block text offsets, like search matches,
// so both are drawn and stepped through the same way.
import type { TextMatch } from './api';
import type { Block } from './model';

/** Enough to step through; a one-letter search in a long article stops here. */
export const MAX_FIND_MATCHES = 5000;

export function findInBlocks(blocks: readonly Block[], needle: string): TextMatch[] {
  if (needle.trim() === '') return [];
  const pattern = new RegExp(needle.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const matches: TextMatch[] = [];
  for (const block of blocks) {
    for (const m of block.text.matchAll(pattern)) {
      if (m[0].length === 0) continue;
      matches.push({ blockId: block.id, start: m.index, end: m.index + m[0].length });
      if (matches.length >= MAX_FIND_MATCHES) return matches;
    }
  }
  return matches;
}

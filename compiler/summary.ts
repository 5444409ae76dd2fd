// What a library card shows under the title: the article's first real
// paragraphs, never the furniture above them (furniture.ts).
import { summarize } from '../common/text';
import { isBoilerplate, isFieldName } from './furniture';
import { comparisonKey } from './title';
import type { DraftBlock } from './types';

/** Enough leading text for summarize() to cut a full card's worth. */
const SUMMARY_SOURCE_CHARS = 500;
/** A field's value is a name or a date: a longer block after a field's name is text. */
const MAX_FIELD_VALUE_CHARS = 100;

/**
 * The summary from the article's opening: its first real paragraphs, else
 * any other prose (list items, quotes), else whatever real text there is.
 * Empty when the article holds nothing but furniture: no summary is better
 * than a copyright line on every card. Blocks are read only until a card's
 * worth is found, so a page of 25,000 paragraphs costs no more than a short one.
 */
export function summaryOf(blocks: readonly DraftBlock[], title: string): string {
  const titleKey = comparisonKey(title);
  const headingKeys = new Set([titleKey]);
  for (const block of blocks) {
    if (block.kind === 'heading') headingKeys.add(comparisonKey(block.text));
  }
  /** Blocks that are a field's value, the block after a field's name. */
  const fieldValues = new Set<DraftBlock>();
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (next && next.kind !== 'heading' && next.text.length <= MAX_FIELD_VALUE_CHARS) {
      if (block.kind !== 'heading' && isFieldName(block.text)) fieldValues.add(next);
    }
  });
  const isReal = (block: DraftBlock): boolean => {
    if (block.kind === 'code') return true;
    if (fieldValues.has(block) || isBoilerplate(block.text)) return false;
    // A heading is compared with the title only, or every heading would repeat itself.
    const key = comparisonKey(block.text);
    return block.kind === 'heading' ? key !== titleKey : !headingKeys.has(key);
  };
  const tiers: Array<(block: DraftBlock) => boolean> = [
    (block) => block.kind === 'paragraph',
    (block) => block.kind !== 'heading' && block.kind !== 'code',
    () => true,
  ];
  for (const inTier of tiers) {
    const parts: string[] = [];
    let length = 0;
    for (const block of blocks) {
      if (length >= SUMMARY_SOURCE_CHARS) break;
      if (!inTier(block) || !isReal(block)) continue;
      parts.push(block.text);
      length += block.text.length + 1;
    }
    if (parts.length > 0) return summarize(parts.join(' '));
  }
  return '';
}

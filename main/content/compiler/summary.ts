// What a library card shows under the title: the article's first real
// paragraphs, never the furniture above them (furniture.ts).
import { summarize } from '../../../common/text';
import { isBoilerplate } from './furniture';
import type { DraftBlock } from './types';

/** Enough leading text for summarize() to cut a full card's worth. */
const SUMMARY_SOURCE_CHARS = 500;

/**
 * The summary from the article's opening: its first real paragraphs, else
 * any other prose (list items, quotes), else whatever real text there is.
 * Empty when the article holds nothing but furniture: no summary is better
 * than a copyright line on every card.
 */
export function summaryOf(blocks: readonly DraftBlock[], title: string): string {
  const headings = [title, ...blocks.filter((b) => b.kind === 'heading').map((b) => b.text)];
  const real = blocks.filter((block) => {
    if (block.kind === 'code') return true;
    // A heading is compared with the title only, or every heading would repeat itself.
    return !isBoilerplate(block.text, block.kind === 'heading' ? [title] : headings);
  });
  const paragraphs = real.filter((b) => b.kind === 'paragraph');
  const prose = real.filter((b) => b.kind !== 'heading' && b.kind !== 'code');
  const source = [paragraphs, prose, real].find((list) => list.length > 0) ?? [];
  const parts: string[] = [];
  let length = 0;
  for (const block of source) {
    if (length >= SUMMARY_SOURCE_CHARS) break;
    parts.push(block.text);
    length += block.text.length + 1;
  }
  return summarize(parts.join(' '));
}

// What search indexes and finds in a block. No zod import: the search worker
// and the index builder use it on every block.
import type { Block } from './model';

/**
 * The words of a block that search indexes and finds: its text, or for an
 * image (whose text is empty) its alt text, so a picture is found by what it
 * shows. A passage in an image addresses offsets into this, not into `text`.
 */
export function searchableText(block: Pick<Block, 'kind' | 'text' | 'image'>): string {
  return block.kind === 'image' ? (block.image?.alt ?? '') : block.text;
}

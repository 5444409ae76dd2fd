// An article shaped like the longest of the kernel docs (virt-kvm-api: 1,714
// blocks, 243 of them headings and 215 listings, 45,104 words), made from a
// fixed word list so every run reads the same text. The e2e specs for long
// articles and `npm run bench:reader`'s generated collection use it.
import type { Article, Block } from '../../common/model';
import { article } from './collection-fixture';

export const LONG_ARTICLE_BLOCKS = 1714;

const WORDS = (
  'the kernel memory page device driver queue lock interrupt user space call ' +
  'returns value buffer file system task thread process state register map ' +
  'table entry read write flag mode virtual machine guest host event timer ' +
  'clock power bus port frame packet network socket channel region offset ' +
  'size count index list node tree cache line barrier order access'
).split(' ');

/** `count` words from a fixed sequence: the same seed always gives the same sentence. */
export function fixedWords(seed: number, count: number): string {
  const out: string[] = [];
  let state = (seed * 2654435761) % 2147483648;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]!);
  }
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * Every 7th block is a heading ("Section n: …", levels 2 to 4), and among
 * the rest listings, list items and paragraphs of about 36 words. `marks`
 * puts a word of its own at the end of the paragraph at that index, for
 * searching deep in the text.
 */
export function longArticle(
  id: string,
  title: string,
  marks: Readonly<Record<number, string>> = {},
): Article {
  const blocks: Block[] = [];
  for (let i = 0; i < LONG_ARTICLE_BLOCKS; i++) {
    const blockId = `${id}-b${i}`;
    if (i % 7 === 0) {
      const text = `Section ${i / 7 + 1}: ${fixedWords(i, 3).slice(0, -1)}`;
      blocks.push({ id: blockId, kind: 'heading', level: 2 + (i % 3), text });
    } else if (i % 8 === 3) {
      blocks.push({ id: blockId, kind: 'code', text: `ioctl(fd, ${fixedWords(i, 8)});` });
    } else if (i % 14 === 5) {
      blocks.push({ id: blockId, kind: 'list-item', text: fixedWords(i, 20) });
    } else {
      const mark = marks[i];
      const text = fixedWords(i, 36);
      blocks.push({
        id: blockId,
        kind: 'paragraph',
        text: mark ? `${text.slice(0, -1)} ${mark}.` : text,
      });
    }
  }
  return article(id, title, blocks);
}

// bench:reader's collection when no --corpus is given: as many articles as
// the compiled kernel docs, and one long article shaped like their longest
// (virt-kvm-api: 1,714 blocks of which 243 headings and 215 listings, 45,104
// words), made from a fixed word list so every run reads the same text.
import type { Block } from '../../common/model';
import { article, writeCollection } from '../../tests/support/collection-fixture';

const ARTICLES = 3020;
const LONG_ID = 'long-article';

const WORDS = (
  'the kernel memory page device driver queue lock interrupt user space call ' +
  'returns value buffer file system task thread process state register map ' +
  'table entry read write flag mode virtual machine guest host event timer ' +
  'clock power bus port frame packet network socket channel region offset ' +
  'size count index list node tree cache line barrier order access'
).split(' ');

/** A deterministic stream of words: block i always has the same text. */
function words(seed: number, count: number): string {
  const out: string[] = [];
  let state = seed * 2654435761;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]!);
  }
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function longArticleBlocks(): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < 1714; i++) {
    const id = `${LONG_ID}-b${i}`;
    if (i % 7 === 0) blocks.push({ id, kind: 'heading', level: 2 + (i % 3), text: words(i, 4) });
    else if (i % 8 === 3) blocks.push({ id, kind: 'code', text: `ioctl(fd, ${words(i, 8)});` });
    else if (i % 14 === 5) blocks.push({ id, kind: 'list-item', text: words(i, 20) });
    else blocks.push({ id, kind: 'paragraph', text: words(i, 36) });
  }
  return blocks;
}

export async function writeBenchCollection(dir: string): Promise<string> {
  const articles = Array.from({ length: ARTICLES - 1 }, (_, i) =>
    article(`article-${i + 1}`, `Article ${i + 1}: ${words(i, 5)}`, [
      words(i + 1, 40),
      words(i + 2, 60),
    ]),
  );
  articles.push(article(LONG_ID, 'The long article', longArticleBlocks()));
  return writeCollection(articles, { dir });
}

// The text of the articles search has to look into (the best hits of each
// query), read from the compiled collection on demand and kept in a small
// cache: the whole library's text never has to be in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_FILES } from '../../common/collection';
import { ARTICLE_ID_PATTERN, type Block } from '../../common/model';
import { prepareText, type PreparedText } from './passages';

export interface ArticleTexts {
  /** The article's prepared text; throws with a clear message when it cannot be read. */
  get(articleId: string): PreparedText;
}

/**
 * How much text stays cached, in articles and in characters of block text.
 * A phrase query checks up to 60 candidates, and the next keystrokes ask
 * for most of them again: a cache smaller than that re-read and re-parsed
 * every candidate on every keystroke (a few milliseconds each time). The
 * character bound keeps a library of very long articles to about 8 MB.
 */
const CACHED_ARTICLES = 400;
const CACHED_CHARACTERS = 4_000_000;

export function articleTextsFromDir(contentDir: string): ArticleTexts {
  return cached((id) => {
    if (!ARTICLE_ID_PATTERN.test(id)) throw new Error(`"${id}" is not an article id`);
    const path = join(contentDir, COLLECTION_FILES.articlesDir, `${id}.json`);
    let parsed: { blocks?: unknown };
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8')) as { blocks?: unknown };
    } catch (error) {
      throw new Error(`cannot read ${path}: ${(error as Error).message}`);
    }
    // The compiler wrote this file; a quick shape check is enough to not crash on a damaged one.
    if (!Array.isArray(parsed.blocks) || parsed.blocks.some((b) => typeof b?.text !== 'string')) {
      throw new Error(`${path} has no readable blocks`);
    }
    return parsed.blocks as Block[];
  });
}

export function articleTextsFromMemory(
  articles: Iterable<{ id: string; blocks: readonly Block[] }>,
): ArticleTexts {
  const byId = new Map([...articles].map((a) => [a.id, a.blocks]));
  return cached((id) => {
    const blocks = byId.get(id);
    if (!blocks) throw new Error(`no article "${id}"`);
    return blocks;
  });
}

function cached(read: (id: string) => readonly Block[]): ArticleTexts {
  // A Map iterates in insertion order: re-inserting on use makes it least recently used first.
  const cache = new Map<string, { text: PreparedText; characters: number }>();
  let characters = 0;
  return {
    get(id) {
      let entry = cache.get(id);
      if (entry) {
        cache.delete(id);
      } else {
        const blocks = read(id);
        entry = { text: prepareText(blocks), characters: textLength(blocks) };
        characters += entry.characters;
        while (
          cache.size > 0 &&
          (cache.size >= CACHED_ARTICLES || characters > CACHED_CHARACTERS)
        ) {
          const [oldest, old] = cache.entries().next().value as [string, { characters: number }];
          cache.delete(oldest);
          characters -= old.characters;
        }
      }
      cache.set(id, entry);
      return entry.text;
    },
  };
}

function textLength(blocks: readonly Block[]): number {
  let length = 0;
  for (const block of blocks) length += block.text.length;
  return length;
}

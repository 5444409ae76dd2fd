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
 * Enough for a few pages of results and the article being read; more would
 * only keep long articles alive for the garbage collector to walk.
 */
const CACHED_ARTICLES = 40;

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
  const cache = new Map<string, PreparedText>();
  return {
    get(id) {
      let text = cache.get(id);
      if (text) {
        cache.delete(id);
      } else {
        text = prepareText(read(id));
        if (cache.size >= CACHED_ARTICLES) cache.delete(cache.keys().next().value as string);
      }
      cache.set(id, text);
      return text;
    },
  };
}

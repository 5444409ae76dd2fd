// bench:reader's collection when no --corpus is given: as many articles as
// the compiled kernel docs, one of them as long as their longest.
import { article, writeCollection } from '../../tests/support/collection-fixture';
import { fixedWords, longArticle } from '../../tests/support/long-article';

const ARTICLES = 3020;

export async function writeBenchCollection(dir: string): Promise<string> {
  const articles = Array.from({ length: ARTICLES - 1 }, (_, i) =>
    article(`article-${i + 1}`, `Article ${i + 1}: ${fixedWords(i, 5)}`, [
      fixedWords(i + 1, 40),
      fixedWords(i + 2, 60),
    ]),
  );
  articles.push(longArticle('long-article', 'The long article'));
  return writeCollection(articles, { dir });
}

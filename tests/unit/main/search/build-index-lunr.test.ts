// The index's weights are Lunr's BM25, computed without Lunr's Builder
// (decision 0014): whatever the articles, the file must be byte for byte the
// one the Builder gave. SEARCH_INDEX_EQUIVALENCE_COLLECTION=<compiled
// collection> runs it on a real one too (the kernel docs take a minute).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../common/model';
import { buildSearchIndex } from '../../../../main/search/build-index';
import { article } from '../../../support/collection-fixture';
import { buildSearchIndexWithLunrBuilder } from '../../../support/lunr-reference-index';
import { longArticle } from '../../../support/long-article';
import { OTHER_ARTICLE, RICH_ARTICLE } from '../../../support/rich-article';
import { ARABIC, HEBREW } from '../../../support/rtl-articles';

const sameAsLunr = (articles: Article[]) =>
  expect(Buffer.from(buildSearchIndex(articles, 'hash'))).toEqual(
    Buffer.from(buildSearchIndexWithLunrBuilder(articles, 'hash')),
  );

describe('the search index', () => {
  it('weighs terms as Lunr does: repeated words, short and long fields, tags, stop words', () => {
    sameAsLunr([
      article('a', 'Memory barriers', ['A barrier orders memory.', 'Barrier, barrier, barrier.'], {
        tags: ['memory', 'locking'],
      }),
      article('b', 'The scheduler', ['The scheduler picks the next task to run.']),
      article('c', 'Empty-ish', ['the a an of']),
      longArticle('long', 'A long article about ioctl'),
    ]);
  });

  it('weighs rich text, other languages and right-to-left text as Lunr does', () => {
    sameAsLunr([
      RICH_ARTICLE,
      OTHER_ARTICLE,
      ARABIC,
      HEBREW,
      article('it', 'Gestione della memoria', ['La memoria viene gestita dal kernel.'], {
        language: 'it',
      }),
      article('de', 'Speicherverwaltung', ['Der Speicher wird vom Kernel verwaltet.'], {
        language: 'de',
      }),
    ]);
  });

  it('weighs Chinese, Japanese and Korean words and their grams as Lunr does', () => {
    sameAsLunr([
      article('zh', '内存管理', ['内存管理是调度器的一部分。调度器管理内存。'], {
        language: 'zh-Hans',
      }),
      article('ja', 'メモリ管理', ['カーネルはメモリを管理します。'], { language: 'ja' }),
      article('ko', '메모리 관리', ['커널은 메모리를 관리합니다.'], { language: 'ko' }),
      article('en', 'Memory', ['Memory management in English, with 内存 once.']),
    ]);
  });

  const collection = process.env.SEARCH_INDEX_EQUIVALENCE_COLLECTION;
  it.skipIf(!collection)(
    'weighs a whole real collection as Lunr does (SEARCH_INDEX_EQUIVALENCE_COLLECTION)',
    async () => {
      const dir = path.join(collection!, 'articles');
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
      const articles = await Promise.all(
        names.map(
          async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Article,
        ),
      );
      sameAsLunr(articles);
    },
    600_000,
  );
});

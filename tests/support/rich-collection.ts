// A compiled collection holding the hand-made rich article (and a plain
// neighbour it links to), written the way the compiler writes one
// (compiler/write.ts), for the e2e specs of rich content.
import { join } from 'node:path';
import { COLLECTION_FORMAT, COLLECTION_VERSION, type Manifest } from '../../common/collection';
import type { Article } from '../../common/model';
import { writeCollection } from '../../compiler/write';
import { buildSearchIndex } from '../../main/search/build-index';
import { collectionHash } from './collection-fixture';
import { OTHER_ARTICLE, RICH_ARTICLE } from './rich-article';
import { makeTempDir } from './temp-dir';

export async function writeRichCollection(
  articles: readonly Article[] = [RICH_ARTICLE, OTHER_ARTICLE],
): Promise<string> {
  const dir = join(await makeTempDir('reader-rich-'), 'collection');
  const contentHash = collectionHash([...articles]);
  const manifest: Manifest = {
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    title: 'Rich content',
    builtAt: new Date(0).toISOString(),
    contentHash,
    wordCount: articles.reduce((n, a) => n + a.wordCount, 0),
    articles: articles.map(({ blocks: _blocks, ...summary }) => summary),
  };
  await writeCollection(dir, {
    manifest,
    articles,
    searchIndex: buildSearchIndex([...articles], contentHash),
  });
  return dir;
}

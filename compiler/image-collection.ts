// The collection's images, once every file has compiled: one copy of each
// (articles showing the same picture name the same assets/<hash> file), and
// at most MAX_COLLECTION_IMAGE_BYTES of them. Images past the limit, in the
// sorted order of the articles that show them first, are left out of those
// articles with a warning naming the file, their alt text standing in.
import type { Article, Block } from '../common/model';
import { countWords, readingMinutes } from '../common/text';
import { assignBlockIds, withResolvedLinksOnly } from './blocks';
import { articleContentHash } from './hash';
import type { ImageAsset } from './images';
import { MAX_COLLECTION_IMAGE_BYTES, MAX_COLLECTION_IMAGE_LABEL } from './limits';
import type { CompileWarning } from './types';

export interface ArticleImages {
  /** The source file, for warnings. */
  path: string;
  assets: readonly ImageAsset[];
}

export interface CollectionImages {
  /** The same articles, in the same order; those over the limit without the images left out. */
  articles: Article[];
  /** Each file once. */
  assets: ImageAsset[];
  warnings: CompileWarning[];
}

export function collectImages(
  articles: readonly Article[],
  images: readonly ArticleImages[],
  limitBytes: number = MAX_COLLECTION_IMAGE_BYTES,
): CollectionImages {
  const kept = new Map<string, ImageAsset>();
  const warnings: CompileWarning[] = [];
  let total = 0;
  const result = articles.map((article, index) => {
    const { path, assets } = images[index] ?? { path: article.id, assets: [] };
    const over = new Set<string>();
    for (const asset of assets) {
      if (kept.has(asset.src)) continue;
      if (total + asset.bytes > limitBytes) {
        over.add(asset.src);
        warnings.push({
          path,
          code: 'image',
          message: `image ${asset.file} is not shown: the collection's images would pass the ${MAX_COLLECTION_IMAGE_LABEL} limit for all images together; its alt text stands in its place`,
        });
        continue;
      }
      kept.set(asset.src, asset);
      total += asset.bytes;
    }
    return over.size === 0 ? article : withoutImages(article, over);
  });
  return { articles: result, assets: [...kept.values()], warnings };
}

/**
 * The article with those images replaced by their alt text, or by a line
 * saying an image is not shown when it has none; ids and counts follow.
 * One block for one block: the link pass finds blocks by index.
 */
function withoutImages(article: Article, srcs: ReadonlySet<string>): Article {
  const drafts = article.blocks.map((block): Block => {
    if (block.image === undefined || !srcs.has(block.image.src)) return block;
    const alt = block.image.alt.trim();
    const { image: _image, ...rest } = block;
    return { ...rest, kind: 'paragraph', text: alt === '' ? 'Image not shown.' : alt };
  });
  const blocks = assignBlockIds(drafts).map(withResolvedLinksOnly);
  const { id, contentHash: _hash, ...content } = article;
  const wordCount = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const changed = { ...content, wordCount, readingMinutes: readingMinutes(wordCount), blocks };
  return { id, ...changed, contentHash: articleContentHash(changed) };
}

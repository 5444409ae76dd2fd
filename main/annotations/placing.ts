// Placing an annotation in the current text of its article: after the
// publisher changed the article, on import, and when Undo puts one back.
import {
  ORPHAN_REASONS,
  anchorAt,
  flattenBlocks,
  reanchor,
  type FlatText,
} from '../../common/anchoring';
import type { Annotation } from '../../common/annotations';
import type { Article } from '../../common/model';

/** The checkedHash of an annotation whose article left the collection. */
export const MISSING_ARTICLE = 'article-missing';

/** Was the annotation last placed in another version of its article (or before it left)? */
export function stale(annotation: Annotation, contentHash: string | undefined): boolean {
  const last = annotation.anchoring?.checkedHash ?? annotation.anchor.contentHash;
  return last !== (contentHash ?? MISSING_ARTICLE);
}

/**
 * The flat text of articles by id, made once: placing many annotations in
 * one long article must not join its blocks again for each of them.
 */
export function flatTextCache(): (article: Article) => FlatText {
  const made = new Map<string, { hash: string; flat: FlatText }>();
  return (article) => {
    const known = made.get(article.id);
    if (known?.hash === article.contentHash) return known.flat;
    const flat = flattenBlocks(article.blocks);
    made.set(article.id, { hash: article.contentHash, flat });
    return flat;
  };
}

/** The annotation placed in the current article text, or marked unanchored. */
export function placeIn(
  annotation: Annotation,
  article: Article | null,
  at: string,
  flat: FlatText | undefined = article ? flattenBlocks(article.blocks) : undefined,
): Annotation {
  if (!article || !flat) {
    return {
      ...annotation,
      anchoring: {
        method: 'orphan',
        checkedHash: MISSING_ARTICLE,
        at,
        reason: ORPHAN_REASONS.articleGone,
      },
    };
  }
  const result = reanchor(annotation.anchor, article, flat);
  if (result.method === 'orphan') {
    return {
      ...annotation,
      anchoring: { method: 'orphan', checkedHash: article.contentHash, at, reason: result.reason },
    };
  }
  let anchor = result.anchor;
  if (annotation.kind === 'bookmark') {
    // A bookmark marks a whole block: widen it to the block it landed in.
    const index = flat.indexById.get(anchor.startBlockId)!;
    const start = flat.starts[index]!;
    anchor = anchorAt(
      flat,
      { start, end: start + article.blocks[index]!.text.length },
      article.contentHash,
    );
  }
  return {
    ...annotation,
    anchor,
    anchoring: {
      method: result.method,
      checkedHash: article.contentHash,
      at,
      score: result.score,
      ...(result.method === 'approximate' ? { previousQuote: annotation.anchor.quote.exact } : {}),
    },
  };
}

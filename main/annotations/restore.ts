// What Undo of a delete may put back. restoreAnnotation takes a whole
// annotation from the renderer, so it is checked as strictly as create and
// import: it must be one the reader could have had in the article as it is
// now, or else nothing is written.
import { flattenBlocks, rangeToPosition } from '../../common/anchoring';
import { isOrphan, MAX_ARTICLE_TITLE_LENGTH, type Annotation } from '../../common/annotations';
import { ReaderError } from '../../common/errors';
import type { Article } from '../../common/model';
import { parseInstant } from '../../common/web-annotation-import';
import { MISSING_ARTICLE } from './placing';

const refuse = (why: string) => new ReaderError('invalid-argument', `restoreAnnotation: ${why}`);

/**
 * Throws ReaderError 'invalid-argument' saying what is wrong, unless the
 * annotation is deleted (not live) and consistent with its article: placed
 * in this version of it, on blocks it has, over an ordered range holding the
 * quote; or unanchored in this version; or unanchored because the article
 * left the collection. Its dates must be ISO instants no later than `now`.
 */
export function checkRestorable(
  annotation: Annotation,
  live: Annotation | undefined,
  article: Article | null,
  now: string,
): void {
  if (live) {
    throw refuse(
      live.articleId === annotation.articleId
        ? `"${annotation.id}" is in the notebook; only a deleted highlight or bookmark can be put back.`
        : `"${annotation.id}" is a highlight of article "${live.articleId}" in the notebook; it cannot be put back into "${annotation.articleId}".`,
    );
  }
  const limit = Math.max(MAX_ARTICLE_TITLE_LENGTH, article?.title.length ?? 0);
  if (annotation.articleTitle.length > limit) {
    throw refuse(
      `the article title has ${annotation.articleTitle.length.toLocaleString('en')} characters; at most ${limit.toLocaleString('en')} are kept.`,
    );
  }
  checkDates(annotation, now);
  if (!article) {
    if (
      annotation.anchoring?.method === 'orphan' &&
      annotation.anchoring.checkedHash === MISSING_ARTICLE
    )
      return;
    throw refuse(`article "${annotation.articleId}" is not in the collection.`);
  }
  const placedIn = annotation.anchoring?.checkedHash ?? annotation.anchor.contentHash;
  if (placedIn !== article.contentHash) {
    throw refuse(
      `its place was recorded in other text than article "${article.id}" has now (another article, or another version of this one).`,
    );
  }
  // Unanchored in this version: its text is gone, and so may its blocks be.
  if (isOrphan(annotation)) return;
  checkPlace(annotation, article);
}

function checkDates(annotation: Annotation, now: string): void {
  const nowMs = Date.parse(now);
  const dates: [string, string | undefined][] = [
    ['createdAt', annotation.createdAt],
    ['updatedAt', annotation.updatedAt],
    ['anchoring.at', annotation.anchoring?.at],
  ];
  for (const [name, value] of dates) {
    if (value === undefined) continue;
    const ms = parseInstant(value);
    if (ms === undefined || !/(Z|[+-]\d{2}:\d{2})$/i.test(value)) {
      throw refuse(
        `${name} ${JSON.stringify(value.slice(0, 40))} is not an ISO 8601 date and time with its zone.`,
      );
    }
    if (ms > nowMs) throw refuse(`${name} ${value} is in the future.`);
  }
  if (Date.parse(annotation.createdAt) > Date.parse(annotation.updatedAt)) {
    throw refuse('it was last changed (updatedAt) before it was made (createdAt).');
  }
}

function checkPlace(annotation: Annotation, article: Article): void {
  const { anchor } = annotation;
  const flat = flattenBlocks(article.blocks);
  for (const blockId of [anchor.startBlockId, anchor.endBlockId]) {
    if (!flat.indexById.has(blockId)) {
      throw refuse(`article "${article.id}" has no block "${blockId}".`);
    }
  }
  const position = rangeToPosition(flat, anchor);
  if (!position) {
    throw refuse(
      `its range (${anchor.startBlockId}:${anchor.startOffset} to ${anchor.endBlockId}:${anchor.endOffset}) is empty, reversed or outside its blocks.`,
    );
  }
  if (flat.text.slice(position.start, position.end) !== anchor.quote.exact) {
    throw refuse(`its quote is not the text of article "${article.id}" at its range.`);
  }
}

// Turns a parsed source into an Article: id, title, summary, counts, block
// ids and content hash, then checks it against ArticleSchema so nothing that
// breaks the contract is ever written.
import { ArticleSchema, type Article } from '../common/model';
import { countWords, normalizeProse, readingMinutes } from '../common/text';
import { assignBlockIds, withResolvedLinksOnly } from './blocks';
import { articleContentHash } from './hash';
import { articleLanguage } from './language';
import { pendingLinksOf } from './pending-links';
import { SourceRejected } from './rejection';
import { articleId } from './slug';
import { summaryOf } from './summary';
import { sameTitle, titleFromFileName } from './title';
import type { ArticleLinks, DraftBlock, ParsedDocument } from './types';

/** An article as one source makes it, and what the link pass still has to resolve in it. */
export interface AssembledArticle {
  /** Links to source files are not in it yet (see links.ts). */
  article: Article;
  links?: ArticleLinks;
}

/**
 * fileName gives the fallback title; relativePath (the path within the
 * input folder) the id.
 */
export function assembleArticle(
  fileName: string,
  parsed: ParsedDocument,
  relativePath: string = fileName,
): AssembledArticle {
  const { metadata } = parsed;
  if (parsed.blocks.length === 0) {
    throw new SourceRejected(
      'empty',
      parsed.bodyTitle === undefined
        ? 'no text to read after parsing (only markup or front matter)'
        : `no text to read after the title ${JSON.stringify(parsed.bodyTitle)} (only markup)`,
    );
  }
  const drafts = parsed.blocks.map(withoutPermalinkMark);
  const links = pendingLinksOf(drafts, parsed.titleAnchors, parsed.titleLabels);
  const blocks = assignBlockIds(drafts).map(withResolvedLinksOnly);
  const title =
    stripPermalinkMark(normalizeProse(metadata.title ?? parsed.bodyTitle ?? '')) ||
    titleFromFileName(fileName);
  const wordCount = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const content = {
    title,
    ...optional('byline', metadata.byline),
    ...optional('source', metadata.source),
    ...optional('sourceUrl', metadata.sourceUrl),
    ...optional('published', metadata.published),
    language: articleLanguage(metadata.language, title, blocks),
    tags: uniqueTags(metadata.tags ?? []),
    summary: normalizeProse(metadata.summary ?? '') || summaryOf(blocks, title),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    blocks,
  };
  const candidate = {
    id: articleId(metadata.id, relativePath),
    ...content,
    contentHash: articleContentHash(content),
  };
  const checked = ArticleSchema.safeParse(candidate);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new SourceRejected('invalid-article', `article is invalid: ${problems.join('; ')}`);
  }
  return { article: checked.data, ...(links && { links }) };
}

/**
 * The article under another title, decided once the whole collection is
 * known (a site name taken off). A first heading that becomes the title
 * leaves the body, as it does when a parser finds it, unless it is all the
 * text there is; counts and ids follow, and the content hash too unless
 * `hash` is false: the link pass hashes an article with links again anyway,
 * and hashing is most of an unchanged rebuild (withContentHash then).
 */
export function retitleArticle(
  article: Article,
  title: string,
  { hash = true }: { hash?: boolean } = {},
): { article: Article; removedFirstBlock: boolean } {
  const [first, ...rest] = article.blocks;
  const removedFirstBlock =
    first?.kind === 'heading' && rest.length > 0 && sameTitle(first.text, title);
  const blocks = removedFirstBlock
    ? assignBlockIds(rest).map(withResolvedLinksOnly)
    : article.blocks;
  const wordCount = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const retitled = {
    ...article,
    title,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    blocks,
  };
  return { article: hash ? withContentHash(retitled) : retitled, removedFirstBlock };
}

/** The article with the content hash of what it now holds. */
export function withContentHash(article: Article): Article {
  const { id, contentHash: _old, ...content } = article;
  return { id, ...content, contentHash: articleContentHash(content) };
}

/**
 * Documentation generators end each heading with a link to itself, drawn as
 * "¶", "🔗" or a lone "#" (Sphinx, MkDocs, GitHub pages): not the author's
 * words, and noise in the contents and in search. A "#" that is part of a
 * word ("C#") stays.
 */
export function stripPermalinkMark(text: string): string {
  return text.replace(/(?:\s*[¶🔗]|\s+#)+$/u, '');
}

/**
 * The heading without its permalink mark, and without the marks over it
 * (the mark is usually a link to the heading itself); a mark that ran into
 * it ends with the text.
 */
function withoutPermalinkMark(block: DraftBlock): DraftBlock {
  if (block.kind !== 'heading') return block;
  const text = stripPermalinkMark(block.text);
  if (text === '' || text === block.text) return block;
  if (!block.marks) return { ...block, text };
  const marks = block.marks
    .filter((mark) => mark.start < text.length)
    .map((mark) => (mark.end > text.length ? { ...mark, end: text.length } : mark));
  const { marks: _all, ...rest } = block;
  return marks.length > 0 ? { ...rest, text, marks } : { ...rest, text };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  const text = value === undefined ? '' : normalizeProse(value);
  return (text === '' ? {} : { [key]: text }) as { [P in K]?: string };
}

function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => normalizeProse(tag)).filter((tag) => tag !== ''))];
}

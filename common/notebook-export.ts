// Taking the notebook out: Markdown for people, W3C Web Annotation JSON for
// tools (and for importing back). Pure functions over annotations and the
// article details the caller knows.
import { COLOR_LABELS, isOrphan, type Annotation } from './annotations';

/** The app's own page; links in exports open the passage there. */
export const APP_PAGE_URL = 'app://reader/index.html';
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Where this app keeps what the W3C model has no field for (colour, block range...). */
export const READER_EXTENSION = 'offlineReader';
export const ANNOTATION_ID_PREFIX = 'urn:offline-reader:annotation:';

export interface ArticleInfo {
  id: string;
  title: string;
  source?: string;
  sourceUrl?: string;
}

export function passageLink(annotation: Annotation): string {
  return `${APP_PAGE_URL}#/article/${encodeURIComponent(annotation.articleId)}?block=${encodeURIComponent(annotation.anchor.startBlockId)}`;
}

export function articleSourceUri(articleId: string): string {
  return `${APP_PAGE_URL}#/article/${encodeURIComponent(articleId)}`;
}

/** Reading order within an article; unanchored last. */
export function byPlace(a: Annotation, b: Annotation): number {
  return (
    Number(isOrphan(a)) - Number(isOrphan(b)) ||
    a.anchor.position.start - b.anchor.position.start ||
    a.anchor.position.end - b.anchor.position.end ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/** YAML double-quoted scalar: safe for any title. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

function annotationMarkdown(annotation: Annotation): string {
  const parts: string[] = [];
  if (annotation.kind === 'bookmark') parts.push(`**Bookmark**`);
  parts.push(quoteLines(annotation.anchor.quote.exact));
  const details = [
    annotation.kind === 'highlight' ? COLOR_LABELS[annotation.color] : undefined,
    isOrphan(annotation) ? 'unanchored' : undefined,
    annotation.createdAt.slice(0, 10),
  ].filter(Boolean);
  if (annotation.note.trim() !== '') {
    // Two trailing spaces keep the note's own line breaks in Markdown.
    parts.push(
      annotation.note
        .split('\n')
        .map((line) => `${line}  `)
        .join('\n')
        .trimEnd(),
    );
  }
  if (annotation.tags.length > 0)
    parts.push(`Tags: ${annotation.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}`);
  parts.push(`[Open in the reader](${passageLink(annotation)}) · ${details.join(' · ')}`);
  return parts.join('\n\n');
}

/** One article's annotations as a Markdown document with front matter. */
export function articleToMarkdown(
  article: ArticleInfo,
  annotations: readonly Annotation[],
): string {
  const front = ['---', `title: ${yamlString(article.title)}`];
  if (article.source) front.push(`source: ${yamlString(article.source)}`);
  if (article.sourceUrl) front.push(`source_url: ${yamlString(article.sourceUrl)}`);
  front.push(`link: ${yamlString(articleSourceUri(article.id))}`, '---');
  const body = [...annotations].sort(byPlace).map(annotationMarkdown);
  return `${front.join('\n')}\n\n# ${article.title}\n\n${body.join('\n\n---\n\n')}\n`;
}

/**
 * The whole notebook as one Markdown file: front matter for the notebook,
 * then one section per article (its title, source and annotations).
 */
export function notebookToMarkdown(
  title: string,
  articles: readonly ArticleInfo[],
  annotations: readonly Annotation[],
): string {
  const byArticle = groupByArticle(annotations);
  const known = new Map(articles.map((a) => [a.id, a]));
  const sections = [...byArticle.entries()]
    .map(([id, items]) => ({ info: known.get(id) ?? { id, title: items[0]!.articleTitle }, items }))
    .sort((a, b) => a.info.title.localeCompare(b.info.title))
    .map(({ info, items }) => {
      const source = [info.source, info.sourceUrl].filter(Boolean).join(', ');
      const header = [`## ${info.title}`];
      if (source) header.push(`Source: ${source}`);
      if (!known.has(info.id)) header.push('_This article is no longer in the collection._');
      return `${header.join('\n\n')}\n\n${[...items].sort(byPlace).map(annotationMarkdown).join('\n\n---\n\n')}`;
    });
  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `exported: ${yamlString(new Date().toISOString())}`,
    '---',
  ];
  return `${front.join('\n')}\n\n# ${title}\n\n${sections.join('\n\n')}\n`;
}

function groupByArticle(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = groups.get(a.articleId);
    if (list) list.push(a);
    else groups.set(a.articleId, [a]);
  }
  return groups;
}

/** One annotation in the W3C Web Annotation Data Model. */
export function toWebAnnotation(annotation: Annotation): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (annotation.note !== '') {
    body.push({
      type: 'TextualBody',
      value: annotation.note,
      format: 'text/plain',
      purpose: 'commenting',
    });
  }
  for (const tag of annotation.tags)
    body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const { quote, position, contentHash, ...range } = annotation.anchor;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: `${ANNOTATION_ID_PREFIX}${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.kind === 'bookmark' ? 'bookmarking' : 'highlighting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: articleSourceUri(annotation.articleId),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    [READER_EXTENSION]: {
      kind: annotation.kind,
      articleId: annotation.articleId,
      articleTitle: annotation.articleTitle,
      color: annotation.color,
      range,
      contentHash,
      ...(annotation.anchoring ? { anchoring: annotation.anchoring } : {}),
    },
  };
}

export function notebookToWebAnnotations(
  label: string,
  annotations: readonly Annotation[],
): Record<string, unknown> {
  const items = annotations.map(toWebAnnotation);
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

// The notebook as a file: Markdown to read, or Web Annotation JSON that
// import takes back (compact, so that a full notebook fits one import:
// notebook-limit.ts).
import type { Annotation, ExportFormat, ExportedFile } from '../../common/annotations';
import type { Manifest } from '../../common/collection';
import {
  articleToMarkdown,
  notebookToMarkdown,
  notebookToWebAnnotations,
  type ArticleInfo,
} from '../../common/notebook-export';

/** `items` (one article's when `articleId` is given) in `format`, named for saving. */
export function exportNotebook(
  items: Annotation[],
  manifest: Pick<Manifest, 'title' | 'articles'>,
  format: ExportFormat,
  articleId?: string,
): ExportedFile {
  const infos: ArticleInfo[] = manifest.articles.map((a) => ({
    id: a.id,
    title: a.title,
    source: a.source,
    sourceUrl: a.sourceUrl,
  }));
  const stem = articleId ? `${articleId}-notes` : 'notebook';
  if (format === 'web-annotation') {
    return {
      fileName: `${stem}.annotations.json`,
      mimeType: 'application/ld+json',
      // Without indentation: a third smaller, and it must fit one import (notebook-limit.ts).
      content: `${JSON.stringify(notebookToWebAnnotations(`${manifest.title}: notebook`, items))}\n`,
    };
  }
  if (articleId) {
    const info = infos.find((a) => a.id === articleId) ?? {
      id: articleId,
      title: items[0]?.articleTitle ?? articleId,
    };
    return {
      fileName: `${stem}.md`,
      mimeType: 'text/markdown',
      content: articleToMarkdown(info, items),
    };
  }
  return {
    fileName: `${stem}.md`,
    mimeType: 'text/markdown',
    content: notebookToMarkdown(`${manifest.title}: notebook`, infos, items),
  };
}

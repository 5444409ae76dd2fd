import type { Article } from '../../../common/model';

/** The selected words in quotation marks, then title, author, source and date. */
export function citationText(quote: string, article: Article): string {
  const details = [
    article.title,
    article.byline,
    article.source,
    article.published?.slice(0, 10),
    article.sourceUrl,
  ].filter((part): part is string => Boolean(part && part.trim()));
  return `“${quote.trim()}”\n— ${details.join(', ')}`;
}

// The page's title, byline, site name and date as Readability reads them,
// without its search for the article. That search (scoring every element of
// a copy of the page) was 60 % of compiling Python's documentation, and a
// page that names its main content (html-main.ts) does not use its result.
//
// Readability exposes the two steps only as methods of its own
// (`_getJSONLD`, `_getArticleMetadata`), which `parse()` runs first, before
// the search, and which only read the document. The version is pinned, and
// tests/unit/compiler/readability-metadata.test.ts fails if they change.
import { Readability } from '@mozilla/readability';

export interface PageMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

interface MetadataSteps {
  _getJSONLD(document: Document): Record<string, unknown>;
  _getArticleMetadata(jsonLd: Record<string, unknown>): PageMetadata;
}

/** What Readability's `parse()` reports about the page itself, read from `document` unchanged. */
export function readabilityMetadata(document: Document): PageMetadata {
  const steps = new Readability<Node>(document) as unknown as Partial<MetadataSteps>;
  if (typeof steps._getJSONLD !== 'function' || typeof steps._getArticleMetadata !== 'function') {
    throw new Error(
      'This version of @mozilla/readability no longer has the metadata steps the compiler calls (_getJSONLD, _getArticleMetadata): see compiler/readability-metadata.ts',
    );
  }
  const metadata = steps._getArticleMetadata(steps._getJSONLD(document));
  // parse() reports the <html> element's lang as the article's.
  return { ...metadata, lang: document.documentElement.getAttribute('lang') };
}

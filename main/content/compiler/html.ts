// HTML source -> draft blocks and metadata. jsdom builds the DOM with its
// defaults, which run no scripts and load no resources (no runScripts, no
// resources option); Readability then picks the main content, and
// html-blocks.ts takes only its text.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { normalizeProse } from '../../../common/text';
import { blocksFromHtml } from './html-blocks';
import { sameTitle } from './title';
import type { DraftBlock, SourceMetadata } from './types';

/** Relative links resolve against this, so nothing points at the local disk. */
const PLACEHOLDER_URL = 'https://invalid.local/';
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedHtml {
  metadata: SourceMetadata;
  /** From <title> (via Readability) or the first <h1>. */
  title?: string;
  blocks: DraftBlock[];
}

export function parseHtml(html: string): ParsedHtml {
  // A VirtualConsole that is not connected anywhere: jsdom's complaints about
  // a page's broken CSS are about the source page, not about this build.
  const dom = new JSDOM(html, { url: PLACEHOLDER_URL, virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    // Read before Readability, which rearranges the document.
    const documentTitle = normalizeProse(document.title);
    const firstH1 = normalizeProse(document.querySelector('h1')?.textContent ?? '');
    const documentLanguage = document.documentElement.getAttribute('lang') ?? '';

    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    let blocks = article?.content ? blocksFromHtml(article.content) : [];
    // Readability gives up on some pages (very short ones): read the whole body then.
    if (blocks.length === 0) blocks = blocksFromHtml(document.body);

    const title =
      [normalizeProse(article?.title ?? ''), documentTitle, firstH1].find((t) => t !== '') ||
      undefined;
    const first = blocks[0];
    if (title && first?.kind === 'heading' && sameTitle(first.text, title)) blocks.shift();

    return {
      metadata: metadataOf(article, documentLanguage),
      ...(title === undefined ? {} : { title }),
      blocks,
    };
  } finally {
    dom.window.close();
  }
}

type ReadabilityResult = ReturnType<Readability<Node>['parse']>;

function metadataOf(article: ReadabilityResult, documentLanguage: string): SourceMetadata {
  const metadata: SourceMetadata = {};
  const byline = normalizeProse(article?.byline ?? '');
  const siteName = normalizeProse(article?.siteName ?? '');
  const language = (article?.lang ?? documentLanguage).trim();
  const published = (article?.publishedTime ?? '').trim();
  if (byline) metadata.byline = byline;
  if (siteName) metadata.source = siteName;
  if (LANGUAGE_TAG.test(language)) metadata.language = language;
  if (ISO_DATE.test(published) && !Number.isNaN(Date.parse(published))) {
    metadata.published = published;
  }
  return metadata;
}

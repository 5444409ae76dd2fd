// HTML source -> draft blocks and metadata. jsdom builds the DOM with its
// defaults, which run no scripts and load no resources (no runScripts, no
// resources option); Readability then picks the main content, and
// html-blocks.ts takes only its text.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { normalizeProse } from '../../../common/text';
import { blocksFromHtml } from './html-blocks';
import { estimateHtmlDepth } from './html-depth';
import { SourceRejected } from './rejection';
import { sameTitle } from './title';
import type { DraftBlock, SourceMetadata } from './types';

/** Relative links resolve against this, so nothing points at the local disk. */
const PLACEHOLDER_URL = 'https://invalid.local/';
/**
 * Readability's scoring slows down steeply with nesting (500 nested divs take
 * seconds, 2,000 take minutes) and grows with the element count; past these,
 * the whole body is read instead. Real articles stay far below both.
 */
const READABILITY_MAX_DEPTH = 64;
const READABILITY_MAX_ELEMENTS = 20_000;
/** Deeper documents are rejected: walking them could overflow the stack. */
const MAX_DEPTH = 500;
/** Sources whose tags suggest this depth are refused before jsdom parses them. */
const MAX_ESTIMATED_DEPTH = 4 * MAX_DEPTH;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedHtml {
  metadata: SourceMetadata;
  /** From <title> (via Readability) or the first <h1>. */
  title?: string;
  blocks: DraftBlock[];
}

export function parseHtml(html: string): ParsedHtml {
  const estimated = estimateHtmlDepth(html);
  if (estimated > MAX_ESTIMATED_DEPTH) {
    throw new SourceRejected(
      'too-complex',
      `HTML nested about ${estimated} elements deep, more than the ${MAX_DEPTH} this reader accepts`,
    );
  }
  // A VirtualConsole that is not connected anywhere: jsdom's complaints about
  // a page's broken CSS are about the source page, not about this build.
  const dom = new JSDOM(html, { url: PLACEHOLDER_URL, virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    // Read before Readability, which rearranges the document.
    const documentTitle = normalizeProse(document.title);
    const firstH1 = normalizeProse(document.querySelector('h1')?.textContent ?? '');
    const documentLanguage = document.documentElement.getAttribute('lang') ?? '';

    const size = measureTree(document.documentElement);
    if (size.depth > MAX_DEPTH) {
      throw new SourceRejected(
        'too-complex',
        `HTML nested ${size.depth} elements deep, more than the ${MAX_DEPTH} this reader accepts`,
      );
    }
    const useReadability =
      size.depth <= READABILITY_MAX_DEPTH && size.elements <= READABILITY_MAX_ELEMENTS;
    const article = useReadability
      ? new Readability<Node>(document, { serializer: (node) => node }).parse()
      : null;
    let blocks = article?.content ? blocksFromHtml(article.content) : [];
    // Readability gives up on some pages (very short ones), or was skipped: read the whole body.
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

/** Element count and nesting depth, walked without recursion so any depth is safe. */
function measureTree(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const pending: Array<[Element, number]> = [[root, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, level] = next;
    elements++;
    depth = Math.max(depth, level);
    // Sibling pointers, not element.children: indexing jsdom's live
    // HTMLCollection is slow enough to make this quadratic on wide pages.
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      pending.push([child, level + 1]);
    }
  }
  return { elements, depth };
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

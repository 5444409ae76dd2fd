// HTML source -> draft blocks and metadata. html-dom.ts builds the DOM, which
// runs no scripts and loads no resources; Readability, on a copy, finds the
// main content and the metadata (only the metadata, read from the page, when
// the page names its <main>); html-main.ts reads the article's text from the
// page itself.
import { Readability } from '@mozilla/readability';
import { normalizeProse } from '../common/text';
import { imagesAsTextWarnings, notShownWarnings } from './html-blocks';
import { bylineWithin } from './html-byline';
import { estimateHtmlDepth } from './html-depth';
import { parseDocument, type ParsedDocument } from './html-dom';
import { markSourceElements, namedMainContent, readMainContent } from './html-main';
import { readabilityMetadata, type PageMetadata } from './readability-metadata';
import { SourceRejected } from './rejection';
import { headingRepeatsTitle, sameTitle } from './title';
import type { DraftBlock, SourceMetadata, SourceWarning } from './types';

/**
 * Readability's scoring slows down steeply with nesting (500 nested divs take
 * seconds, 2,000 take minutes) and grows with the element count; past these,
 * the whole body is read instead. Real articles stay far below both.
 */
const READABILITY_MAX_DEPTH = 64;
const READABILITY_MAX_ELEMENTS = 20_000;
/** Deeper documents are rejected: walking them could overflow the stack. */
const MAX_DEPTH = 500;
/** Sources whose tags suggest this depth are refused before they are parsed. */
export const MAX_ESTIMATED_DEPTH = 4 * MAX_DEPTH;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedHtml {
  metadata: SourceMetadata;
  /** From <title> (via Readability) or the first <h1>. */
  title?: string;
  /** The page's <title> as written, for the collection to find its site's name in. */
  pageTitle?: string;
  blocks: DraftBlock[];
  warnings: SourceWarning[];
}

export function parseHtml(html: string): ParsedHtml {
  const estimated = estimateHtmlDepth(html);
  if (estimated > MAX_ESTIMATED_DEPTH) {
    throw new SourceRejected(
      'too-complex',
      `HTML nested about ${estimated} elements deep, more than the ${MAX_DEPTH} this reader accepts`,
    );
  }
  const parsed = parseDocument(html);
  try {
    return readHtmlDocument(parsed);
  } finally {
    parsed.close?.();
  }
}

/**
 * The article in a parsed page. Exported so a test can hand it a page jsdom
 * parsed and check the article comes out the same (html-dom.ts).
 */
export function readHtmlDocument({ document, lineOf }: ParsedDocument): ParsedHtml {
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
  const named = namedMainContent(document);
  // A page whose <main> (or role="main") says where its text is is read
  // there whatever Readability would pick, so only Readability's metadata
  // is needed: its search through the page would be thrown away.
  const searchForArticle =
    named?.says !== 'main' &&
    size.depth <= READABILITY_MAX_DEPTH &&
    size.elements <= READABILITY_MAX_ELEMENTS;
  const sources = searchForArticle ? markSourceElements(document.documentElement) : [];
  // Readability rearranges the document it reads: it gets a copy, and the
  // page stays whole for html-main.ts to read the text from.
  const found = searchForArticle
    ? new Readability<Node>(document.cloneNode(true) as Document, {
        serializer: (node) => node,
      }).parse()
    : null;
  // Readability's title, byline, site and date: from its search when it ran
  // (its byline may be a paragraph it found in the text), else from the
  // page's <title>, <meta> and JSON-LD alone.
  const about: PageMetadata | null = searchForArticle ? found : readabilityMetadata(document);
  const bylineLine =
    about && !about.byline && !searchForArticle && named ? bylineWithin(named.element) : undefined;
  if (about && bylineLine) about.byline = bylineLine.byline;
  const main = readMainContent(document, named, found?.content ?? null, sources, lineOf);
  const blocks = main.blocks;

  const title =
    [normalizeProse(about?.title ?? ''), documentTitle, firstH1].find((t) => t !== '') || undefined;
  const first = blocks[0];
  if (
    title &&
    first?.kind === 'heading' &&
    (first.level ?? 1) <= 2 &&
    (sameTitle(first.text, title) || headingRepeatsTitle(first.text, title))
  ) {
    const [heading] = blocks.splice(0, 1);
    // Links to the title's anchors land on the article's top: its first block.
    const next = blocks[0];
    if (next && heading?.anchors) next.anchors = [...heading.anchors, ...(next.anchors ?? [])];
  }
  const metadata = metadataOf(about, documentLanguage);
  placeByline(metadata, blocks, bylineLine?.line);

  return {
    metadata,
    ...(title === undefined ? {} : { title }),
    ...(documentTitle === '' ? {} : { pageTitle: documentTitle }),
    blocks,
    warnings: [
      ...notShownWarnings(
        main.notShown.map((element) => ({
          tag: element.localName,
          line: lineOf(element),
        })),
      ),
      ...imagesAsTextWarnings(main.imagesAsText.map(lineOf)),
    ],
  };
}

/**
 * Readability takes a short element it thinks is the byline out of the text
 * (a `class="author-note"` paragraph is one), and so does bylineWithin on a
 * page read from its <main>. The text is read from the page
 * again, so that element is a block once more: above the text it is the
 * byline and leaves the body; further down it is part of the text, and was
 * no byline after all.
 */
function placeByline(metadata: SourceMetadata, blocks: DraftBlock[], line?: string): void {
  if (metadata.byline === undefined) return;
  // The line that names the author may say more than the name ("By Ann Lee").
  const byline = line ?? metadata.byline;
  const index = blocks.findIndex(
    (block) => block.kind !== 'heading' && block.kind !== 'code' && sameTitle(block.text, byline),
  );
  if (index === -1) return;
  if (blocks.slice(0, index).every((block) => block.kind === 'heading')) blocks.splice(index, 1);
  else delete metadata.byline;
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
    // Sibling pointers, not element.children: indexing a live
    // HTMLCollection is slow enough to make this quadratic on wide pages.
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      pending.push([child, level + 1]);
    }
  }
  return { elements, depth };
}

function metadataOf(about: PageMetadata | null, documentLanguage: string): SourceMetadata {
  const metadata: SourceMetadata = {};
  const byline = normalizeProse(about?.byline ?? '');
  const siteName = normalizeProse(about?.siteName ?? '');
  const language = (about?.lang ?? documentLanguage).trim();
  const published = (about?.publishedTime ?? '').trim();
  if (byline) metadata.byline = byline;
  if (siteName) metadata.source = siteName;
  if (LANGUAGE_TAG.test(language)) metadata.language = language;
  if (ISO_DATE.test(published) && !Number.isNaN(Date.parse(published))) {
    metadata.published = published;
  }
  return metadata;
}

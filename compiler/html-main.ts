// Which part of an HTML page is the article, and its blocks. Readability
// finds the main content well but also cuts text out of it: asides, notes and
// boxes whose class looks like a sidebar or a comment, a paragraph it takes
// for the byline, a second <article>, a quote's <footer>. So:
// - when the page names its main content (one <main>, one role="main", or
//   one <article>), that element is read whole;
// - otherwise each element Readability kept is read from the page itself,
//   with everything inside it, so what Readability cut from within the
//   content comes back in document order.
// Inside the article only navigation is left out; the site's header, footer,
// sidebars and banners are outside it (isPageChrome).
import { countWords } from '../common/text';
import { blocksFromHtml, isHidden } from './html-blocks';
import type { DraftBlock } from './types';

/** Numbers each source element, so the copy Readability rearranges can be traced back. */
const SOURCE_MARK = 'data-offline-reader-source';

/**
 * Inside one of these a <header> or <footer> belongs to that part of the
 * page (a quote's attribution, an article's date line), not to the site;
 * the list follows the HTML accessibility mapping of banner and contentinfo.
 */
const SECTION_OR_ROOT =
  'article, aside, main, nav, section, blockquote, details, dialog, fieldset, figure, td, ' +
  '[role="main"], [role="article"], [role="region"], [role="complementary"], [role="navigation"]';
/** Inside these, an <aside> or a dialog is part of the article. */
const ARTICLE = 'article, main, [role="main"], [role="article"]';
/** Roles of menus and site search, chrome wherever they are. */
const NAVIGATION_ROLES = new Set(['navigation', 'search', 'menu', 'menubar']);

export interface MainContent {
  blocks: DraftBlock[];
  /** Elements inside the main content that a text article cannot show (NOT_SHOWN). */
  notShown: Element[];
  /** Images where only text can stand (in a heading, cell, term, caption or code), shown as their alt text. */
  imagesAsText: Element[];
}

/** How the blocks' links and images name their source lines. */
export type LineOf = (element: Element) => number | undefined;

/**
 * Marks every element of the page before Readability runs on a copy of it;
 * returns them by mark. The page's own attributes of that name are
 * overwritten, so a page cannot point the marks elsewhere.
 */
export function markSourceElements(root: Element): Element[] {
  const elements: Element[] = [];
  const pending: Element[] = [root];
  for (let element = pending.pop(); element; element = pending.pop()) {
    element.setAttribute(SOURCE_MARK, String(elements.length));
    elements.push(element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      pending.push(child);
    }
  }
  return elements;
}

/**
 * The article's blocks. `named` is namedMainContent's answer for `document`;
 * `readability` is Readability's content (a copy of part of `document`,
 * whose elements were marked by markSourceElements), or null when
 * Readability found nothing or was not run.
 */
export function readMainContent(
  document: Document,
  named: NamedMainContent | undefined,
  readability: Node | null,
  sources: Element[],
  lineOf: LineOf,
): MainContent {
  if (named) {
    const whole = readElement(named.element, isNavigation, lineOf);
    // <main> and role="main" say what they are. A lone <article> may be a
    // teaser beside the real text: when Readability picked something else,
    // with more words, that wins. When its pick is in the article or around
    // it, the article is the text (the extra words around it are chrome).
    if (named.says === 'main' || !readability) return whole;
    if (overlaps(readability, named.element, sources)) return whole;
    if (wordsOf(whole.blocks) >= wordsOf(blocksFromHtml(readability))) return whole;
  }
  const kept = readability ? readWithin(readability, sources, lineOf) : undefined;
  if (kept && kept.blocks.length > 0) return kept;
  // Readability gave up (very short pages) or was skipped: read the whole body.
  return readElement(document.body, isPageChrome, lineOf);
}

export interface NamedMainContent {
  element: Element;
  /** <main> or role="main" is the text; a lone <article> may be a teaser. */
  says: 'main' | 'article';
}

/**
 * The one element the page says is its main content, if it says so
 * unambiguously: one <main>, else one role="main", else one <article>
 * (counting only the outermost of each; hidden ones do not count).
 */
export function namedMainContent(document: Document): NamedMainContent | undefined {
  const found = { main: [] as Element[], role: [] as Element[], article: [] as Element[] };
  // One walk, without recursion, that does not descend into what it found:
  // querySelectorAll would take a second per selector on a page of 25,000 elements.
  const pending: Array<[Element, { main: boolean; role: boolean; article: boolean }]> = [
    [document.documentElement, { main: false, role: false, article: false }],
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, inside] = next;
    if (isHidden(element)) continue;
    const here = {
      main: inside.main || element.localName === 'main',
      role: inside.role || element.getAttribute('role')?.trim().toLowerCase() === 'main',
      article: inside.article || element.localName === 'article',
    };
    if (here.main && !inside.main) found.main.push(element);
    if (here.role && !inside.role) found.role.push(element);
    if (here.article && !inside.article) found.article.push(element);
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      pending.push([child, here]);
    }
  }
  const main = [found.main, found.role].find((list) => list.length === 1)?.[0];
  if (main) return { element: main, says: 'main' };
  const article = found.article.length === 1 ? found.article[0] : undefined;
  return article && { element: article, says: 'article' };
}

/** Menus and site search: never the article's text, wherever they are. */
function isNavigation(element: Element): boolean {
  const role = element.getAttribute('role')?.trim().toLowerCase() ?? '';
  return element.localName === 'nav' || NAVIGATION_ROLES.has(role);
}

/**
 * Navigation, and the site's header, footer, sidebars and banners (cookie
 * notices are dialogs) when they are not inside an article. None of it is
 * the article's text, so it is left out without a warning.
 */
function isPageChrome(element: Element): boolean {
  if (isNavigation(element)) return true;
  const tag = element.localName;
  const role = element.getAttribute('role')?.trim().toLowerCase() ?? '';
  const outside = (selector: string) => !element.parentElement?.closest(selector);
  if (tag === 'header' || tag === 'footer' || role === 'banner' || role === 'contentinfo') {
    return outside(SECTION_OR_ROOT);
  }
  if (
    tag === 'aside' ||
    tag === 'dialog' ||
    role === 'complementary' ||
    role === 'dialog' ||
    role === 'alertdialog'
  ) {
    return outside(ARTICLE);
  }
  return false;
}

function readElement(
  element: Element,
  isChrome: (element: Element) => boolean,
  lineOf?: LineOf,
): MainContent {
  const notShown: Element[] = [];
  const imagesAsText: Element[] = [];
  const blocks = blocksFromHtml(element, {
    isChrome,
    onNotShown: (found) => notShown.push(found),
    onImageAsText: (found) => imagesAsText.push(found),
    ...(lineOf ? { lineOf } : {}),
  });
  return { blocks, notShown, imagesAsText };
}

/**
 * Readability's content, each element it kept read from the page with all
 * it held: inside what Readability chose as the article, only navigation is
 * left out. The kept elements themselves are checked for page chrome, since
 * Readability keeps the whole body's children when it finds no better pick.
 */
function readWithin(readability: Node, sources: Element[], lineOf?: LineOf): MainContent {
  const notShown: Element[] = [];
  const imagesAsText: Element[] = [];
  const read: Element[] = [];
  // The page's own elements, as against the copies in Readability's content
  // (a DOM may give a copy the page's ownerDocument).
  const inPage = new Set(sources);
  const blocks = blocksFromHtml(readability, {
    isChrome: isNavigation,
    onNotShown: (found) => notShown.push(found),
    onImageAsText: (found) => imagesAsText.push(found),
    ...(lineOf ? { lineOf } : {}),
    sourceOf: (element) => {
      if (inPage.has(element)) return undefined;
      const mark = element.getAttribute(SOURCE_MARK);
      const source = mark === null ? undefined : sources[Number(mark)];
      // The body holds the chrome too: read only what Readability kept of it.
      if (!source || source.localName === 'body' || source.localName === 'html') return undefined;
      if (isPageChrome(source)) return 'skip';
      // Readability merges a wrapper into its only child, which then carries
      // the wrapper's mark: an element already read is not read twice.
      if (read.some((done) => done.contains(source))) return 'skip';
      read.push(source);
      return source;
    },
  });
  return { blocks, notShown, imagesAsText };
}

/** Whether any element Readability kept is, or is inside or around, `element`. */
function overlaps(readability: Node, element: Element, sources: Element[]): boolean {
  const pending: Node[] = [readability];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const mark = node.nodeType === 1 ? (node as Element).getAttribute(SOURCE_MARK) : null;
    const source = mark === null ? undefined : sources[Number(mark)];
    if (source && (element.contains(source) || source.contains(element))) return true;
    // Only elements Readability made itself (wrappers) are looked into.
    if (!source)
      for (let child = node.firstChild; child; child = child.nextSibling) pending.push(child);
  }
  return false;
}

function wordsOf(blocks: DraftBlock[]): number {
  return blocks.reduce((sum, block) => sum + countWords(block.text), 0);
}

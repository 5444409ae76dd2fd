// What each HTML element is to the walk (html-blocks.ts): text never shown,
// content an article cannot hold, block-level elements, inline marks, and the
// few documentation generators' conventions (Sphinx's notes, footnotes,
// permalinks and code languages) that say what an element means.
/**
 * Their text is never shown to a reader: script source, CSS, <noscript>
 * fallbacks (a browser with scripts on shows none of it), templates, form
 * controls and metadata. Dropped without a warning: it is not text of the page.
 */
export const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'button',
  'select',
  'input',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'link',
  'meta',
  'base',
  'param',
  'source',
  'track',
  'map',
  'area',
]);

/**
 * Content a reader sees that an article cannot hold: media, drawings and
 * embedded pages, by what a publisher calls them. Dropped, and reported
 * through onNotShown so the publisher hears of it. The HTML walk makes <img>
 * and <picture> image blocks; they stay listed for Markdown's inline HTML,
 * which does not yet.
 */
export const NOT_SHOWN: Record<string, string> = {
  img: 'image',
  picture: 'image',
  svg: 'SVG drawing',
  canvas: 'canvas drawing',
  video: 'video',
  audio: 'audio clip',
  iframe: 'embedded page',
  frame: 'embedded page',
  frameset: 'embedded page',
  object: 'embedded object',
  embed: 'embedded object',
};

/**
 * Elements a browser lays out as blocks (its default style sheet's display:
 * block, list-item or table parts): they start a new block, so the words of
 * two of them never run together. Everything else is inline text, as in a
 * browser, where an unknown <foo> is inline too.
 */
export const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/** Preformatted: their line breaks are the text's. */
export const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);

export const HEADING = /^h([1-6])$/;

/** Inline elements that become marks, by the mark they become. */
export const MARK_OF_TAG: Record<
  string,
  'emphasis' | 'strong' | 'code' | 'strike' | 'sub' | 'sup'
> = {
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  del: 'strike',
  s: 'strike',
  strike: 'strike',
  sub: 'sub',
  sup: 'sup',
};

export function hasClass(element: Element, name: string): boolean {
  const classes = element.getAttribute('class');
  return classes !== null && classes.split(/\s+/).includes(name);
}

/** Boxes beside the text that documentation generators draw (Sphinx admonitions, topics, sidebars). */
const ASIDE_CLASSES = [
  'admonition',
  'note',
  'warning',
  'seealso',
  'tip',
  'hint',
  'important',
  'caution',
  'attention',
  'danger',
  'error',
  'sidebar',
  'topic',
];
/** The paragraph that names such a box ("Note", "See also"): the box's label, not its text. */
const ASIDE_TITLE_CLASSES = ['admonition-title', 'sidebar-title', 'topic-title'];

export function isAside(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'aside') return !hasClass(element, 'footnote-list');
  return tag === 'div' && ASIDE_CLASSES.some((name) => hasClass(element, name));
}

/** The element that names an aside, among its first children. */
export function asideTitle(aside: Element): Element | undefined {
  const first = aside.firstElementChild;
  if (first && ASIDE_TITLE_CLASSES.some((name) => hasClass(first, name))) return first;
  return undefined;
}

/** A footnote or citation: Sphinx's aside.footnote or div.citation, or an ARIA footnote or endnote. */
export function isFootnote(element: Element): boolean {
  const role = element.getAttribute('role')?.trim();
  if (role === 'doc-footnote' || role === 'doc-endnote' || role === 'doc-biblioentry') return true;
  const tag = element.localName;
  return (
    (tag === 'aside' || tag === 'div') &&
    (hasClass(element, 'footnote') || hasClass(element, 'citation'))
  );
}

/** A footnote's label element (Sphinx's span.label "[1]"), among its first children. */
export function footnoteLabel(footnote: Element): Element | undefined {
  const first = footnote.firstElementChild;
  return first && hasClass(first, 'label') ? first : undefined;
}

/** A label as its references show it, without the brackets drawn around it: "[1]" is "1". */
export function labelText(text: string): string {
  return text.replace(/^\[(.*)\]$/su, '$1').trim();
}

/** A link to a footnote: Sphinx's a.footnote-reference, or an ARIA note reference. */
export function isNoteReference(link: Element): boolean {
  return (
    hasClass(link, 'footnote-reference') || link.getAttribute('role')?.trim() === 'doc-noteref'
  );
}

/** Sphinx's "¶" after each heading, term and caption: a link to itself, not the author's text. */
export function isPermalink(element: Element): boolean {
  return element.localName === 'a' && hasClass(element, 'headerlink');
}

/** Sphinx's function and class signatures: code as a whole. */
export function isSignature(term: Element): boolean {
  return hasClass(term, 'sig');
}

/** Sphinx's line blocks (verse, addresses, the built-in functions index): one line each. */
export function isLineBlock(element: Element): boolean {
  return element.localName === 'div' && hasClass(element, 'line-block');
}

const LANGUAGE_CLASS = /^(?:highlight|language|lang)-([\w+#.-]{1,40})$/;
/** Names that say the code is not in any language. */
const NO_LANGUAGE = new Set(['default', 'none', 'text']);

/**
 * The language a code block is written in, from its class or its <code>'s
 * (language-js) or its wrappers' (Sphinx's div.highlight-python3).
 */
export function codeLanguage(pre: Element): string | undefined {
  const candidates = [
    pre,
    pre.firstElementChild,
    pre.parentElement,
    pre.parentElement?.parentElement,
  ];
  for (const element of candidates) {
    for (const name of element?.getAttribute('class')?.split(/\s+/) ?? []) {
      const language = LANGUAGE_CLASS.exec(name)?.[1];
      if (language) return NO_LANGUAGE.has(language) ? undefined : language;
    }
  }
  return undefined;
}

/** A cell's alignment, from its align attribute or its text-align style. */
export function cellAlign(cell: Element): 'left' | 'center' | 'right' | undefined {
  const style = (cell as Element & { style?: CSSStyleDeclaration }).style;
  const value = (
    cell.getAttribute('align') ??
    (cell.hasAttribute('style') ? style?.textAlign : '') ??
    ''
  )
    .trim()
    .toLowerCase();
  return value === 'left' || value === 'center' || value === 'right' ? value : undefined;
}

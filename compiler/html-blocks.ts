// Walks an HTML DOM into draft blocks. Only text is taken, never markup or
// attributes, so no script, style, event handler or link target can reach
// the compiled article; elements that hold code, controls or embedded
// content rather than text for a reader are skipped whole.
import { normalizeCode, normalizeProse } from '../common/text';
import type { DraftBlock, SourceWarning } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Their text is never shown to a reader: script source, CSS, <noscript>
 * fallbacks (a browser with scripts on shows none of it), templates, form
 * controls and metadata. Dropped without a warning: it is not text of the page.
 */
const NOT_TEXT = new Set([
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
 * Content a reader sees that a text article cannot hold: pictures, media,
 * drawings and embedded pages, by what a publisher calls them. Dropped, and
 * reported through onNotShown so the publisher hears of it.
 */
const NOT_SHOWN: Record<string, string> = {
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
const BLOCK_LEVEL = new Set([
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
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);

const HEADING = /^h([1-6])$/;

type ProseKind = 'paragraph' | 'quote' | 'list-item';

export interface HtmlWalkOptions {
  /** What a run of text at the top becomes (a fragment inside a Markdown quote is a quote). */
  kind?: ProseKind;
  /**
   * The source element an element of another tree stands for: Readability's
   * output is a cleaned copy, and the walk reads the source element instead,
   * with everything Readability cut out of it (html-main.ts). 'skip' leaves
   * the element out (its source is chrome, or was read already).
   */
  sourceOf?: (element: Element) => Element | 'skip' | undefined;
  /** Page chrome (navigation, site header and footer) to leave out. */
  isChrome?: (element: Element) => boolean;
  /** Told of every NOT_SHOWN element the walk leaves out. */
  onNotShown?: (element: Element) => void;
}

export function blocksFromHtml(root: Node, options: HtmlWalkOptions = {}): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  new HtmlWalker(options, blocks).walkContainer(root, options.kind ?? 'paragraph');
  return blocks;
}

/** Whether a browser shows the element at all (as far as the markup itself says). */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  // A closed <dialog> opens only when a script or a button opens it.
  if (element.localName === 'dialog' && !element.hasAttribute('open')) return true;
  // Decorations and duplicates of text that screen readers get in another form.
  if (element.getAttribute('aria-hidden')?.trim() === 'true') return true;
  if (!element.hasAttribute('style')) return false;
  const style = (element as Element & { style?: CSSStyleDeclaration }).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

class HtmlWalker {
  constructor(
    private readonly options: HtmlWalkOptions,
    private readonly out: DraftBlock[],
  ) {}

  /** Children of a container: runs of inline content become blocks of `kind`. */
  walkContainer(container: Node, kind: ProseKind): void {
    let inline: string[] = [];
    const endInline = () => {
      this.push(kind, inline.join(''));
      inline = [];
    };
    for (const child of this.childrenOf(container)) {
      if (child.nodeType === TEXT_NODE) inline.push(child.textContent ?? '');
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      if (!this.isRead(element)) continue;
      const tag = element.localName;
      if (!BLOCK_LEVEL.has(tag)) {
        inline.push(this.textOf(element));
        continue;
      }
      endInline();
      this.walkBlock(element, tag, kind);
    }
    endInline();
  }

  private walkBlock(element: Element, tag: string, kind: ProseKind): void {
    const heading = HEADING.exec(tag);
    if (heading) {
      // Inside a quote or list a heading is part of that quote or list.
      if (kind === 'paragraph') this.push('heading', this.textOf(element), Number(heading[1]));
      else this.push(kind, this.textOf(element));
    } else if (
      tag === 'p' ||
      tag === 'dt' ||
      tag === 'dd' ||
      tag === 'figcaption' ||
      tag === 'caption' ||
      tag === 'legend' ||
      tag === 'summary'
    ) {
      this.push(kind, this.textOf(element));
    } else if (PREFORMATTED.has(tag)) {
      const code = normalizeCode(this.textOf(element, { keepLineBreaks: true }));
      if (code !== '') this.out.push({ kind: 'code', text: code });
    } else if (tag === 'blockquote') {
      this.walkContainer(element, 'quote');
    } else if (tag === 'li') {
      this.walkContainer(element, kind === 'quote' ? 'quote' : 'list-item');
    } else if (tag === 'tr') {
      // A table row reads as one line: its cells separated by a bar.
      const cells = this.childrenOf(element).filter(
        (cell): cell is Element => cell.nodeType === ELEMENT_NODE && this.isRead(cell as Element),
      );
      this.push(
        kind,
        cells
          .map((cell) => normalizeProse(this.textOf(cell)))
          .filter(Boolean)
          .join(' | '),
      );
    } else if (tag !== 'hr') {
      this.walkContainer(element, kind);
    }
  }

  /**
   * Child nodes by sibling pointers, each one read from its source when it
   * has one. Reading node.childNodes makes jsdom keep a live NodeList that it
   * updates on every later removal, which turns closing the window on a page
   * of 25,000 paragraphs into minutes of work.
   */
  private childrenOf(node: Node): Node[] {
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const source =
        child.nodeType === ELEMENT_NODE ? this.options.sourceOf?.(child as Element) : undefined;
      if (source !== 'skip') children.push(source ?? child);
    }
    return children;
  }

  /** Whether the element's text is read; reports content that cannot be shown. */
  private isRead(element: Element): boolean {
    const tag = element.localName;
    if (NOT_TEXT.has(tag) || isHidden(element)) return false;
    if (isNotShownTag(tag)) {
      this.options.onNotShown?.(element);
      return false;
    }
    return !this.options.isChrome?.(element);
  }

  /** The text a reader sees in an element; <br> is a line break. */
  private textOf(node: Node, options: { keepLineBreaks?: boolean } = {}): string {
    if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) return '';
    const element = node as Element;
    if (!this.isRead(element)) return '';
    if (element.localName === 'br') return '\n';
    if (element.localName === 'math') return mathText(element);
    const text = this.childrenOf(element)
      .map((child) => this.textOf(child, options))
      .join('');
    // Block elements nested in inline context (a <div> in a <li>) still separate words.
    return BLOCK_LEVEL.has(element.localName) && !options.keepLineBreaks ? ` ${text} ` : text;
  }

  private push(kind: DraftBlock['kind'], rawText: string, level?: number) {
    const text = normalizeProse(rawText);
    if (text === '') return;
    this.out.push(level === undefined ? { kind, text } : { kind, level, text });
  }
}

/** Whether a tag names content a text article cannot show (see NOT_SHOWN). */
export function isNotShownTag(tag: string): boolean {
  return Object.hasOwn(NOT_SHOWN, tag);
}

/** One warning per kind of content a text article cannot show, at the first one's line. */
export function notShownWarnings(found: Array<{ tag: string; line?: number }>): SourceWarning[] {
  const byName = new Map<string, { count: number; line?: number }>();
  for (const { tag, line } of found) {
    const name = NOT_SHOWN[tag] ?? `<${tag}> element`;
    const seen = byName.get(name) ?? { count: 0 };
    seen.count++;
    seen.line ??= line;
    byName.set(name, seen);
  }
  return [...byName].map(([name, { count, line }]) => ({
    ...(line === undefined ? {} : { line }),
    code: 'not-shown',
    message: `${count === 1 ? `1 ${name} is` : `${count} ${name}s are`} not shown: articles hold text only`,
  }));
}

/**
 * MathML as the text its author gave for it: the alttext, else a TeX
 * annotation, else the symbols in order (E=mc2). The formula stays where it
 * was in the sentence.
 */
function mathText(math: Element): string {
  const alttext = math.getAttribute('alttext')?.trim();
  if (alttext) return alttext;
  for (const annotation of math.getElementsByTagName('annotation')) {
    if (/tex/i.test(annotation.getAttribute('encoding') ?? '')) {
      const tex = annotation.textContent?.trim();
      if (tex) return tex;
    }
  }
  return symbolsOf(math);
}

function symbolsOf(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = (node as Element).localName;
  if (tag === 'annotation' || tag === 'annotation-xml') return '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += symbolsOf(child);
  return text;
}

// Walks an HTML DOM into draft blocks: the text a reader sees, with the
// author's structure mapped onto the model through an allow-list (see
// html-elements.ts). Lists, quotes, tables, definition lists, notes,
// footnotes and figures become containers around leaf blocks; emphasis,
// code, links and the like become marks over a block's text; ids become the
// anchors links land on. Only text and those few attributes (href, src, alt,
// title, id, start, span and alignment) are taken, never markup, so no script,
// style or event handler can reach the compiled article; elements that hold
// code, controls or embedded content rather than text for a reader are
// skipped whole.
import { MAX_CONTAINER_DEPTH, type Cell, type Container } from '../common/model';
import { normalizeProse } from '../common/text';
import {
  asideTitle,
  BLOCK_LEVEL,
  cellAlign,
  codeLanguage,
  footnoteLabel,
  hasClass,
  HEADING,
  isAside,
  isFootnote,
  isLineBlock,
  isNoteReference,
  isPermalink,
  isSignature,
  labelText,
  MARK_OF_TAG,
  NOT_SHOWN,
  NOT_TEXT,
  PREFORMATTED,
} from './html-elements';
import { CodeText, InlineText } from './html-inline';
import { linkTarget } from './html-links';
import type { DraftBlock, DraftMark, SourceWarning } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

type ProseKind = 'paragraph' | 'quote' | 'list-item';

export interface HtmlWalkOptions {
  /**
   * What a paragraph becomes: collections compiled before containers read a
   * Markdown quote's raw HTML as quote blocks, a list's as list-item blocks.
   */
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
  /** Told of each image inside a heading, term, caption, cell or code, which shows its alt text there instead. */
  onImageAsText?: (element: Element) => void;
  /** The source line of an element, for links and images. */
  lineOf?: (element: Element) => number | undefined;
  /** Containers around everything the walk finds (raw HTML inside a Markdown list). */
  within?: Container[];
  /** Starts every container id, so that two walks into one article never share an id. */
  idPrefix?: string;
}

export function blocksFromHtml(root: Node, options: HtmlWalkOptions = {}): DraftBlock[] {
  return new HtmlWalker(options).read(root);
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

/** The block being filled: a leaf element's (explicit), or a run of inline content's. */
interface OpenBlock {
  kind: DraftBlock['kind'];
  text: InlineText | CodeText;
  language?: string;
  explicit: boolean;
  level?: number;
  cell?: Cell;
}

type MarkTemplate = DraftMark extends infer M
  ? M extends unknown
    ? Omit<M, 'start' | 'end'>
    : never
  : never;

interface OpenMark {
  template: MarkTemplate;
  /** Where the mark starts in the open block. */
  start: number;
}

class HtmlWalker {
  private readonly out: DraftBlock[] = [];
  private readonly containers: Container[];
  private within: Container[] | undefined;
  private current: OpenBlock | undefined;
  private readonly marks: OpenMark[] = [];
  private anchors: string[] = [];
  /** Images met inside a paragraph's text: they follow the paragraph. */
  private images: DraftBlock[] = [];
  private inTableHead = false;
  private nextId = 0;
  /** Footnote container ids by the HTML id their references name. */
  private readonly footnotes = new Map<string, string>();

  constructor(private readonly options: HtmlWalkOptions) {
    this.containers = [...(options.within ?? [])];
  }

  read(root: Node): DraftBlock[] {
    this.walkChildren(root);
    this.finishParagraph();
    // Anchors after the last text still name the end of the article.
    const last = this.out[this.out.length - 1];
    if (last && this.anchors.length > 0) last.anchors = [...(last.anchors ?? []), ...this.anchors];
    this.resolveNoteReferences();
    return this.out;
  }

  private walkChildren(node: Node): void {
    for (const child of this.childrenOf(node)) this.walkNode(child);
  }

  private walkNode(node: Node): void {
    if (node.nodeType === TEXT_NODE) this.text(node.textContent ?? '');
    else if (node.nodeType === ELEMENT_NODE) this.element(node as Element);
  }

  private text(raw: string): void {
    if (!this.current && raw.trim() === '') return;
    this.openBlock().text.append(raw);
  }

  private element(element: Element): void {
    if (!this.isRead(element)) return;
    const tag = element.localName;
    if (tag === 'br') return this.openBlock().text.lineBreak();
    if (tag === 'img') return this.image(element);
    if (tag === 'a') return this.link(element);
    if (tag === 'math') {
      this.collectAnchors(element);
      return this.openBlock().text.append(mathText(element));
    }
    const markType = MARK_OF_TAG[tag];
    if (markType) {
      this.collectAnchors(element);
      return this.withMark({ type: markType }, () => this.walkChildren(element));
    }
    if (!BLOCK_LEVEL.has(tag)) {
      // Inline and unknown elements: their text, in the sentence it is in.
      this.collectAnchors(element);
      return this.walkChildren(element);
    }
    if (this.current?.explicit) return this.insideLeaf(element);
    this.finishParagraph();
    this.collectAnchors(element);
    this.block(element, tag);
    this.finishParagraph();
  }

  /** A block-level element outside any leaf: what it becomes. */
  private block(element: Element, tag: string): void {
    const heading = HEADING.exec(tag);
    if (heading) return this.leaf(element, { kind: 'heading', level: Number(heading[1]) });
    if (PREFORMATTED.has(tag)) return this.codeBlock(element);
    const top = this.containers[this.containers.length - 1]?.type;
    switch (tag) {
      case 'hr':
        return this.emit({ kind: 'rule', text: '' });
      case 'ul':
      case 'ol':
      case 'menu':
      case 'dir':
        return this.list(element, tag === 'ol');
      case 'li':
        return top === 'list' ? this.item(element) : this.walkChildren(element);
      case 'blockquote':
        return this.inContainer({ type: 'quote', id: this.id() }, () => this.walkChildren(element));
      case 'dl':
        return hasClass(element, 'footnote')
          ? this.footnoteList(element)
          : this.definitions(element);
      case 'dt':
        return top === 'definitions' ? this.term(element) : this.walkChildren(element);
      case 'dd':
        return top === 'definitions'
          ? this.inContainer({ type: 'description', id: this.id() }, () =>
              this.walkChildren(element),
            )
          : this.walkChildren(element);
      case 'table':
        return this.table(element);
      case 'thead':
      case 'tbody':
      case 'tfoot':
        return this.tableSection(element, tag === 'thead');
      case 'tr':
        return top === 'table' ? this.row(element) : this.walkChildren(element);
      case 'td':
      case 'th':
        return top === 'row'
          ? this.leaf(element, { kind: 'cell', cell: cellOf(element, tag === 'th') })
          : this.walkChildren(element);
      case 'figure':
        return this.inContainer({ type: 'figure', id: this.id() }, () =>
          this.walkChildren(element),
        );
      case 'figcaption':
      case 'caption':
        return top === 'figure'
          ? this.leaf(element, { kind: 'caption' })
          : this.walkChildren(element);
    }
    if (isFootnote(element)) return this.footnote(element);
    if (isAside(element)) return this.aside(element);
    if (isLineBlock(element)) return this.leaf(element, { kind: 'paragraph', separator: '\n' });
    // Any other block (div, section, p, details...): its own run of blocks.
    this.walkChildren(element);
  }

  /** A block-level element inside a heading, cell, term or caption: its text, set apart. */
  private insideLeaf(element: Element): void {
    const text = this.current!.text;
    this.collectAnchors(element);
    text.blockBoundary();
    if (element.localName === 'hr') return;
    this.walkChildren(element);
    text.blockBoundary();
  }

  private leaf(
    element: Element,
    block: { kind: DraftBlock['kind']; level?: number; cell?: Cell; separator?: ' ' | '\n' },
    walk: () => void = () => this.walkChildren(element),
  ): void {
    const { separator, ...shape } = block;
    this.current = {
      ...shape,
      text: new InlineText(separator ?? (block.kind === 'heading' ? ' ' : '\n')),
      explicit: true,
    };
    for (const mark of this.marks) mark.start = 0;
    walk();
    this.finishBlock();
  }

  private term(element: Element): void {
    const walk = () => this.walkChildren(element);
    this.leaf(
      element,
      { kind: 'term' },
      isSignature(element) ? () => this.withMark({ type: 'code' }, walk) : walk,
    );
  }

  private codeBlock(element: Element): void {
    const language = codeLanguage(element);
    this.current = {
      kind: 'code',
      text: new CodeText(),
      explicit: true,
      ...(language ? { language } : {}),
    };
    for (const mark of this.marks) mark.start = 0;
    this.walkChildren(element);
    this.finishBlock();
  }

  private list(element: Element, ordered: boolean): void {
    const start = ordered ? Number.parseInt(element.getAttribute('start') ?? '', 10) : NaN;
    const list: Container = {
      type: 'list',
      id: this.id(),
      ordered,
      ...(Number.isSafeInteger(start) && start !== 1 ? { start } : {}),
    };
    this.inContainer(list, () => {
      for (const child of this.childrenOf(element)) {
        if (child.nodeType === ELEMENT_NODE && (child as Element).localName === 'li') {
          this.walkNode(child);
        } else if (child.nodeType === ELEMENT_NODE || (child.textContent ?? '').trim() !== '') {
          // Content between items (a nested list written straight into its
          // parent list) is an item of its own, never text outside any item.
          this.inContainer({ type: 'item', id: this.id() }, () => this.walkNode(child));
        }
      }
    });
  }

  private item(element: Element): void {
    const checkbox = taskCheckbox(element);
    this.inContainer(
      {
        type: 'item',
        id: this.id(),
        ...(checkbox ? { checked: checkbox.hasAttribute('checked') } : {}),
      },
      () => {
        const before = this.out.length;
        this.walkChildren(element);
        this.finishParagraph();
        // An empty item still takes its place and its number: without it the
        // items after it would be numbered one less than the author's.
        if (this.out.length === before) this.emit({ kind: 'paragraph', text: '' });
      },
    );
  }

  private definitions(element: Element): void {
    this.inContainer({ type: 'definitions', id: this.id() }, () => this.walkChildren(element));
  }

  private table(element: Element): void {
    let caption: Element | undefined;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'caption') {
        caption = child;
        break;
      }
    }
    const rows = () =>
      this.inContainer({ type: 'table', id: this.id() }, () => {
        const wasHead = this.inTableHead;
        this.inTableHead = false;
        for (const child of this.childrenOf(element)) {
          if (child !== caption) this.walkNode(child);
        }
        this.inTableHead = wasHead;
      });
    if (!caption) return rows();
    // A table's caption and the table make a figure, the caption first, as a browser draws it.
    const captionElement = caption;
    this.inContainer({ type: 'figure', id: this.id() }, () => {
      this.collectAnchors(captionElement);
      this.leaf(captionElement, { kind: 'caption' });
      rows();
    });
  }

  private tableSection(element: Element, head: boolean): void {
    const wasHead = this.inTableHead;
    this.inTableHead = head;
    this.walkChildren(element);
    this.inTableHead = wasHead;
  }

  private row(element: Element): void {
    let cells = 0;
    let headers = 0;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'th') headers++;
      if (child.localName === 'th' || child.localName === 'td') cells++;
    }
    const header = this.inTableHead || (cells > 0 && headers === cells);
    this.inContainer({ type: 'row', id: this.id(), header }, () => this.walkChildren(element));
  }

  private aside(element: Element): void {
    const title = asideTitle(element);
    const label = title ? normalizeProse(title.textContent ?? '') : '';
    this.inContainer({ type: 'aside', id: this.id(), ...(label === '' ? {} : { label }) }, () => {
      for (const child of this.childrenOf(element)) if (child !== title) this.walkNode(child);
    });
  }

  private footnote(element: Element): void {
    const labelElement = footnoteLabel(element);
    const label = labelText(normalizeProse(labelElement?.textContent ?? ''));
    const id = this.id();
    if (element.id) this.footnotes.set(element.id, id);
    this.inContainer({ type: 'footnote', id, label }, () => {
      for (const child of this.childrenOf(element))
        if (child !== labelElement) this.walkNode(child);
    });
  }

  /** Docutils' older footnotes: a dl of label terms, each note the descriptions after it. */
  private footnoteList(element: Element): void {
    let note: Container | undefined;
    for (const child of this.childrenOf(element)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const part = child as Element;
      if (!this.isRead(part)) continue;
      if (part.localName === 'dt') {
        const id = this.id();
        note = { type: 'footnote', id, label: labelText(normalizeProse(part.textContent ?? '')) };
        if (part.id) this.footnotes.set(part.id, id);
        this.collectAnchors(part);
      } else if (note) {
        this.inContainer(note, () => this.walkNode(part));
      } else {
        this.walkNode(part);
      }
    }
  }

  private link(element: Element): void {
    if (isPermalink(element)) return;
    this.collectAnchors(element);
    const href = element.getAttribute('href');
    let template: MarkTemplate | undefined;
    if (href !== null && !this.marks.some((open) => open.template.type === 'link')) {
      const fragment = href.trim().startsWith('#') ? href.trim().slice(1) : undefined;
      if (fragment && isNoteReference(element)) {
        // Resolved once the footnotes are known (resolveNoteReferences).
        template = { type: 'note-ref', note: fragment };
      } else {
        const target = linkTarget(href, this.options.lineOf?.(element));
        const title = normalizeProse(element.getAttribute('title') ?? '');
        if (target) template = { type: 'link', target, ...(title === '' ? {} : { title }) };
      }
    }
    if (template) this.withMark(template, () => this.walkChildren(element));
    else this.walkChildren(element);
  }

  private image(element: Element): void {
    if (this.current?.explicit) return this.imageAsText(element);
    const title = normalizeProse(element.getAttribute('title') ?? '');
    const line = this.options.lineOf?.(element);
    const image: DraftBlock = {
      kind: 'image',
      text: '',
      imageSource: {
        src: element.getAttribute('src') ?? '',
        alt: normalizeProse(element.getAttribute('alt') ?? ''),
        ...(title === '' ? {} : { title }),
        ...(line === undefined ? {} : { line }),
      },
    };
    this.collectAnchors(element);
    // In the middle of a paragraph the picture follows it, so the sentence stays one block.
    if (this.current && !this.current.text.isEmpty) this.images.push(image);
    else {
      this.finishParagraph();
      this.emit(image);
    }
  }

  /** An image where no image block can stand: its alt text, in its place. */
  private imageAsText(element: Element): void {
    this.options.onImageAsText?.(element);
    this.openBlock().text.append(element.getAttribute('alt') ?? '');
  }

  private withMark(template: MarkTemplate, walk: () => void): void {
    const repeated =
      template.type !== 'link' && this.marks.some((open) => open.template.type === template.type);
    // In a code block everything is code already.
    if (repeated || (template.type === 'code' && this.current?.kind === 'code')) return walk();
    const open: OpenMark = { template, start: this.current?.text.offset ?? 0 };
    this.marks.push(open);
    walk();
    this.marks.pop();
    if (this.current) this.closeMark(open, this.current);
  }

  private closeMark(open: OpenMark, block: OpenBlock): void {
    block.text.mark({ ...open.template, start: open.start, end: block.text.offset } as DraftMark);
  }

  private openBlock(): OpenBlock {
    if (!this.current) {
      this.current = { kind: 'paragraph', text: new InlineText(), explicit: false };
      for (const mark of this.marks) mark.start = 0;
    }
    return this.current;
  }

  /** Ends a run of inline content, and places the images met inside it. */
  private finishParagraph(): void {
    if (this.current && !this.current.explicit) this.finishBlock();
    const images = this.images;
    this.images = [];
    for (const image of images) this.emit(image);
  }

  private finishBlock(): void {
    const block = this.current;
    if (!block) return;
    this.current = undefined;
    for (const open of this.marks) this.closeMark(open, block);
    const { text, marks } = block.text.finish();
    if (text === '' && block.kind !== 'cell') return;
    const kind = block.kind === 'paragraph' ? (this.options.kind ?? 'paragraph') : block.kind;
    this.emit({
      kind,
      ...(block.level === undefined ? {} : { level: block.level }),
      text,
      ...(marks.length > 0 ? { marks } : {}),
      ...(block.cell ? { cell: block.cell } : {}),
      ...(block.language ? { language: block.language } : {}),
    });
  }

  private emit(block: DraftBlock): void {
    this.within ??= [...this.containers];
    if (this.within.length > 0) block.within = this.within;
    if (this.anchors.length > 0) {
      block.anchors = this.anchors;
      this.anchors = [];
    }
    this.out.push(block);
  }

  /**
   * The blocks `walk` finds, inside `container`. Past the model's depth the
   * container is left out and its blocks join the deepest one, so a
   * pathological nesting still keeps all its text.
   */
  private inContainer(container: Container, walk: () => void): void {
    this.finishParagraph();
    const pushed = this.containers.length < MAX_CONTAINER_DEPTH;
    if (pushed) {
      this.containers.push(container);
      this.within = undefined;
    }
    walk();
    this.finishParagraph();
    if (pushed) {
      this.containers.pop();
      this.within = undefined;
    }
  }

  private id(): string {
    return `${this.options.idPrefix ?? 'c'}${++this.nextId}`;
  }

  /** The names links reach this element by: its id, and an <a>'s name. */
  private collectAnchors(element: Element): void {
    const id = element.getAttribute('id');
    if (id) this.anchors.push(id);
    const name = element.localName === 'a' ? element.getAttribute('name') : null;
    if (name && name !== id) this.anchors.push(name);
  }

  /** A reference to a footnote of this page points at its container; any other stays a link. */
  private resolveNoteReferences(): void {
    for (const block of this.out) {
      if (!block.marks?.some((mark) => mark.type === 'note-ref')) continue;
      block.marks = block.marks.map((mark) => {
        if (mark.type !== 'note-ref') return mark;
        const note = this.footnotes.get(mark.note);
        if (note !== undefined) return { ...mark, note };
        const { start, end } = mark;
        const target = linkTarget(`#${mark.note}`);
        return target ? { type: 'link', start, end, target } : mark;
      });
    }
  }

  /**
   * Child nodes by sibling pointers, each one read from its source when it
   * has one. Sibling pointers are cheap in every DOM; node.childNodes is not:
   * jsdom keeps it as a live NodeList updated on every later removal (minutes
   * on a page of 25,000 paragraphs), and linkedom builds it afresh each time.
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
    if (tag !== 'img' && tag !== 'picture' && isNotShownTag(tag)) {
      this.options.onNotShown?.(element);
      return false;
    }
    return !this.options.isChrome?.(element);
  }
}

function cellOf(element: Element, header: boolean): Cell {
  const align = cellAlign(element);
  const colSpan = spanOf(element, 'colspan', 1000);
  const rowSpan = spanOf(element, 'rowspan', 65534);
  return {
    header,
    ...(align ? { align } : {}),
    ...(colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan > 1 ? { rowSpan } : {}),
  };
}

/**
 * A cell's span as a browser reads the attribute (the HTML standard's rules
 * for non-negative integers, clamped to its maximum): from the markup, not
 * from a DOM property that only some DOMs implement.
 */
function spanOf(cell: Element, name: 'colspan' | 'rowspan', max: number): number {
  const digits = /^[\t\n\f\r ]*\+?(\d+)/.exec(cell.getAttribute(name) ?? '')?.[1];
  return digits === undefined ? 1 : Math.min(Number(digits), max);
}

/** A task-list item's checkbox: the first thing in the item, or in its first paragraph. */
function taskCheckbox(item: Element): Element | undefined {
  let first = item.firstElementChild;
  if (first?.localName === 'p') first = first.firstElementChild;
  return first?.localName === 'input' && first.getAttribute('type')?.toLowerCase() === 'checkbox'
    ? first
    : undefined;
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
    message: `${count === 1 ? `1 ${name} is` : `${count} ${name}s are`} not shown: the reader does not play, embed or run it`,
  }));
}

/** One warning for the images that show as their alt text, at the first one's line. */
export function imagesAsTextWarnings(lines: Array<number | undefined>): SourceWarning[] {
  if (lines.length === 0) return [];
  const line = lines.find((found) => found !== undefined);
  return [
    {
      ...(line === undefined ? {} : { line }),
      code: 'not-shown',
      message: `${lines.length === 1 ? '1 image is' : `${lines.length} images are`} shown as alt text: an image inside a heading, table cell, term, caption or code block has no place of its own`,
    },
  ];
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

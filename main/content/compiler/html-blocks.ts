// Walks an HTML DOM into draft blocks. Only text is taken, never markup or
// attributes, so no script, style, event handler or link target can reach
// the compiled article; elements that hold code or embedded content rather
// than text for a reader are skipped whole.
import { normalizeCode, normalizeProse } from '../../../common/text';
import type { DraftBlock } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Their text is not for reading: script source, CSS, fallback markup, form controls. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'head',
  'button',
  'select',
  'input',
  'textarea',
  'option',
  'link',
  'meta',
  'base',
  'dialog',
]);

/** Elements that start a new block; everything else is inline text. */
const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
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
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
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
]);

const HEADING = /^h([1-6])$/;

type ProseKind = 'paragraph' | 'quote' | 'list-item';

export function blocksFromHtml(root: Node): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  walkContainer(root, 'paragraph', blocks);
  return blocks;
}

/** Children of a container: runs of inline content become blocks of `kind`. */
function walkContainer(container: Node, kind: ProseKind, out: DraftBlock[]): void {
  let inline: string[] = [];
  const endInline = () => {
    push(out, kind, inline.join(''));
    inline = [];
  };
  for (const child of childrenOf(container)) {
    if (child.nodeType === TEXT_NODE) inline.push(child.textContent ?? '');
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.localName;
    if (isSkipped(element)) continue;
    if (!BLOCK_LEVEL.has(tag)) {
      inline.push(textOf(element));
      continue;
    }
    endInline();
    walkBlock(element, tag, kind, out);
  }
  endInline();
}

function walkBlock(element: Element, tag: string, kind: ProseKind, out: DraftBlock[]): void {
  const heading = HEADING.exec(tag);
  if (heading) {
    // Inside a quote or list a heading is part of that quote or list.
    if (kind === 'paragraph') push(out, 'heading', textOf(element), Number(heading[1]));
    else push(out, kind, textOf(element));
  } else if (
    tag === 'p' ||
    tag === 'dt' ||
    tag === 'dd' ||
    tag === 'figcaption' ||
    tag === 'caption'
  ) {
    push(out, kind, textOf(element));
  } else if (tag === 'pre') {
    const code = normalizeCode(textOf(element, { keepLineBreaks: true }));
    if (code !== '') out.push({ kind: 'code', text: code });
  } else if (tag === 'blockquote') {
    walkContainer(element, 'quote', out);
  } else if (tag === 'li') {
    walkContainer(element, kind === 'quote' ? 'quote' : 'list-item', out);
  } else if (tag === 'tr') {
    // A table row reads as one line: its cells separated by a bar.
    const cells = childrenOf(element).filter(
      (cell): cell is Element => cell.nodeType === ELEMENT_NODE && !isSkipped(cell as Element),
    );
    push(
      out,
      kind,
      cells
        .map((cell) => normalizeProse(textOf(cell)))
        .filter(Boolean)
        .join(' | '),
    );
  } else if (tag !== 'hr') {
    walkContainer(element, kind, out);
  }
}

/**
 * Child nodes by sibling pointers. Reading node.childNodes makes jsdom keep a
 * live NodeList that it updates on every later removal, which turns closing
 * the window on a page of 25,000 paragraphs into minutes of work.
 */
function childrenOf(node: Node): Node[] {
  const children: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.localName) || element.hasAttribute('hidden');
}

/** The text a reader sees in an element; <br> is a line break. */
function textOf(node: Node, options: { keepLineBreaks?: boolean } = {}): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const element = node as Element;
  if (isSkipped(element)) return '';
  if (element.localName === 'br') return '\n';
  const text = childrenOf(element)
    .map((child) => textOf(child, options))
    .join('');
  // Block elements nested in inline context (a <div> in a <li>) still separate words.
  return BLOCK_LEVEL.has(element.localName) && !options.keepLineBreaks ? ` ${text} ` : text;
}

function push(out: DraftBlock[], kind: DraftBlock['kind'], rawText: string, level?: number) {
  const text = normalizeProse(rawText);
  if (text === '') return;
  out.push(level === undefined ? { kind, text } : { kind, level, text });
}

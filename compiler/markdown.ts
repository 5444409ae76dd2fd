// Markdown body -> draft blocks. CommonMark only (no GFM extensions): tables
// stay as their paragraph text. Raw HTML blocks give their text, read by the
// HTML walk (html-fragment.ts); their markup is never kept or run, so nothing
// active can come through a Markdown source.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { normalizeCode, normalizeProse } from '../common/text';
import { isNotShownTag, notShownWarnings } from './html-blocks';
import { blocksFromHtmlFragment } from './html-fragment';
import { checkMarkdownNesting } from './markdown-limits';
import { sameTitle } from './title';
import type { DraftBlock, ParsedBody } from './types';

type MarkdownRoot = ReturnType<typeof fromMarkdown>;
type MarkdownNode = MarkdownRoot | MarkdownRoot['children'][number];

/**
 * The first H1 gives the title; with a front matter title, a first H1 equal
 * to it is not repeated as a block.
 */
export function parseMarkdown(body: string, title?: string): ParsedBody {
  checkMarkdownNesting(body);
  const blocks: DraftBlock[] = [];
  const notShown: NotShown[] = [];
  collectBlocks(fromMarkdown(body), 'paragraph', { blocks, notShown });
  const warnings = notShownWarnings(notShown);

  const firstH1Index = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const firstH1 = blocks[firstH1Index];
  if (!firstH1) return { blocks, warnings };
  if (title === undefined || sameTitle(firstH1.text, title)) {
    blocks.splice(firstH1Index, 1);
    return { blocks, bodyTitle: firstH1.text, warnings };
  }
  return { blocks, warnings };
}

/** Content of raw HTML that a text article cannot show, and its line in the body. */
interface NotShown {
  tag: string;
  line?: number;
}

interface Output {
  blocks: DraftBlock[];
  notShown: NotShown[];
}

/** An inline tag such as <img ...> or <video>: the element's name. */
const INLINE_TAG = /^<([A-Za-z][A-Za-z0-9-]*)/;

/**
 * Walks block content. `proseKind` is what a paragraph becomes here: inside a
 * blockquote it is a quote, inside a list item a list-item.
 */
function collectBlocks(
  node: MarkdownNode,
  proseKind: 'paragraph' | 'quote' | 'list-item',
  out: Output,
): void {
  switch (node.type) {
    case 'root':
      for (const child of node.children) collectBlocks(child, proseKind, out);
      return;
    case 'heading':
      // A heading inside a quote or list is still part of that quote or list.
      if (proseKind === 'paragraph') push(out, 'heading', inlineText(node, out), node.depth);
      else push(out, proseKind, inlineText(node, out));
      return;
    case 'paragraph':
      push(out, proseKind, inlineText(node, out));
      return;
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, 'quote', out);
      return;
    case 'list':
      // Items decide their kind: list-item, or quote when the list is quoted.
      for (const item of node.children) collectBlocks(item, proseKind, out);
      return;
    case 'listItem':
      collectListItem(node, proseKind, out);
      return;
    case 'code': {
      const code = normalizeCode(node.value);
      if (code !== '') out.blocks.push({ kind: 'code', text: code });
      return;
    }
    case 'html': {
      // A block of raw HTML (<div>...</div>, <details><summary>): its text,
      // as a browser would show it. Comments and scripts have none.
      const line = node.position?.start.line;
      const fragment = blocksFromHtmlFragment(node.value, proseKind);
      for (const block of fragment.blocks) out.blocks.push(block);
      for (const element of fragment.notShown) {
        out.notShown.push({ tag: element.localName, ...(line === undefined ? {} : { line }) });
      }
      return;
    }
    // Thematic breaks and link definitions carry no readable text.
    case 'thematicBreak':
    case 'definition':
      return;
    default:
      // Anything else (future node types, inline nodes at block level): keep its text.
      push(out, proseKind, inlineText(node, out));
  }
}

/**
 * A list item's own paragraphs join into one list-item block (a "loose" item
 * has several); nested lists and code inside it become their own blocks.
 */
function collectListItem(
  item: Extract<MarkdownNode, { type: 'listItem' }>,
  proseKind: 'paragraph' | 'quote' | 'list-item',
  out: Output,
): void {
  const kind = proseKind === 'quote' ? 'quote' : 'list-item';
  let ownText: string[] = [];
  const flush = () => {
    push(out, kind, ownText.join(' '));
    ownText = [];
  };
  for (const child of item.children) {
    if (child.type === 'paragraph' || child.type === 'heading') {
      ownText.push(inlineText(child, out));
    } else {
      flush();
      collectBlocks(child, kind, out);
    }
  }
  flush();
}

/**
 * Inline formatting flattened to text; hard line breaks become spaces. An
 * inline tag has no text of its own (the words between <kbd> and </kbd> are
 * text nodes): a <br> still separates words, an <img> is reported.
 */
function inlineText(node: MarkdownNode, out: Output): string {
  if (node.type === 'break') return ' ';
  if (node.type === 'html') {
    const tag = INLINE_TAG.exec(node.value)?.[1]?.toLowerCase() ?? '';
    if (tag === 'br') return ' ';
    if (isNotShownTag(tag)) {
      const line = node.position?.start.line;
      out.notShown.push({ tag, ...(line === undefined ? {} : { line }) });
    }
    return '';
  }
  if ('children' in node) return node.children.map((child) => inlineText(child, out)).join('');
  return toString(node, { includeHtml: false });
}

function push(out: Output, kind: DraftBlock['kind'], rawText: string, level?: number) {
  const text = normalizeProse(rawText);
  if (text === '') return;
  out.blocks.push(level === undefined ? { kind, text } : { kind, level, text });
}

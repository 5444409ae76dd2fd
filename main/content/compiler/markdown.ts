// Markdown body -> draft blocks. CommonMark only (no GFM extensions): tables
// stay as their paragraph text. Raw HTML is dropped, never interpreted, so
// nothing active can come through a Markdown source.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { normalizeCode, normalizeProse } from '../../../common/text';
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
  collectBlocks(fromMarkdown(body), 'paragraph', blocks);

  const firstH1Index = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const firstH1 = blocks[firstH1Index];
  if (!firstH1) return { blocks };
  if (title === undefined || sameTitle(firstH1.text, title)) {
    blocks.splice(firstH1Index, 1);
    return { blocks, bodyTitle: firstH1.text };
  }
  return { blocks };
}

/**
 * Walks block content. `proseKind` is what a paragraph becomes here: inside a
 * blockquote it is a quote, inside a list item a list-item.
 */
function collectBlocks(
  node: MarkdownNode,
  proseKind: 'paragraph' | 'quote' | 'list-item',
  out: DraftBlock[],
): void {
  switch (node.type) {
    case 'root':
      for (const child of node.children) collectBlocks(child, proseKind, out);
      return;
    case 'heading':
      // A heading inside a quote or list is still part of that quote or list.
      if (proseKind === 'paragraph') push(out, 'heading', inlineText(node), node.depth);
      else push(out, proseKind, inlineText(node));
      return;
    case 'paragraph':
      push(out, proseKind, inlineText(node));
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
      if (code !== '') out.push({ kind: 'code', text: code });
      return;
    }
    // Raw HTML, thematic breaks and link definitions carry no readable text.
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return;
    default:
      // Anything else (future node types, inline nodes at block level): keep its text.
      push(out, proseKind, inlineText(node));
  }
}

/**
 * A list item's own paragraphs join into one list-item block (a "loose" item
 * has several); nested lists and code inside it become their own blocks.
 */
function collectListItem(
  item: Extract<MarkdownNode, { type: 'listItem' }>,
  proseKind: 'paragraph' | 'quote' | 'list-item',
  out: DraftBlock[],
): void {
  const kind = proseKind === 'quote' ? 'quote' : 'list-item';
  let ownText: string[] = [];
  const flush = () => {
    push(out, kind, ownText.join(' '));
    ownText = [];
  };
  for (const child of item.children) {
    if (child.type === 'paragraph' || child.type === 'heading') {
      ownText.push(inlineText(child));
    } else {
      flush();
      collectBlocks(child, kind, out);
    }
  }
  flush();
}

/** Inline formatting flattened to text; hard line breaks become spaces. */
function inlineText(node: MarkdownNode): string {
  if (node.type === 'break') return ' ';
  if (node.type === 'html') return '';
  if ('children' in node) return node.children.map((child) => inlineText(child)).join('');
  return toString(node, { includeHtml: false });
}

function push(out: DraftBlock[], kind: DraftBlock['kind'], rawText: string, level?: number) {
  const text = normalizeProse(rawText);
  if (text === '') return;
  out.push(level === undefined ? { kind, text } : { kind, level, text });
}

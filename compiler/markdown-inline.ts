// A Markdown paragraph's inline content (mdast phrasing nodes) -> text with
// marks. An image ends the text before it and becomes its own piece, so the
// caller can place an image block between the paragraph's two halves.
import type { Definition, FootnoteReference, PhrasingContent } from 'mdast';
import { isNotShownTag } from './html-blocks';
import { InlineText, type InlineResult } from './inline-text';
import { linkTargetOf } from './link-target';

/** An inline tag such as <img ...> or <video>: the element's name. */
const INLINE_TAG = /^<([A-Za-z][A-Za-z0-9-]*)/;

export type InlinePiece =
  | ({ kind: 'text' } & InlineResult)
  | { kind: 'image'; src: string; alt: string; title?: string; line?: number };

export interface InlineContext {
  /** Link and image reference definitions, by normalised identifier. */
  definitions: ReadonlyMap<string, Definition>;
  /** The footnote a reference points at, numbered in order of first reference. */
  noteOf(reference: FootnoteReference): { id: string; label: string } | undefined;
  /** Content a text article cannot show (inline <video>, <iframe>...). */
  notShown(tag: string, line?: number): void;
}

/**
 * `imagesApart` false (a table cell, a heading) keeps an image's alt text in
 * the line instead, since a cell holds text only.
 */
export function inlinePieces(
  nodes: readonly PhrasingContent[],
  context: InlineContext,
  imagesApart: boolean,
): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  const text = new InlineText();
  const endText = () => {
    const taken = text.take();
    if (taken.text !== '') pieces.push({ kind: 'text', ...taken });
  };
  const walk = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
        text.append(node.value);
        return;
      case 'inlineCode':
        text.marked({ type: 'code' }, node.value);
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
        text.open({ type: node.type === 'delete' ? 'strike' : node.type });
        node.children.forEach(walk);
        text.close();
        return;
      case 'break':
        text.lineBreak();
        return;
      case 'link':
      case 'linkReference': {
        const definition =
          node.type === 'link' ? node : context.definitions.get(node.identifier.toLowerCase());
        const target = definition
          ? linkTargetOf(definition.url, node.position?.start.line)
          : undefined;
        if (!target) {
          node.children.forEach(walk);
          return;
        }
        const title = definition?.title ?? undefined;
        text.open({ type: 'link', target, ...(title ? { title } : {}) });
        node.children.forEach(walk);
        text.close();
        return;
      }
      case 'image':
      case 'imageReference': {
        const definition =
          node.type === 'image' ? node : context.definitions.get(node.identifier.toLowerCase());
        const alt = node.alt ?? '';
        if (!imagesApart || !definition) {
          text.append(alt);
          if (definition) context.notShown('img', node.position?.start.line);
          return;
        }
        endText();
        const line = node.position?.start.line;
        const title = definition.title ?? undefined;
        pieces.push({
          kind: 'image',
          src: definition.url,
          alt,
          ...(title ? { title } : {}),
          ...(line === undefined ? {} : { line }),
        });
        return;
      }
      case 'footnoteReference': {
        const note = context.noteOf(node);
        if (note) text.marked({ type: 'note-ref', note: note.id }, note.label);
        else text.append(`[^${node.label ?? node.identifier}]`);
        return;
      }
      case 'html': {
        // An inline tag has no text of its own (the words between <kbd> and
        // </kbd> are text nodes): a <br> breaks the line, an <img> is reported.
        const tag = INLINE_TAG.exec(node.value)?.[1]?.toLowerCase() ?? '';
        if (tag === 'br') text.lineBreak();
        else if (isNotShownTag(tag)) context.notShown(tag, node.position?.start.line);
        return;
      }
      default: {
        // Node types this walk does not know yet: keep their words.
        const unknown = node as { value?: unknown; children?: PhrasingContent[] };
        if (typeof unknown.value === 'string') text.append(unknown.value);
        unknown.children?.forEach(walk);
      }
    }
  };
  nodes.forEach(walk);
  endText();
  return pieces;
}

/** The pieces as one line of text: alt text stands for any image. */
export function inlineLine(
  nodes: readonly PhrasingContent[],
  context: InlineContext,
): InlineResult {
  const [piece] = inlinePieces(nodes, context, false);
  return piece?.kind === 'text'
    ? { text: piece.text, marks: piece.marks }
    : { text: '', marks: [] };
}

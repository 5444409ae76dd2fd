// An mdast tree -> draft blocks. Every leaf of text is a block; the lists,
// items, quotes, tables, rows and footnotes around it are its `within` path
// (common/model.ts), each container with an id unique within the article.
import type { Definition, FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import { normalizeCode } from '../common/text';
import { MAX_CONTAINER_DEPTH, type Container } from '../common/model';
import { HeadingSlugs } from './heading-slug';
import { notShownWarnings } from './html-blocks';
import { blocksFromHtmlFragment } from './html-fragment';
import { inlineLine, inlinePieces, type InlineContext } from './markdown-inline';
import type { DraftBlock, SourceWarning } from './types';

/** Longest language name the model keeps for a code block. */
const MAX_LANGUAGE_CHARS = 40;

interface Note {
  id: string;
  label: string;
  definition?: FootnoteDefinition;
}

export function blocksOfMarkdown(tree: Root): { blocks: DraftBlock[]; warnings: SourceWarning[] } {
  const walk = new MarkdownWalk(tree);
  walk.blocks(tree, []);
  walk.footnotes();
  // Rules alone are no article: the source has nothing to read.
  const blocks = walk.out.every((block) => block.kind === 'rule') ? [] : walk.out;
  return { blocks, warnings: notShownWarnings(walk.notShownFound) };
}

class MarkdownWalk {
  readonly out: DraftBlock[] = [];
  readonly notShownFound: { tag: string; line?: number }[] = [];
  readonly #definitions = new Map<string, Definition>();
  readonly #noteDefinitions = new Map<string, FootnoteDefinition>();
  /** Footnotes in order of first reference. */
  readonly #notes = new Map<string, Note>();
  readonly #slugs = new HeadingSlugs();
  readonly #counters = new Map<string, number>();
  readonly #inline: InlineContext;

  constructor(tree: Root) {
    collectDefinitions(tree, this.#definitions, this.#noteDefinitions);
    this.#inline = {
      definitions: this.#definitions,
      noteOf: (reference) => {
        const definition = this.#noteDefinitions.get(reference.identifier.toLowerCase());
        return definition ? this.#note(definition) : undefined;
      },
      notShown: (tag, line) => this.notShownFound.push({ tag, ...(line ? { line } : {}) }),
    };
  }

  blocks(node: Root | RootContent, within: Container[]): void {
    switch (node.type) {
      case 'root':
      case 'blockquote': {
        const inner = node.type === 'root' ? within : this.#deeper(within, 'quote');
        for (const child of node.children) this.blocks(child, inner);
        return;
      }
      case 'heading': {
        const { text, marks } = inlineLine(node.children, this.#inline);
        if (text === '') return;
        // A heading inside a quote or a list is part of it, not a section.
        const heading: DraftBlock =
          within.length === 0
            ? { kind: 'heading', level: node.depth, text }
            : { kind: 'paragraph', text, within };
        this.#push({ ...heading, ...withMarks(marks), anchors: [this.#slugs.slug(text)] });
        return;
      }
      case 'paragraph':
        this.#paragraph(node.children, within);
        return;
      case 'list': {
        const ordered = node.ordered === true;
        const start = ordered && typeof node.start === 'number' && node.start !== 1;
        const list = this.#deeper(within, 'list', {
          ordered,
          ...(start ? { start: node.start ?? 1 } : {}),
        });
        for (const item of node.children) {
          const checked = typeof item.checked === 'boolean' ? { checked: item.checked } : {};
          const inner = this.#deeper(list, 'item', checked);
          for (const child of item.children) this.blocks(child, inner);
        }
        return;
      }
      case 'table':
        this.#table(node, within);
        return;
      case 'code': {
        const text = normalizeCode(node.value);
        if (text === '') return;
        const language = node.lang?.slice(0, MAX_LANGUAGE_CHARS);
        this.#push({ kind: 'code', text, ...(language ? { language } : {}), within });
        return;
      }
      case 'thematicBreak':
        this.#push({ kind: 'rule', text: '', within });
        return;
      case 'html': {
        // A block of raw HTML (<div>...</div>, <details><summary>): its text,
        // as a browser would show it. Comments and scripts have none.
        const line = node.position?.start.line;
        const fragment = blocksFromHtmlFragment(node.value, 'paragraph');
        for (const block of fragment.blocks) {
          this.#push({ ...block, within: [...within, ...(block.within ?? [])] });
        }
        for (const element of fragment.notShown) {
          this.notShownFound.push({ tag: element.localName, ...(line ? { line } : {}) });
        }
        return;
      }
      // Read before the walk (collectDefinitions); footnotes go at the end.
      case 'definition':
      case 'footnoteDefinition':
        return;
      default: {
        // Anything else (future node types, inline nodes at block level): keep its text.
        const unknown = node as { children?: RootContent[] };
        if (unknown.children) this.#paragraph(unknown.children as never, within);
      }
    }
  }

  /** The footnotes after the text, in order of first reference; unreferenced ones last. */
  footnotes(): void {
    // A footnote may refer to another, which joins the map as it is walked.
    const walked = new Set<string>();
    const walkNew = () => {
      for (const [key, note] of this.#notes) {
        if (walked.has(key)) continue;
        walked.add(key);
        this.#footnote(note);
      }
    };
    walkNew();
    for (const definition of this.#noteDefinitions.values()) {
      this.#note(definition);
      walkNew();
    }
  }

  #footnote(note: Note): void {
    if (!note.definition) return;
    const within: Container[] = [{ type: 'footnote', id: note.id, label: note.label }];
    for (const child of note.definition.children) this.blocks(child, within);
  }

  #note(definition: FootnoteDefinition): Note {
    const key = definition.identifier.toLowerCase();
    let note = this.#notes.get(key);
    if (!note) {
      // GitHub numbers footnotes in order of first reference, whatever their labels.
      const number = this.#notes.size + 1;
      note = { id: `fn-${number}`, label: String(number), definition };
      this.#notes.set(key, note);
    }
    return note;
  }

  /** A paragraph, split around its images: text, image, text. */
  #paragraph(children: Parameters<typeof inlinePieces>[0], within: Container[]): void {
    for (const piece of inlinePieces(children, this.#inline, true)) {
      if (piece.kind === 'text') {
        this.#push({ kind: 'paragraph', text: piece.text, ...withMarks(piece.marks), within });
      } else {
        const { kind: _kind, ...imageSource } = piece;
        this.#push({ kind: 'image', text: '', imageSource, within });
      }
    }
  }

  #table(node: Extract<Nodes, { type: 'table' }>, within: Container[]): void {
    const table = this.#deeper(within, 'table');
    node.children.forEach((row, rowIndex) => {
      const header = rowIndex === 0;
      const inRow = this.#deeper(table, 'row', { header });
      row.children.forEach((cell, column) => {
        const { text, marks } = inlineLine(cell.children, this.#inline);
        const align = node.align?.[column];
        // Empty cells are pushed too: they keep the columns in place.
        this.out.push({
          kind: 'cell',
          text,
          ...withMarks(marks),
          within: inRow,
          cell: { header, ...(align ? { align } : {}) },
        });
      });
    });
  }

  /**
   * The path with one more container. Past the deepest the model allows,
   * blocks stay in the deepest container reached: the text is kept, only the
   * deeper nesting is flattened.
   */
  #deeper<T extends Container['type']>(
    within: Container[],
    type: T,
    fields: Omit<Extract<Container, { type: T }>, 'type' | 'id'> | Record<string, never> = {},
  ): Container[] {
    if (within.length >= MAX_CONTAINER_DEPTH) return within;
    const count = (this.#counters.get(type) ?? 0) + 1;
    this.#counters.set(type, count);
    const container = { type, id: `${CONTAINER_PREFIX[type]}${count}`, ...fields } as Container;
    return [...within, container];
  }

  #push(block: DraftBlock): void {
    if (block.text === '' && block.kind !== 'rule' && block.kind !== 'image') return;
    const { within, ...rest } = block;
    this.out.push(within && within.length > 0 ? { ...rest, within } : rest);
  }
}

const CONTAINER_PREFIX: Record<Container['type'], string> = {
  list: 'l',
  item: 'i',
  quote: 'q',
  aside: 'a',
  table: 't',
  row: 'r',
  definitions: 'd',
  description: 'dd',
  footnote: 'fn-',
  figure: 'f',
};

function withMarks(marks: DraftBlock['marks']): Pick<DraftBlock, 'marks'> {
  return marks && marks.length > 0 ? { marks } : {};
}

/** Link definitions may follow their use; footnote definitions are placed at the end. */
function collectDefinitions(
  node: Nodes,
  definitions: Map<string, Definition>,
  notes: Map<string, FootnoteDefinition>,
): void {
  if (node.type === 'definition') {
    const key = node.identifier.toLowerCase();
    if (!definitions.has(key)) definitions.set(key, node);
  } else if (node.type === 'footnoteDefinition') {
    const key = node.identifier.toLowerCase();
    if (!notes.has(key)) notes.set(key, node);
  }
  if ('children' in node) {
    for (const child of node.children) collectDefinitions(child, definitions, notes);
  }
}

// HTML source -> the DOM the compiler reads. parse5 builds the tree as the
// HTML standard says a browser does (implied elements, misnested tags, text
// moved out of tables) and knows each element's line; linkedom holds the
// tree: a plain DOM without a browser's machinery, which Readability and the
// walk read several times faster than jsdom's (decision 0011). Nothing in a
// page runs or loads: neither library runs scripts or fetches anything.
import { parseHTML } from 'linkedom';
import { parse, parseFragment as parseHtmlFragment, type DefaultTreeAdapterMap } from 'parse5';

type SourceNode = DefaultTreeAdapterMap['node'];
type SourceParent = DefaultTreeAdapterMap['parentNode'];

export interface ParsedDocument {
  document: Document;
  /** The line an element starts on in the source; undefined for elements the parser implied. */
  lineOf: (element: Element) => number | undefined;
  /** Frees what the DOM holds beyond its nodes (jsdom's window); linkedom needs nothing. */
  close?: () => void;
}

const NAMESPACED = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']);

export function parseDocument(html: string): ParsedDocument {
  const document = emptyDocument();
  const lines = new WeakMap<Node, number>();
  copyChildren(parse(html, { sourceCodeLocationInfo: true }), document, lines);
  return { document, lineOf: (element) => lines.get(element) };
}

/**
 * A fragment of HTML (raw HTML inside Markdown) parsed as a browser parses a
 * <template>'s content, into a fragment owned by one shared document.
 */
export function parseFragment(html: string): DocumentFragment {
  fragmentOwner ??= emptyDocument();
  const fragment = fragmentOwner.createDocumentFragment();
  copyChildren(parseHtmlFragment(html), fragment, new WeakMap());
  return fragment;
}

let fragmentOwner: Document | undefined;

function emptyDocument(): Document {
  return (parseHTML('') as unknown as { document: Document }).document;
}

function copyChildren(root: SourceParent, into: Node, lines: WeakMap<Node, number>): void {
  const document = into.ownerDocument ?? (into as Document);
  // An explicit stack rather than recursion: the depth guards run on the
  // finished tree, so this walk must survive any depth parse5 builds.
  const pending: Array<[SourceParent, Node]> = [[root, into]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [from, target] = next;
    for (const child of from.childNodes) {
      const built = buildNode(document, child);
      if (built === undefined) continue;
      target.appendChild(built);
      if (!('tagName' in child)) continue;
      const line = child.sourceCodeLocation?.startLine;
      if (line !== undefined) lines.set(built, line);
      // A template's children are its content, as in a browser: not part of the page.
      const isTemplate = child.tagName === 'template' && 'content' in child;
      const children = isTemplate ? child.content : child;
      const childTarget = isTemplate ? (built as HTMLTemplateElement).content : built;
      if (children.childNodes.length > 0) pending.push([children, childTarget]);
    }
  }
}

function buildNode(document: Document, node: SourceNode): Node | undefined {
  switch (node.nodeName) {
    case '#text':
      return document.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
    case '#comment':
      return document.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
    case '#documentType':
    case '#document':
    case '#document-fragment':
      return undefined;
    default: {
      const element = node as DefaultTreeAdapterMap['element'];
      const built = NAMESPACED.has(element.namespaceURI)
        ? document.createElementNS(element.namespaceURI, element.tagName)
        : document.createElement(element.tagName);
      for (const attribute of element.attrs) {
        const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
        built.setAttribute(name, attribute.value);
      }
      return built;
    }
  }
}

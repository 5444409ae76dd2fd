// The page as jsdom parses it, in the shape html-dom.ts gives the compiler:
// for the test that an article comes out the same whichever DOM reads it.
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ParsedDocument } from '../../compiler/html-dom';

export function parseWithJsdom(html: string): ParsedDocument {
  // Node locations also make jsdom parse as a browser with scripts on does,
  // as parse5 does by default: <noscript> holds plain text.
  const dom = new JSDOM(html, {
    url: 'https://invalid.local/',
    virtualConsole: new VirtualConsole(),
    includeNodeLocations: true,
  });
  return {
    document: dom.window.document,
    lineOf: (element) => dom.nodeLocation(element)?.startLine,
    // A window left open keeps its whole document alive.
    close: () => dom.window.close(),
  };
}

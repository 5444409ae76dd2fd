// Raw HTML inside another format (a <div> or <details> block in Markdown) ->
// its text as draft blocks, by the same walk as HTML pages. The fragment is
// parsed inert: a <template>'s content runs no script and loads nothing, and
// only text is taken from it.
import { JSDOM, VirtualConsole } from 'jsdom';
import { blocksFromHtml } from './html-blocks';
import { estimateHtmlDepth } from './html-depth';
import { MAX_ESTIMATED_DEPTH } from './html';
import { SourceRejected } from './rejection';
import type { DraftBlock } from './types';

/** One inert document for all fragments: building a JSDOM costs milliseconds. */
let fragmentDocument: Document | undefined;

export interface FragmentText {
  blocks: DraftBlock[];
  /** Elements a text article cannot show (images, video...), for a warning. */
  notShown: Element[];
}

export function blocksFromHtmlFragment(
  html: string,
  kind: 'paragraph' | 'quote' | 'list-item',
): FragmentText {
  const estimated = estimateHtmlDepth(html);
  if (estimated > MAX_ESTIMATED_DEPTH) {
    throw new SourceRejected(
      'too-complex',
      `raw HTML nested about ${estimated} elements deep, more than this reader accepts`,
    );
  }
  fragmentDocument ??= new JSDOM('', { virtualConsole: new VirtualConsole() }).window.document;
  const template = fragmentDocument.createElement('template');
  template.innerHTML = html;
  const notShown: Element[] = [];
  const blocks = blocksFromHtml(template.content, {
    kind,
    onNotShown: (element) => notShown.push(element),
  });
  return { blocks, notShown };
}

// Raw HTML inside another format (a <div> or <details> block in Markdown) ->
// its blocks, by the same walk as HTML pages. The fragment is parsed inert: a
// <template>'s content runs no script and loads nothing, and only text and
// the walk's allow-listed attributes are taken from it.
import { blocksFromHtml } from './html-blocks';
import { estimateHtmlDepth } from './html-depth';
import { parseFragment } from './html-dom';
import { MAX_ESTIMATED_DEPTH } from './html';
import { SourceRejected } from './rejection';
import type { Container } from '../common/model';
import type { DraftBlock } from './types';

export interface FragmentText {
  blocks: DraftBlock[];
  /** Elements a text article cannot show (video, embedded pages...), for a warning. */
  notShown: Element[];
  /** Images shown as their alt text (inside a heading, cell, term, caption or code). */
  imagesAsText: Element[];
}

export interface FragmentOptions {
  /** Containers around the fragment in its document (a Markdown list item). */
  within?: Container[];
  /**
   * Starts the ids of the fragment's own containers: each fragment of one
   * document needs its own ("html3-"), so that no two containers share an id.
   */
  idPrefix?: string;
}

/**
 * `kind` is what a paragraph of the fragment becomes (see HtmlWalkOptions);
 * the fragment's lists, tables and the like are containers as on a page.
 */
export function blocksFromHtmlFragment(
  html: string,
  kind: 'paragraph' | 'quote' | 'list-item',
  options: FragmentOptions = {},
): FragmentText {
  const estimated = estimateHtmlDepth(html);
  if (estimated > MAX_ESTIMATED_DEPTH) {
    throw new SourceRejected(
      'too-complex',
      `raw HTML nested about ${estimated} elements deep, more than this reader accepts`,
    );
  }
  const notShown: Element[] = [];
  const imagesAsText: Element[] = [];
  const blocks = blocksFromHtml(parseFragment(html), {
    kind,
    onNotShown: (element) => notShown.push(element),
    onImageAsText: (element) => imagesAsText.push(element),
    idPrefix: options.idPrefix ?? 'html-',
    ...(options.within ? { within: options.within } : {}),
  });
  return { blocks, notShown, imagesAsText };
}

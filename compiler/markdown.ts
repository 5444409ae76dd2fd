// Markdown body -> draft blocks. CommonMark with GitHub's extensions (tables,
// strikethrough, autolinks, footnotes, task lists), parsed by micromark into
// mdast; markdown-walk.ts maps the tree onto the block model. Raw HTML gives
// its text only, read by the HTML walk (html-fragment.ts); its markup is
// never kept or run, so nothing active can come through a Markdown source.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { checkMarkdownNesting } from './markdown-limits';
import { blocksOfMarkdown } from './markdown-walk';
import { sameTitle } from './title';
import type { ParsedBody } from './types';

/**
 * The first H1 gives the title; with a front matter title, a first H1 equal
 * to it is not repeated as a block.
 */
export function parseMarkdown(body: string, title?: string): ParsedBody {
  checkMarkdownNesting(body);
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const { blocks, warnings } = blocksOfMarkdown(tree);

  const firstH1Index = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const firstH1 = blocks[firstH1Index];
  if (!firstH1) return { blocks, warnings };
  if (title === undefined || sameTitle(firstH1.text, title)) {
    blocks.splice(firstH1Index, 1);
    return { blocks, bodyTitle: firstH1.text, warnings };
  }
  return { blocks, warnings };
}

// The links of one source that only the collection can resolve, taken out
// of its blocks as the file compiles (in a worker, or from the compile
// cache), for the link pass (links.ts) to put back once every file has
// compiled. Also the check a cached copy of them must pass.
import { z } from 'zod';
import type { Article } from '../common/model';
import type { ArticleLinks, DraftBlock, PendingLink } from './types';

/**
 * The drafts' links to source files (by block index and mark index) and
 * their anchors (by block index; the title's lead to the top, -1), or
 * undefined when they have neither. The
 * first block to claim an anchor keeps it, as a browser goes to the first
 * element with an id.
 */
export function pendingLinksOf(
  drafts: readonly DraftBlock[],
  titleAnchors: readonly string[] = [],
  titleLabels: readonly string[] = [],
): ArticleLinks | undefined {
  const pending: PendingLink[] = [];
  // The title comes first in the page, so its anchors win.
  const anchors: Array<[string, number]> = [...new Set(titleAnchors)].map((name) => [name, -1]);
  const named = new Set<string>(titleAnchors);
  const labels: Array<[string, number]> = [...new Set(titleLabels)].map((name) => [name, -1]);
  const labelled = new Set<string>(titleLabels);
  for (const [block, draft] of drafts.entries()) {
    for (const [mark, draftMark] of (draft.marks ?? []).entries()) {
      if (draftMark.type !== 'link' || draftMark.target.kind !== 'source') continue;
      const { start, end, title, target } = draftMark;
      pending.push({ block, mark, start, end, ...(title !== undefined && { title }), target });
    }
    for (const name of draft.anchors ?? []) {
      if (named.has(name)) continue;
      named.add(name);
      anchors.push([name, block]);
    }
    for (const name of draft.labels ?? []) {
      if (labelled.has(name)) continue;
      labelled.add(name);
      labels.push([name, block]);
    }
  }
  if (pending.length === 0 && anchors.length === 0 && labels.length === 0) return undefined;
  return { pending, anchors, ...(labels.length > 0 && { labels }) };
}

/**
 * The links with the article's first block gone (a heading that became the
 * title): the other blocks move up one; the first block's anchors name the
 * article's top, and its own links (none survive a title) go with it.
 */
export function withoutFirstBlock(links: ArticleLinks): ArticleLinks {
  const moved = ([name, block]: [string, number]): [string, number] => [
    name,
    Math.max(-1, block - 1),
  ];
  return {
    pending: links.pending
      .filter((link) => link.block > 0)
      .map((link) => ({ ...link, block: link.block - 1 })),
    anchors: links.anchors.map(moved),
    ...(links.labels && { labels: links.labels.map(moved) }),
  };
}

const Index = z.number().int().nonnegative();

const ArticleLinksSchema = z.object({
  pending: z.array(
    z.object({
      block: Index,
      mark: Index,
      start: Index,
      end: Index,
      title: z.string().optional(),
      target: z.object({
        kind: z.literal('source'),
        href: z.string(),
        path: z.string(),
        fragment: z.string().optional(),
        label: z.string().optional(),
        line: z.number().int().positive().optional(),
      }),
    }),
  ),
  anchors: z.array(z.tuple([z.string(), z.number().int().min(-1)])),
  labels: z.array(z.tuple([z.string(), z.number().int().min(-1)])).optional(),
});

/**
 * The links read back from a cache entry, when they are well formed and fit
 * the article beside them (every block index inside it, every link inside
 * its block's text); undefined otherwise, which makes the entry a miss.
 */
export function checkedLinks(value: unknown, article: Article): ArticleLinks | undefined {
  const parsed = ArticleLinksSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const links = parsed.data as ArticleLinks;
  const fits =
    links.pending.every((link) => {
      const block = article.blocks[link.block];
      return block !== undefined && link.start < link.end && link.end <= block.text.length;
    }) &&
    [...links.anchors, ...(links.labels ?? [])].every(([, block]) => block < article.blocks.length);
  return fits ? links : undefined;
}

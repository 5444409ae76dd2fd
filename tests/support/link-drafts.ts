// Hand-made drafts with links to other source files, as the parsers hand
// them over, for the link pass's tests: they do not depend on any parser
// emitting links yet.
import path from 'node:path';
import { assembleArticle } from '../../compiler/article';
import { loadLanguageDetector } from '../../compiler/language';
import type { LinkSource } from '../../compiler/links';
import type { DraftBlock, DraftMark } from '../../compiler/types';

// assembleArticle decides each article's language, which takes the detector.
await loadLanguageDetector();

/** A link over text[start, end) to href as written, split as a parser splits it. */
export function sourceLink(start: number, end: number, href: string, line?: number): DraftMark {
  const hash = href.indexOf('#');
  const linkPath = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? undefined : href.slice(hash + 1);
  return {
    type: 'link',
    start,
    end,
    target: {
      kind: 'source',
      href,
      path: linkPath,
      ...(fragment !== undefined && { fragment }),
      ...(line !== undefined && { line }),
    },
  };
}

/** A paragraph whose text links to href over the words `linked`. */
export function paragraphLinking(text: string, linked: string, href: string, line = 1): DraftBlock {
  const start = text.indexOf(linked);
  if (start < 0) throw new Error(`"${linked}" is not in "${text}"`);
  return { kind: 'paragraph', text, marks: [sourceLink(start, start + linked.length, href, line)] };
}

export function heading(text: string, anchors: string[], level = 2): DraftBlock {
  return { kind: 'heading', level, text, anchors };
}

/** The article one source makes of the drafts, as the compile worker hands it on. */
export function linkSource(
  relativePath: string,
  blocks: DraftBlock[],
  metadata: { title?: string; id?: string } = {},
  titleAnchors?: string[],
): LinkSource {
  const { article, links } = assembleArticle(
    path.posix.basename(relativePath),
    {
      metadata: { title: metadata.title ?? relativePath, ...metadata },
      blocks,
      ...(titleAnchors && { titleAnchors }),
    },
    relativePath,
  );
  return { relativePath, path: `/in/${relativePath}`, article, ...(links && { links }) };
}

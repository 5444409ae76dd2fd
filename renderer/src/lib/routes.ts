// Hash routes: #/ is the library, #/article/<id> an article, and
// #/article/<id>?block=<blockId> opens it at a block (for links into a text).
export type Route =
  | { view: 'library' }
  | { view: 'notebook' }
  | { view: 'article'; articleId: string; blockId?: string };

const ARTICLE_ROUTE = /^#\/article\/([^/?#]+)(?:\?block=([^&#]*))?$/;

export function parseRoute(hash: string): Route {
  if (hash === NOTEBOOK_HASH) return { view: 'notebook' };
  const match = ARTICLE_ROUTE.exec(hash);
  if (!match?.[1]) return { view: 'library' };
  const articleId = safeDecode(match[1]);
  const blockId = match[2] ? safeDecode(match[2]) : undefined;
  return blockId ? { view: 'article', articleId, blockId } : { view: 'article', articleId };
}

/** #/notebook: every highlight, note and bookmark of the library. */
const NOTEBOOK_HASH = '#/notebook';

export function notebookHref(): string {
  return NOTEBOOK_HASH;
}

export function libraryHref(): string {
  return '#/';
}

export function articleHref(articleId: string, blockId?: string): string {
  const base = `#/article/${encodeURIComponent(articleId)}`;
  return blockId ? `${base}?block=${encodeURIComponent(blockId)}` : base;
}

export function navigateTo(href: string): void {
  window.location.hash = href;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A hand-typed, badly escaped hash: use it as written; the app then
    // reports that no such article exists.
    return part;
  }
}

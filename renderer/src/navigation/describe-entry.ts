import { parseRoute } from '../lib/routes';
import type { LoggedEntry } from './history-log';

/**
 * Where a Back or Forward step goes, for its tooltip: the catalogue's
 * history.backTo and history.forwardTo say it in words, each language with
 * its own grammar ("à la bibliothèque", "au carnet" in French).
 */
export type EntryPlace =
  | { place: 'library' }
  | { place: 'notebook' }
  | { place: 'here' }
  | { place: 'article'; title: string }
  | { place: 'untitled' };

/** How the Back and Forward tooltips name an entry: its title once known, else its kind. */
export function describeEntry(
  entry: LoggedEntry | undefined,
  currentHash?: string,
): EntryPlace | null {
  if (!entry) return null;
  const route = parseRoute(entry.hash);
  if (route.view === 'library') return { place: 'library' };
  if (route.view === 'notebook') return { place: 'notebook' };
  const current = currentHash === undefined ? undefined : parseRoute(currentHash);
  const sameArticle = current?.view === 'article' && current.articleId === route.articleId;
  if (sameArticle) return { place: 'here' };
  return entry.title ? { place: 'article', title: entry.title } : { place: 'untitled' };
}

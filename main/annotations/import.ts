// Importing a Web Annotation file into the notebook. The rules that keep the
// reader's notes safe: a file never overwrites a local edit that is as new or
// newer (dates compare as instants; a date in the future proves nothing), an
// id never moves a local annotation to another article, one bad item is
// skipped with its reason while the rest is imported, and placing many
// annotations in a long article lets the main process breathe between them.
import { type Annotation, type ImportSummary } from '../../common/annotations';
import { ReaderError } from '../../common/errors';
import type { Article } from '../../common/model';
import {
  importedId,
  parseWebAnnotations,
  type ImportCandidate,
} from '../../common/web-annotation-import';
import type { Collection } from '../content/collection';
import { notebookRoom } from './notebook-limit';
import { flatTextCache, placeIn, stale } from './placing';
import type { AnnotationStore } from './store';

export interface ImportContext {
  store: AnnotationStore;
  collection: Pick<Collection, 'manifest'>;
  articleOrNull(id: string): Promise<Article | null>;
  now(): string;
  /** The longest file accepted, which is also the notebook's size limit (see notebook-limit.ts). */
  maxImportChars: number;
}

const instant = (iso: string) => Date.parse(iso);
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

export async function importNotebook(context: ImportContext, text: string): Promise<ImportSummary> {
  const { store, maxImportChars } = context;
  if (text.length > maxImportChars) {
    throw new ReaderError(
      'invalid-file',
      `The file has ${text.length.toLocaleString('en')} characters; at most ${maxImportChars.toLocaleString('en')} can be imported at once.`,
      { id: 'import.tooLarge', values: { chars: text.length, max: maxImportChars } },
    );
  }
  const at = context.now();
  let parsed: ReturnType<typeof parseWebAnnotations>;
  try {
    parsed = parseWebAnnotations(text, { now: instant(at) });
  } catch (error) {
    throw new ReaderError('invalid-file', (error as Error).message);
  }
  const problems = [...parsed.problems];
  const skip = (candidate: ImportCandidate, why: string) =>
    problems.push(`Annotation ${candidate.position}: ${why}`);

  // The same annotation twice in one file: the newest copy counts.
  const newest = new Map<string, ImportCandidate>();
  for (const candidate of parsed.candidates.map(ownId)) {
    const id = candidate.annotation.id;
    const seen = newest.get(id);
    if (!seen || instant(seen.annotation.updatedAt) < instant(candidate.annotation.updatedAt)) {
      if (seen) skip(seen, 'the file has a newer copy of it, which is imported instead.');
      newest.set(id, candidate);
    } else {
      skip(candidate, 'the file has a newer copy of it, which is imported instead.');
    }
  }

  /** Should the file's copy replace what the notebook has? Says why not when it matters. */
  const wanted = (candidate: ImportCandidate, quiet = false): boolean => {
    const existing = store.get(candidate.annotation.id);
    if (!existing) return true;
    if (existing.articleId !== candidate.annotation.articleId) {
      if (!quiet)
        skip(
          candidate,
          `its id names a highlight of another article ("${existing.articleId}"); that highlight is kept as it is.`,
        );
      return false;
    }
    if (candidate.datedInFuture) {
      if (!quiet)
        skip(
          candidate,
          'it is dated in the future, so it cannot be shown to be newer than your copy, which is kept.',
        );
      return false;
    }
    const local = instant(existing.updatedAt);
    const incoming = instant(candidate.annotation.updatedAt);
    // An unreadable local date cannot be shown to be older: the local copy is kept.
    if (local < incoming) return true;
    if (!quiet && local > incoming)
      skip(candidate, 'your copy was changed more recently and is kept.');
    return false;
  };

  const summaries = new Map((await context.collection.manifest()).articles.map((a) => [a.id, a]));
  const flatText = flatTextCache();
  const placed: { candidate: ImportCandidate; annotation: Annotation }[] = [];
  for (const candidate of newest.values()) {
    if (!wanted(candidate)) continue;
    const { annotation } = candidate;
    const info = summaries.get(annotation.articleId);
    if (!candidate.needsAnchoring && !stale(annotation, info?.contentHash)) {
      placed.push({ candidate, annotation });
      continue;
    }
    const article = info ? await context.articleOrNull(annotation.articleId) : null;
    placed.push({
      candidate,
      annotation: placeIn(annotation, article, at, article ? flatText(article) : undefined),
    });
    // Searching a long article takes a while: other calls (and, in Electron,
    // the whole main process) run between annotations.
    await yieldToOthers();
  }

  const title = (await context.collection.manifest()).title;
  let added = 0;
  let updated = 0;
  // Decided again at write time: the reader may have edited meanwhile.
  await store.putWith(() => {
    const room = notebookRoom(store.all(), title, maxImportChars);
    const write: Annotation[] = [];
    for (const { candidate, annotation } of placed) {
      if (!wanted(candidate, true)) continue;
      if (!room.take(annotation)) {
        skip(candidate, 'the notebook is full (its export must stay small enough to import back).');
        continue;
      }
      if (store.get(annotation.id)) updated++;
      else added++;
      write.push(annotation);
    }
    return write;
  });
  return {
    added,
    updated,
    skipped: parsed.problems.length + parsed.candidates.length - added - updated,
    problems: problems.slice(0, 5),
  };

  /**
   * A file's id that names a local annotation of another article is a
   * different annotation (a hand-edited or foreign file): it is imported
   * under an id of its own, made from the file's id and its article, so the
   * local one stays where it is and importing the file again finds it.
   */
  function ownId(candidate: ImportCandidate): ImportCandidate {
    const existing = store.get(candidate.annotation.id);
    if (!existing || existing.articleId === candidate.annotation.articleId) return candidate;
    const id = importedId(`${candidate.sourceId}\u0000${candidate.annotation.articleId}`);
    return { ...candidate, annotation: { ...candidate.annotation, id } };
  }
}

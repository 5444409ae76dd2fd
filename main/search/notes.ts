// Searchable highlight notes.
//
// Notes are the reader's own text, kept in the user's data folder, not in the
// bundled index: they change while the app runs and are few (hundreds, not
// millions of words), so they are not indexed at all. The engine scans them
// on every search with the same word cutting and stemming as article text,
// and a matching note becomes a passage (fromNote: true) of its article's hit,
// ahead of the text passages; an article whose only match is a note is listed too.
//
// Wiring: the worker (or the inline engine) keeps the last list sent through
// SearchService.setNotes as its NotesSource; main/annotations/searchable-notes.ts
// sends the store's notes at start and after every change to the store.
// tests/unit/search-engine.test.ts shows the behaviour with an in-memory
// source; tests/unit/search-notes-wiring.test.ts through the real services.
import type { SearchPassage } from '../../common/api';
import type { Block } from '../../common/model';
import { findPassages, prepareText, type MatchTarget } from './passages';
import type { ParsedQuery } from './query';
import { indexTerm, stem, wordKeys } from './words';

export interface SearchableNote {
  /** The highlight's id. */
  id: string;
  articleId: string;
  /** The block the highlight starts in: where opening the result goes. */
  blockId: string;
  /** The note's text, as the reader wrote it. */
  text: string;
}

export interface NotesSource {
  /** The notes to search now; called once per search. */
  notes(): readonly SearchableNote[];
}

/** Passages from notes that match the query, by article id. */
export function matchNotes(
  notes: readonly SearchableNote[],
  parsed: ParsedQuery,
): Map<string, SearchPassage[]> {
  const found = new Map<string, SearchPassage[]>();
  const words = [...parsed.words, ...parsed.titleWords, ...parsed.phrases.flat()];
  const stems = new Set(words.flatMap((w) => indexTerm(w) ?? []));
  if (stems.size === 0 || notes.length === 0) return found;
  const target: MatchTarget = {
    stems,
    phrases: [...parsed.phrases, ...parsed.excludedPhrases],
    excludedPhrases: parsed.excludedPhrases.length,
  };
  const excluded = new Set(parsed.excludedWords.map(stem));
  for (const note of notes) {
    const block: Block = { id: note.blockId, kind: 'paragraph', text: note.text };
    const scan = findPassages(prepareText([block]), target, { maxPassages: 1 });
    const required = parsed.phrases.length;
    if (scan.passages.length === 0) continue;
    if (scan.phrasesFound.slice(0, required).some((f) => !f)) continue;
    if (scan.phrasesFound.slice(required).some((f) => f)) continue;
    if (excluded.size > 0 && wordKeys(note.text).some((key) => excluded.has(stem(key)))) continue;
    const list = found.get(note.articleId) ?? [];
    list.push({ ...scan.passages[0]!, fromNote: true });
    found.set(note.articleId, list);
  }
  return found;
}

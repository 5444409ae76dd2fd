// Searchable highlight notes.
//
// Notes are the reader's own text, kept in the user's data folder, not in the
// bundled index: they change while the app runs. Each list of notes sent gets
// a small stem index of its own, made on its first search with the same word
// cutting and stemming as article text, so a search does not read every note
// (100,000 notes took over a second a search). A matching note becomes a
// passage (fromNote: true) of its article's hit, ahead of the text passages,
// at most MAX_NOTE_PASSAGES of them with a count of the rest (moreNotes); an
// article whose only match is a note is listed too.
//
// Wiring: the worker (or the inline engine) keeps the last list sent through
// SearchService.setNotes as its NotesSource; main/annotations/searchable-notes.ts
// sends the store's notes at start and after every change to the store.
// tests/unit/main/search/engine.test.ts shows the behaviour with an in-memory
// source; tests/unit/main/search/notes-wiring.test.ts through the real services.
import type { SearchPassage } from '../../common/api';
import type { Block } from '../../common/model';
import { findPassages, prepareText, type MatchTarget } from './passages';
import type { ParsedQuery } from './query';
import { analyzer, termsInLanguages, type LanguageName } from './languages';
import { gramsIn, gramsOf, isSegmented, wordKeys } from './words';

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

/** Matching notes shown per article, like its text passages; the rest are counted. */
export const MAX_NOTE_PASSAGES = 3;

/** One article's matching notes. */
export interface NoteMatches {
  /** The first few, in the order the notes were given. */
  passages: SearchPassage[];
  /**
   * How many more notes of the article hold the query's words (for a
   * phrase, all its words, maybe not side by side: they are not read).
   */
  more: number;
}

/**
 * Which notes hold each stem, and each character and pair of characters of
 * segmented scripts (note positions, ascending): made once per list of notes.
 */
type NotesIndex = Map<string, number[]>;

// Keyed by the list itself: the worker keeps the last list sent until the
// next change to the store, so every search until then reuses its index.
const indexes = new WeakMap<readonly SearchableNote[], NotesIndex>();
/**
 * Each note's stems by note id, kept across lists: a change to the store
 * sends every note again, and cutting 100,000 notes into words anew took
 * seconds where looking them up takes milliseconds.
 */
let stemsByNote = new Map<
  string,
  { text: string; language: LanguageName; stems: readonly string[] }
>();

/** A note is in its article's language, and stemmed as the article's text is. */
function stemsOf(note: SearchableNote, language: LanguageName): readonly string[] {
  const known = stemsByNote.get(note.id);
  if (known?.text === note.text && known.language === language) return known.stems;
  const { stem } = analyzer(language);
  const keys = wordKeys(note.text);
  const stems = [...new Set([...keys.map((k) => stem(k)), ...gramsIn(note.text)])];
  stemsByNote.set(note.id, { text: note.text, language, stems });
  return stems;
}

/** The languages of a collection, and which one an article is in (CompactIndex). */
export interface NoteLanguages {
  all: readonly LanguageName[];
  of(articleId: string): LanguageName;
}

const ENGLISH: NoteLanguages = { all: ['en'], of: () => 'en' };

function indexOf(notes: readonly SearchableNote[], languages: NoteLanguages): NotesIndex {
  let index = indexes.get(notes);
  if (index) return index;
  index = new Map();
  for (let n = 0; n < notes.length; n++) {
    const note = notes[n]!;
    for (const stemmed of stemsOf(note, languages.of(note.articleId))) {
      const holders = index.get(stemmed);
      if (holders) holders.push(n);
      else index.set(stemmed, [n]);
    }
  }
  // Deleted notes are forgotten once they outnumber the live ones.
  if (stemsByNote.size > 2 * notes.length + 100) {
    const live = new Set(notes.map((note) => note.id));
    stemsByNote = new Map([...stemsByNote].filter(([id]) => live.has(id)));
  }
  indexes.set(notes, index);
  return index;
}

/**
 * Notes that match the query, by article id. The stem index finds the
 * candidates without reading every note; only the notes shown, and notes
 * that must be checked for a phrase, are scanned.
 */
export function matchNotes(
  notes: readonly SearchableNote[],
  parsed: ParsedQuery,
  languages: NoteLanguages = ENGLISH,
): Map<string, NoteMatches> {
  const found = new Map<string, NoteMatches>();
  const single = [...parsed.words, ...parsed.titleWords];
  // A segmented word is a sequence of characters (ranking.ts), not a stem.
  const sequences = new Set(single.filter(isSegmented));
  const words = [...single.filter((w) => !isSegmented(w)), ...parsed.phrases.flat()];
  // Every language's stems, as for the articles (ranking.ts); a note holds those of its own.
  const stems = new Set(words.flatMap((w) => termsInLanguages(w, languages.all)));
  if ((stems.size === 0 && sequences.size === 0) || notes.length === 0) return found;
  const index = indexOf(notes, languages);
  const stemsEverywhere = (word: string) =>
    new Set(languages.all.map((language) => analyzer(language).stem(word)));
  const holding = (stemmed: string) => index.get(stemmed) ?? [];
  /** Notes that hold every gram of a segmented word: the ones that may hold the word. */
  const mayHoldSequence = (word: string): number[] => {
    const grams = gramsOf(word);
    const count = new Map<number, number>();
    for (const gram of grams) for (const n of holding(gram)) count.set(n, (count.get(n) ?? 0) + 1);
    return [...count].filter(([, c]) => c === grams.length).map(([n]) => n);
  };

  const isCandidate = new Uint8Array(notes.length);
  for (const stemmed of stems) for (const n of holding(stemmed)) isCandidate[n] = 1;
  for (const word of sequences) for (const n of mayHoldSequence(word)) isCandidate[n] = 1;
  const excluded = new Set<number>();
  for (const word of parsed.excludedWords) {
    if (!isSegmented(word)) {
      for (const stemmed of stemsEverywhere(word))
        for (const n of holding(stemmed)) excluded.add(n);
      continue;
    }
    for (const n of mayHoldSequence(word)) {
      if (notes[n]!.text.toLowerCase().includes(word)) excluded.add(n);
    }
  }
  // A note can hold a phrase only if it holds all of the phrase's words (in one of their stems).
  const mayHold = (phrase: readonly string[]) => {
    const phraseWords = [...new Set(phrase)];
    const count = new Uint8Array(notes.length);
    for (const word of phraseWords) {
      const holders = new Set([...stemsEverywhere(word)].flatMap(holding));
      for (const n of holders) count[n]!++;
    }
    return (n: number) => count[n] === phraseWords.length;
  };
  const required = parsed.phrases.map(mayHold);
  const avoided = parsed.excludedPhrases.map(mayHold);

  const target: MatchTarget = {
    stems,
    sequences,
    phrases: [...parsed.phrases, ...parsed.excludedPhrases],
    excludedPhrases: parsed.excludedPhrases.length,
  };
  for (let n = 0; n < notes.length; n++) {
    if (!isCandidate[n] || excluded.has(n) || !required.every((holds) => holds(n))) continue;
    const note = notes[n]!;
    const matches = found.get(note.articleId) ?? { passages: [], more: 0 };
    if (matches.passages.length >= MAX_NOTE_PASSAGES) {
      // Counted, not scanned: a phrase's words are all there, maybe not side by side.
      if (!avoided.some((holds) => holds(n))) matches.more++;
      continue;
    }
    const language = languages.of(note.articleId);
    const passage = scanNote(note, { ...target, language }, parsed.phrases.length);
    if (!passage) continue;
    if (matches.passages.length < MAX_NOTE_PASSAGES) matches.passages.push(passage);
    else matches.more++;
    found.set(note.articleId, matches);
  }
  return found;
}

/** The note as a passage, or undefined if it fails a phrase condition. */
function scanNote(
  note: SearchableNote,
  target: MatchTarget,
  required: number,
): SearchPassage | undefined {
  const block: Block = { id: note.blockId, kind: 'paragraph', text: note.text };
  const scan = findPassages(prepareText([block]), target, { maxPassages: 1 });
  if (scan.passages.length === 0) return undefined;
  if (scan.phrasesFound.slice(0, required).some((f) => !f)) return undefined;
  if (scan.phrasesFound.slice(required).some((f) => f)) return undefined;
  return { ...scan.passages[0]!, fromNote: true };
}

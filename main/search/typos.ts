// Index terms one typing mistake away from a word. Lunr's own edit distance
// works on stems, and a typo often changes the stem more than the word
// ("schedular" stems to "schedular", "scheduler" to "schedul"), so the word
// itself is edited (one letter deleted, swapped, replaced or added) and each
// variant is stemmed and looked up.
import lunr from 'lunr';
import type { CompactIndex } from './compact-index';
import { analyzer, type LanguageName } from './languages';
import type { TermDictionary } from './term-dictionary';

const LATIN = 'abcdefghijklmnopqrstuvwxyz';

function variants(word: string): Set<string> {
  const letters = [...new Set([...LATIN, ...word])];
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of letters) {
      if (tail) out.add(head + letter + tail.slice(1));
      out.add(head + letter + tail);
    }
  }
  out.delete(word);
  return out;
}

/**
 * Stemmed without the shared cache: hundreds of made-up variants must not
 * crowd it out. English through Lunr's stemmer directly; other languages
 * through their analyser (a variant stemmed in them is rarely seen again).
 */
function stemOnce(word: string, language: LanguageName): string {
  if (language === 'en') return lunr.stemmer(new lunr.Token(word, {})).toString();
  return analyzer(language).stem(word);
}

/**
 * Stemming every variant of a word costs milliseconds, and as-you-type asks
 * for the same misspelt word again and again: answers are kept per
 * dictionary (one per loaded index), for the last few words.
 */
const remembered = new WeakMap<TermDictionary, Map<string, string[]>>();
const REMEMBERED_WORDS = 64;

/** In every language of the collection, as the word itself is stemmed in each. */
export function typoCorrections(index: CompactIndex, word: string, limit: number): string[] {
  const dictionary = index.dictionary;
  let byWord = remembered.get(dictionary);
  if (!byWord) remembered.set(dictionary, (byWord = new Map()));
  const key = `${limit}:${word}`;
  let found = byWord.get(key);
  if (!found) {
    found = findCorrections(dictionary, index.languages, word, limit);
    if (byWord.size >= REMEMBERED_WORDS) byWord.delete(byWord.keys().next().value as string);
    byWord.set(key, found);
  }
  return [...found];
}

function findCorrections(
  dictionary: TermDictionary,
  languages: readonly LanguageName[],
  word: string,
  limit: number,
): string[] {
  const found = new Set<string>();
  for (const variant of variants(word)) {
    for (const language of languages) {
      const term = stemOnce(variant, language);
      if (dictionary.rankOf(term) >= 0) found.add(term);
    }
    if (found.size >= limit) break;
  }
  return [...found].slice(0, limit);
}

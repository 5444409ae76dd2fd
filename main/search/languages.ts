// Stemming and stop words per language. Each article is indexed with its own
// language's stemmer (article.language), and a query word, which has no
// language, is stemmed in every language the collection holds (ranking.ts):
// "gatti" finds the Italian article with "gatto", "running" the English one
// with "runs". English is Lunr's own Porter stemmer and stop words; the
// languages lunr-languages has Snowball stemmers for use those; other
// languages are not stemmed.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import danish from 'lunr-languages/lunr.da';
import german from 'lunr-languages/lunr.de';
import spanish from 'lunr-languages/lunr.es';
import finnish from 'lunr-languages/lunr.fi';
import french from 'lunr-languages/lunr.fr';
import hungarian from 'lunr-languages/lunr.hu';
import italian from 'lunr-languages/lunr.it';
import dutch from 'lunr-languages/lunr.nl';
import norwegian from 'lunr-languages/lunr.no';
import portuguese from 'lunr-languages/lunr.pt';
import romanian from 'lunr-languages/lunr.ro';
import russian from 'lunr-languages/lunr.ru';
import swedish from 'lunr-languages/lunr.sv';
import turkish from 'lunr-languages/lunr.tr';
import { isSegmented } from './words';

type SnowballLanguage =
  'da' | 'de' | 'es' | 'fi' | 'fr' | 'hu' | 'it' | 'nl' | 'no' | 'pt' | 'ro' | 'ru' | 'sv' | 'tr';

/** Each plugin adds lunr[code] with its stemmer and stop word filter. */
const PLUGINS: Record<SnowballLanguage, (lunr: object) => void> = {
  da: danish,
  de: german,
  es: spanish,
  fi: finnish,
  fr: french,
  hu: hungarian,
  it: italian,
  nl: dutch,
  no: norwegian,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  sv: swedish,
  tr: turkish,
};

stemmerSupport(lunr);
for (const plugin of Object.values(PLUGINS)) plugin(lunr);

type PipelineFunction = (token: lunr.Token) => lunr.Token | undefined;
interface LanguagePlugin {
  stemmer: PipelineFunction;
  stopWordFilter: PipelineFunction;
}

/** The analysers: English, each Snowball language, and "none" (no stemming, no stop words). */
export type LanguageName = 'en' | SnowballLanguage | 'none';

const DEFAULT_LANGUAGE: LanguageName = 'en';

/**
 * Languages that write "l'indirizzo", "qu'il": an elided article or pronoun
 * is part of the word as words.ts cuts it (for "don't"), but not of its stem.
 */
const ELIDING = new Set<LanguageName>(['fr', 'it']);

/**
 * Chinese, Japanese, Korean and Thai words are never stemmed; the words of
 * other scripts in such articles are mostly English names and terms
 * ("kmalloc", "memory barrier"), so they are read as English.
 */
const ENGLISH_BESIDE = new Set(['zh', 'ja', 'ko', 'th']);

/** The analyser for a language tag ("it", "pt-BR", "zh-Hans"); English when none is given. */
export function languageName(tag: string | undefined): LanguageName {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === '' || base === 'en' || ENGLISH_BESIDE.has(base)) return 'en';
  if (base === 'nb' || base === 'nn') return 'no';
  return base in PLUGINS ? (base as SnowballLanguage) : 'none';
}

export interface Analyzer {
  name: LanguageName;
  /** The stem of a word key (words.ts); segmented words are their own stem. */
  stem(key: string): string;
  isStopWord(key: string): boolean;
  /** The index term of a word key, or undefined for a stop word. */
  term(key: string): string | undefined;
  /** Is this Porter (English), whose stems are a word's first letters (passages.ts relies on it)? */
  porter: boolean;
}

const MAX_CACHED_STEMS = 200_000;

function makeAnalyzer(name: LanguageName): Analyzer {
  const plugin =
    name === 'en' || name === 'none'
      ? undefined
      : ((lunr as unknown as Record<string, LanguagePlugin>)[name] ?? undefined);
  const stemmer: PipelineFunction | undefined =
    name === 'en' ? (lunr.stemmer as PipelineFunction) : plugin?.stemmer;
  const stopWords: PipelineFunction | undefined =
    name === 'en' ? (lunr.stopWordFilter as PipelineFunction) : plugin?.stopWordFilter;
  const eliding = ELIDING.has(name);
  const stems = new Map<string, string>();
  /** Each word key's term, null for a stop word. */
  const terms = new Map<string, string | null>();
  const unelided = (key: string) => (eliding ? key.slice(key.lastIndexOf("'") + 1) : key);
  const analyzer: Analyzer = {
    name,
    porter: name === 'en',
    stem(key) {
      let stemmed = stems.get(key);
      if (stemmed === undefined) {
        const word = unelided(key);
        stemmed =
          isSegmented(word) || !stemmer
            ? word
            : (stemmer(new lunr.Token(word, {}))?.toString() ?? word);
        if (stems.size >= MAX_CACHED_STEMS) stems.clear();
        stems.set(key, stemmed);
      }
      return stemmed;
    },
    isStopWord(key) {
      return stopWords !== undefined && stopWords(new lunr.Token(unelided(key), {})) === undefined;
    },
    term(key) {
      // Memoised whole: the stop-word check costs a Token per word, and
      // indexing asks for the same few thousand words millions of times.
      let term = terms.get(key);
      if (term === undefined) {
        term = analyzer.isStopWord(key) ? null : analyzer.stem(key);
        if (terms.size >= MAX_CACHED_STEMS) terms.clear();
        terms.set(key, term);
      }
      return term ?? undefined;
    },
  };
  return analyzer;
}

const analyzers = new Map<LanguageName, Analyzer>();

/** One analyser per language, made on first use; its stems are memoised. */
export function analyzer(name: LanguageName = DEFAULT_LANGUAGE): Analyzer {
  let made = analyzers.get(name);
  if (!made) analyzers.set(name, (made = makeAnalyzer(name)));
  return made;
}

/**
 * The index terms a query word stands for in a collection of these
 * languages: its term in each (without repeats), none where it is a stop
 * word in every one.
 */
export function termsInLanguages(key: string, languages: readonly LanguageName[]): string[] {
  const terms = new Set<string>();
  for (const name of languages) {
    const term = analyzer(name).term(key);
    if (term) terms.add(term);
  }
  return [...terms];
}

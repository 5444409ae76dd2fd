// The language an article is written in, when its source does not say: the
// letters' scripts first, then a trigram detector (eld) for the languages
// that share a script. A script written by one language (Thai, Hebrew,
// Greek, kana for Japanese, Hangul for Korean) decides alone, because a
// detector adds nothing there but a chance to be wrong; Latin and Cyrillic,
// which many languages share, go to the detector, and an answer it is not
// sure of is not taken (MIN_LATIN_MARGIN). The figures on the kernel's
// documentation these rules come from are in docs/search.md
// (#how-an-articles-language-is-decided).

/** What the compiler asks of eld's detector. */
interface Detector {
  detect(text: string): {
    language: string;
    isReliable(): boolean;
    getScores(): Record<string, number>;
  };
}

let detector: Detector | undefined;

/**
 * Thrown when an article's language takes the detector and it is not
 * loaded: compile-core.ts loads it and compiles the article again.
 */
export class LanguageDetectorNeeded extends Error {
  constructor() {
    super('the language detector is not loaded (loadLanguageDetector)');
  }
}

/**
 * Loads the detector. Not at import: its database holds about 30 MB of
 * memory (54 MB resident) in every process that loads it, and neither the
 * build's main thread nor a worker compiling pages that name their
 * language needs it. The smallest of eld's databases: as right as the
 * larger ones on the kernel's pages and the tests' sentences, where `small`
 * holds 46 MB (a worker's whole budget can be as little as 64 MB,
 * tests/unit/compiler/stalls.test.ts).
 */
export async function loadLanguageDetector(): Promise<void> {
  detector ??= (await import('eld/extrasmall')).eld;
}

/** The language when nothing better is known: the reader's stemming and voice default. */
export const FALLBACK_LANGUAGE = 'en';

/**
 * Characters read, from the start: enough for the detector to be sure on
 * every translated page of the kernel's documentation, and its time grows
 * with the text.
 */
const SAMPLE_CHARS = 6_000;
/**
 * Fewer letters than this (a CJK character counting as CJK_WEIGHT) say
 * nothing: a title like "Index" is every language. A script of one
 * language needs no more than a word or two.
 */
const MIN_LETTERS = 20;
/**
 * The detector is asked when at least this many letters go into it: on
 * fewer it calls a short English line ("Read the file.") Romanian or Tagalog.
 */
const MIN_DETECTOR_LETTERS = 50;
/**
 * A Latin-script answer other than the fallback is taken when its score
 * leads the next language's by this much: below it are names and code-like
 * lines ("CONFIG_KASAN=y make bzImage") that it calls Catalan or Slovak.
 * Within Cyrillic or Arabic script its reliability flag is enough, since
 * the alternative is a guess at the script's main language anyway.
 */
const MIN_LATIN_MARGIN = 0.05;
/**
 * Chinese, Japanese and Korean characters as a share of all letters, each
 * counted as an English word (about five letters) since one character
 * carries about as much: a Chinese page full of English identifiers is still
 * Chinese, an English page naming a Chinese translation is still English.
 */
const CJK_WEIGHT = 5;
/** The share of (weighted) letters a script needs to decide the language. */
const SCRIPT_SHARE = 0.3;
/** Kana among Chinese characters and kana: Japanese writes them in every sentence, Chinese never. */
const KANA_SHARE = 0.1;

type Script =
  'han' | 'kana' | 'hangul' | 'thai' | 'arabic' | 'hebrew' | 'greek' | 'cyrillic' | 'other';

const SCRIPTS: ReadonlyArray<[Script, RegExp]> = [
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
];

/**
 * Frequent characters written one way in Simplified Chinese and another in
 * Traditional (the same place in each string): which set a text uses says
 * which it is written in.
 */
const SIMPLIFIED = new Set(
  '这个们来说时为国会对发过还没进开关样点实经现问题长从动么后档户许证请该数据设备间应统务线节码译与于并将处机际试资载读写维护补内网络错误单',
);
const TRADITIONAL = new Set(
  '這個們來說時為國會對發過還沒進開關樣點實經現問題長從動麼後檔戶許證請該數據設備間應統務線節碼譯與於並將處機際試資載讀寫維護補內網絡錯誤單',
);

/** How the language of an article was decided, for the build's figures and the tests. */
export type LanguageSource = 'script' | 'detector' | 'fallback';

export interface DetectedLanguage {
  /** A BCP-47 tag: "en", "it", "zh-Hans", "ja". */
  language: string;
  source: LanguageSource;
}

/**
 * The language of a text (an article's prose, code left out). `fallback` is
 * the answer when the text is too short or the detector is unsure; it is
 * English by default because the reader's search then stems as English,
 * which is right for the mostly English words such a text has (names,
 * identifiers, titles) and harmless for the rest.
 */
export function detectLanguage(
  text: string,
  fallback: string = FALLBACK_LANGUAGE,
): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = countScripts(sample);
  const unsure: DetectedLanguage = { language: fallback, source: 'fallback' };
  const cjk = counts.han + counts.kana + counts.hangul;
  const weighted = counts.letters + cjk * (CJK_WEIGHT - 1);
  if (weighted < MIN_LETTERS) return unsure;
  const share = (count: number) => count / weighted;
  if (share(cjk * CJK_WEIGHT) >= SCRIPT_SHARE) {
    return { language: cjkLanguage(sample, counts), source: 'script' };
  }
  if (share(counts.thai) >= SCRIPT_SHARE) return { language: 'th', source: 'script' };
  if (share(counts.hebrew) >= SCRIPT_SHARE) return { language: 'he', source: 'script' };
  if (share(counts.greek) >= SCRIPT_SHARE) return { language: 'el', source: 'script' };
  const detected = counts.letters >= MIN_DETECTOR_LETTERS ? detect(sample) : undefined;
  // Arabic script is also Persian's and Urdu's, Cyrillic also Ukrainian's,
  // Bulgarian's and Serbian's: the detector tells them apart when it can,
  // and where it cannot the script's most written language is a better
  // guess than the fallback, whose stemmer would not even read the letters.
  if (share(counts.arabic) >= SCRIPT_SHARE) {
    return detected && ARABIC_SCRIPT.has(detected.language)
      ? { language: detected.language, source: 'detector' }
      : { language: 'ar', source: 'script' };
  }
  if (share(counts.cyrillic) >= SCRIPT_SHARE) {
    return detected && CYRILLIC_SCRIPT.has(detected.language)
      ? { language: detected.language, source: 'detector' }
      : { language: 'ru', source: 'script' };
  }
  return detected && detected.margin >= MIN_LATIN_MARGIN
    ? { language: detected.language, source: 'detector' }
    : unsure;
}

const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ku']);
const CYRILLIC_SCRIPT = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);

/** The detector's language and its lead over the next, when it calls its answer reliable. */
function detect(sample: string): { language: string; margin: number } | undefined {
  if (!detector) throw new LanguageDetectorNeeded();
  const result = detector.detect(sample);
  if (result.language === '' || !result.isReliable()) return undefined;
  const [best = 0, next = 0] = Object.values(result.getScores()).sort((x, y) => y - x);
  return { language: result.language, margin: best - next };
}

/** Japanese where kana is written, Korean where Hangul outnumbers the rest, else Chinese. */
function cjkLanguage(sample: string, counts: ScriptCounts): string {
  if (counts.hangul > counts.han + counts.kana) return 'ko';
  if (counts.kana >= (counts.han + counts.kana) * KANA_SHARE) return 'ja';
  let simplified = 0;
  let traditional = 0;
  for (const character of sample) {
    if (SIMPLIFIED.has(character)) simplified++;
    else if (TRADITIONAL.has(character)) traditional++;
  }
  // Neither set written (a short text of characters both forms share):
  // Chinese, without saying which form.
  if (simplified === traditional) return 'zh';
  return simplified > traditional ? 'zh-Hans' : 'zh-Hant';
}

type ScriptCounts = Record<Script, number> & { letters: number };

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = {
    letters: 0,
    han: 0,
    kana: 0,
    hangul: 0,
    thai: 0,
    arabic: 0,
    hebrew: 0,
    greek: 0,
    cyrillic: 0,
    other: 0,
  };
  for (const character of text) {
    // ASCII first, without a pattern: most of most texts is, and what is
    // not a letter there (spaces, digits, punctuation) counts for nothing.
    const code = character.charCodeAt(0);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) counts.letters++;
      continue;
    }
    if (!LETTER.test(character)) continue;
    counts.letters++;
    if (LATIN.test(character)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other';
    counts[script]++;
  }
  return counts;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * A language tag as BCP-47 writes it ("zh-hant" -> "zh-Hant", "EN" -> "en"),
 * or undefined for a tag that is not one ("en-", "x", "english").
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * An article's language: the one its source declares (front matter, or the
 * HTML page's lang), else the one its prose is written in. Code is left
 * out of the sample: its identifiers and keywords are English whatever
 * language the text around them is in.
 */
export function articleLanguage(
  declared: string | undefined,
  title: string,
  blocks: ReadonlyArray<{ kind: string; text: string }>,
): string {
  // A declared tag Intl cannot read (an HTML lang like "en-"; front matter
  // rejects these itself) says nothing, nor does "und" (undetermined), and
  // the text decides.
  const canonical = declared === undefined ? undefined : canonicalLanguageTag(declared);
  if (canonical !== undefined && canonical !== 'und') return canonical;
  const parts = [title];
  let length = title.length;
  for (const block of blocks) {
    if (length >= SAMPLE_CHARS) break;
    if (block.kind === 'code') continue;
    parts.push(block.text);
    length += block.text.length + 1;
  }
  return detectLanguage(parts.join('\n')).language;
}

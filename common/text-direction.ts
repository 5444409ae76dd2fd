// Which way an article's text runs, and which of its blocks run the other
// way. The renderer marks the article with `dir` from its language and a
// block whose own letters are mostly in the other direction with `dir` of its
// own; the text itself is never changed, so offsets into Block.text stay as
// they are.

export type TextDirection = 'ltr' | 'rtl';

/**
 * The scripts written right to left (ISO 15924 codes, as Intl.Locale's
 * `maximize()` gives them). Decided by script rather than by
 * `Intl.Locale.prototype.getTextInfo()`: Node 20 has only the older
 * `textInfo` getter and Chromium only the method, and both answer from ICU's
 * locale data, which says "ltr" for a language it has no data for even in a
 * right-to-left script (Dhivehi in Thaana, Malay in Jawi: "dv", "ms-Arab").
 * The likely script of a bare language ("ar" → Arab, "yi" → Hebr) is in
 * every engine's likely-subtags data.
 */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * The direction of text in `language` (a BCP-47 tag): right to left for a
 * language written in a right-to-left script ("ar", "he", "fa", "ur", "ckb",
 * "pa-Arab"), left to right for everything else, including an empty or
 * undetermined tag and one that is not a tag at all — the blocks' own
 * letters still turn those the right way (blockDirection).
 */
export function languageDirection(language: string): TextDirection {
  let script: string | undefined;
  try {
    script = new Intl.Locale(language).maximize().script;
  } catch (error) {
    // "" or "english": no language, so nothing says it runs right to left.
    if (error instanceof RangeError) return 'ltr';
    throw error;
  }
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** A letter of a right-to-left script; digits and combining marks are neither way. */
const RTL_LETTER =
  /[\p{Script=Adlam}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Mandaic}\p{Script=Mende_Kikakui}\p{Script=Nko}\p{Script=Hanifi_Rohingya}\p{Script=Samaritan}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Yezidi}]/u;
const LETTER = /\p{L}/gu;

/**
 * How many letters of a block decide its direction. The opening of a
 * paragraph is what sets how it reads, and a cap keeps a long block's cost
 * to a glance at its first sentence or two.
 */
export const LETTERS_CONSIDERED = 200;

/**
 * The direction a block's text needs when it is not the article's, or
 * undefined when it reads the article's way (or has no letters). A block
 * runs the other way when more than half of its first letters do: unlike `dir="auto"`,
 * which follows the first strong letter alone, an Arabic sentence that opens
 * with an English product name ("Firefox 128 …") stays right to left.
 */
export function blockDirection(
  text: string,
  articleDirection: TextDirection,
): TextDirection | undefined {
  // Most blocks of a left-to-right article hold no right-to-left letter at
  // all: one scan of the text says so, where counting letters one by one
  // cost a long article's rendering some 15 ms.
  if (articleDirection === 'ltr' && !RTL_LETTER.test(text)) return undefined;
  let rtl = 0;
  let letters = 0;
  LETTER.lastIndex = 0;
  for (let match = LETTER.exec(text); match; match = LETTER.exec(text)) {
    if (RTL_LETTER.test(match[0])) rtl += 1;
    letters += 1;
    if (letters === LETTERS_CONSIDERED) break;
  }
  // A tie reads the article's way.
  if (articleDirection === 'ltr') return rtl * 2 > letters ? 'rtl' : undefined;
  return (letters - rtl) * 2 > letters ? 'ltr' : undefined;
}

// The furniture documents open with rather than their own words: licence
// tags, copyright and author lines, mail headers, field lists, a lone link, a
// rule of punctuation, the title said again. A summary skips it (summary.ts),
// and a title is looked for below it (plaintext.ts).
import { normalizeProse } from '../common/text';
import { sameTitle } from './title';

/**
 * Field names documents put above their text (RST bibliographic fields, the
 * kernel's translation headers, Python's HOWTO headers), in any case. A
 * paragraph starting "Note:" or "Example:" is text and is not listed.
 */
const FIELD_NAMES = [
  'authors?',
  'co-?authors?',
  'written by',
  'updated by',
  'maintainers?',
  'maintained by',
  'contact',
  'contributors?',
  'organi[sz]ation',
  'address',
  'copyright',
  'licen[cs]e',
  'date',
  'last updated',
  'last modified',
  'last revised',
  'revision',
  'release',
  'version',
  'status',
  'original',
  'translators?',
  'translated by',
  'translation',
  'reviewers?',
  'reviewed by',
  'source code',
  // The kernel's Chinese, Japanese and Korean translations.
  '翻译',
  '校译',
  '译者',
  '譯者',
  '校譯',
  '作者',
  '日期',
  '原文',
  '翻訳',
  '訳者',
  '번역',
  '원문',
];
const FIELD_NAME = `(?:${FIELD_NAMES.join('|')})`;
/** "Author: Jane Doe", "Source code: Lib/json/__init__.py". */
const KNOWN_FIELD = new RegExp(`^${FIELD_NAME}\\s*[:：]`, 'iu');
/** A field's name alone above its value ("译者" over an indented block). */
const FIELD_NAME_ALONE = new RegExp(`^${FIELD_NAME}\\s*[:：]?$`, 'iu');
/** An RST field with its value on the lines below: ":翻译:". */
const RST_FIELD_NAME_ALONE = /^:[^\s:][^:]*:$/u;
/**
 * A label standing where a heading would, which Sphinx draws as a styled
 * paragraph (`topic-title`, `rubric`) or above a table of contents.
 */
const LONE_LABEL = /^(?:abstract|overview|summary|contents|table of contents)\s*:?$/iu;
/** An RST field list line: ":Original: path", ":Author: name", ":orphan:". */
const RST_FIELD = /^:[^\s:][^:]*:(?:\s|$)/u;
/** A mail or patch header, as in a forwarded message or a quoted patch. */
const MAIL_HEADER =
  /^(?:From|To|Cc|Bcc|Subject|Date|Sender|Reply-To|Message-ID|In-Reply-To|References)\s*:\s/i;
/** A notice, not the word alone (which may head a section on copyright). */
const COPYRIGHT = /^(?:\.\.\s*)?(?:copyright\b(?=\s*\S)|©|\(c\)\s)/iu;
const SPDX = /^(?:\.\.\s*)?SPDX-License-Identifier\s*:/i;
/** A web or mail address standing alone, maybe in <>. */
const LONE_ADDRESS =
  /^<?(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*>?$|^<?[^\s@<>]+@[^\s@<>]+>?$/iu;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * A date standing alone, the way documents stamp their revision: "02-Feb-2012",
 * "October 17, 2005", "19 October 1999", "2019-09-10", "2020年5月", maybe
 * followed by a version in brackets ("November 17, 2005 (2.6.15)").
 */
const LONE_DATE = new RegExp(
  `^(?:\\d{1,2}[-/ ]${MONTH}\\.?[-/ ,]*\\d{4}|${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?)(?:\\s*\\([^)]*\\))?$`,
  'iu',
);
/** Years and a name, a copyright notice without the word: "2003-2006, Pavel Machek". */
const YEARS_AND_NAME =
  /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?,\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}$/u;
/** Sphinx's version notes: "New in version 3.5." standing alone. */
const VERSION_NOTE = /^(?:new|changed) in version [\w.]+\.?$/iu;
/**
 * Mail addresses, bare or in <> or (): what contact lines are made of. Only
 * for match() and replace(), which do not keep a global regex's position.
 */
const MAIL_ADDRESSES = /[<(]?[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+[>)]?/gu;
/** Words of name a contact line gives each address: "Mauro Carvalho Chehab". */
const NAME_WORDS_PER_ADDRESS = 4;

/**
 * Whether a block's text is furniture rather than the article's own words.
 * `headings` are the article's title and section headings, which a summary
 * never repeats.
 */
export function isBoilerplate(text: string, headings: readonly string[] = []): boolean {
  const line = normalizeProse(text);
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  if (isMetadataLine(line) || isFieldName(line) || LONE_LABEL.test(line)) return true;
  if (LONE_ADDRESS.test(line) || VERSION_NOTE.test(line)) return true;
  if (LONE_DATE.test(line) || YEARS_AND_NAME.test(line)) return true;
  if (isContactLine(line)) return true;
  return headings.some((heading) => sameTitle(heading, line));
}

/**
 * A field's name with its value in the next block: "author:" above "Larry
 * Hastings" (an HTML field list), ":翻译:" above the translator's name.
 */
export function isFieldName(text: string): boolean {
  const line = text.trim();
  return FIELD_NAME_ALONE.test(line) || RST_FIELD_NAME_ALONE.test(line);
}

/**
 * A line that says something about the document rather than being part of
 * it: a licence tag, a copyright notice, a mail header, a field with its
 * value. Never a section heading, though a field's name alone ("Copyright")
 * may be one.
 */
export function isMetadataLine(text: string): boolean {
  const line = text.trim();
  return (
    SPDX.test(line) ||
    COPYRIGHT.test(line) ||
    MAIL_HEADER.test(line) ||
    RST_FIELD.test(line) ||
    KNOWN_FIELD.test(line)
  );
}

/**
 * "唐艺舟 Tang Yizhou <tangyeechou@gmail.com>", "Jane Doe (jane@example.org),
 * John Roe": names with mail addresses and nothing else, the way authors and
 * translators are listed under a field line.
 */
function isContactLine(line: string): boolean {
  const addresses = line.match(MAIL_ADDRESSES)?.length ?? 0;
  if (addresses === 0) return false;
  const names = line
    .replace(MAIL_ADDRESSES, ' ')
    .replace(/[,;&]|\band\b/giu, ' ')
    .trim();
  const words = names.split(/\s+/u).filter(Boolean);
  return words.length <= NAME_WORDS_PER_ADDRESS * addresses && !/[.!?:]$/u.test(names);
}

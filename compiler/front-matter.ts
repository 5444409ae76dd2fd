// YAML front matter: a block between two `---` lines at the very top of a
// Markdown or plain-text source. Unknown keys are allowed (publishers keep
// their own notes there); known keys must have the right type, because a
// silently ignored typo like `tags: 3` would ship a wrong library card.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { canonicalLanguageTag } from './language';
import { SourceRejected } from './rejection';
import type { SourceMetadata } from './types';

const OPENING = /^---[ \t]*\r?\n/;
/** The closing line: `---` (or YAML's document end `...`) alone on a line. */
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** An empty value (`byline:` or `byline: ""`) means the field is not given. */
const optionalText = z
  .string({
    error: (issue) =>
      `expected text, got ${describeYamlValue(issue.input)} (put quotes around it in the YAML)`,
  })
  .nullish()
  .transform((value) => (value == null || value.trim() === '' ? undefined : value.trim()));

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const FrontMatterSchema = z.looseObject({
  id: optionalText,
  title: optionalText,
  byline: optionalText,
  source: optionalText,
  sourceUrl: optionalText.refine(
    (value) => value === undefined || /^https?:\/\/[^\s]+$/i.test(value),
    // The reader may show it as a link: only web addresses, never javascript: or file:.
    'sourceUrl must be an http:// or https:// address',
  ),
  published: optionalText.refine(
    (value) => value === undefined || (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))),
    'published must be an ISO date like 2024-10-31 or 2024-10-31T08:00:00Z',
  ),
  language: languageTag('language'),
  /** HTML's and Pandoc's name for it. */
  lang: languageTag('lang'),
  tags: z
    .union([z.array(z.string()), z.string()], {
      error: (issue) =>
        `tags must be text like "history, food" or a list like [history, food], got ${
          Array.isArray(issue.input)
            ? 'a list with an item that is not text (put quotes around it)'
            : describeYamlValue(issue.input)
        }`,
    })
    .nullish()
    // A single string is a comma-separated list: `tags: russia, ukraine`.
    .transform((value) =>
      value == null
        ? undefined
        : (typeof value === 'string' ? value.split(',') : value)
            .map((tag) => tag.trim())
            .filter((tag) => tag !== ''),
    ),
  summary: optionalText,
});

/** A BCP-47 tag, written as BCP-47 writes it: `zh-hant` is read as `zh-Hant`. */
function languageTag(key: string) {
  return optionalText
    .refine(
      (value) =>
        value === undefined ||
        (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value) &&
          canonicalLanguageTag(value) !== undefined),
      `${key} must be a language tag like en, pt-BR or zh-Hant`,
    )
    .transform((value) => (value === undefined ? undefined : canonicalLanguageTag(value)));
}

export interface SplitSource {
  metadata: SourceMetadata;
  body: string;
  /** The source line the body starts on (1 without front matter), for warnings. */
  bodyLine: number;
}

/** Separates and validates the front matter; a source without one has empty metadata. */
export function splitFrontMatter(text: string): SplitSource {
  const opening = OPENING.exec(text);
  if (!opening) return { metadata: {}, body: text, bodyLine: 1 };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    throw new SourceRejected(
      'bad-front-matter',
      'front matter opened with --- on line 1 is never closed by a --- line',
    );
  }
  const yamlText = rest.slice(0, closing.index);
  const consumed = opening[0].length + closing.index + closing[0].length;
  const body = text.slice(consumed);
  return { metadata: parseFrontMatter(yamlText), body, bodyLine: 1 + lineBreaksIn(text, consumed) };
}

function parseFrontMatter(yamlText: string): SourceMetadata {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SourceRejected('bad-front-matter', `front matter is not valid YAML: ${message}`);
  }
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceRejected(
      'bad-front-matter',
      'front matter must be a YAML mapping of keys to values (like `title: ...`)',
    );
  }
  const result = FrontMatterSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new SourceRejected('bad-front-matter', `front matter ${problems}`);
  }
  const { id, title, byline, source, sourceUrl, published, tags, summary } = result.data;
  const { language, lang } = result.data;
  if (language !== undefined && lang !== undefined && language !== lang) {
    throw new SourceRejected(
      'bad-front-matter',
      `front matter gives two languages, lang: ${lang} and language: ${language}; keep one`,
    );
  }
  return dropUndefined({
    id,
    title,
    byline,
    source,
    sourceUrl,
    published,
    language: language ?? lang,
    tags,
    summary,
  });
}

/** Line breaks (LF, CRLF or a lone CR, as plaintext-lines.ts counts them) before `end`. */
function lineBreaksIn(text: string, end: number): number {
  return text.slice(0, end).match(/\r\n|\r|\n/g)?.length ?? 0;
}

function describeYamlValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return value === null ? 'nothing' : `a ${typeof value}`;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

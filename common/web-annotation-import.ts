// Reading W3C Web Annotation JSON back into annotations. Accepts what
// notebookToWebAnnotations writes (a collection), a page, a bare array or a
// single annotation. What this app wrote round-trips exactly; annotations from
// other tools need a TextQuoteSelector and a source naming one of our articles,
// and are placed in the text by the caller (re-anchoring).
import { z } from 'zod';
import {
  AnchoringRecordSchema,
  AnnotationSchema,
  BlockRangeSchema,
  HighlightColorSchema,
  TagSchema,
  type Annotation,
} from './annotations';
import { ARTICLE_ID_PATTERN } from './model';
import { ANNOTATION_ID_PREFIX, READER_EXTENSION } from './notebook-export';

export interface ImportCandidate {
  annotation: Annotation;
  /** False when the block range came from this app and matches the content hash. */
  needsAnchoring: boolean;
  /** The id the file gives it. */
  sourceId: string;
  /** Which item of the file it is, counting from 1, for problem messages. */
  position: number;
  /** Its date was later than "now" and was taken as now: it cannot be shown to be newer than anything. */
  datedInFuture: boolean;
}

export interface ParseOptions {
  /** Epoch milliseconds; a later date in the file is taken as this. */
  now: number;
}

export interface ParsedImport {
  candidates: ImportCandidate[];
  problems: string[];
}

const SelectorSchema = z.union([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
  z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
  z.object({ type: z.string() }).loose(),
]);

const BodySchema = z
  .object({
    type: z.string().optional(),
    value: z.string().optional(),
    purpose: z.string().optional(),
  })
  .loose();

const WebAnnotationSchema = z
  .object({
    id: z.string().min(1),
    type: z.union([z.literal('Annotation'), z.array(z.string())]),
    motivation: z.union([z.string(), z.array(z.string())]).optional(),
    created: z.string().optional(),
    modified: z.string().optional(),
    body: z.union([BodySchema, z.array(BodySchema)]).optional(),
    target: z.object({
      source: z.string(),
      selector: z.union([SelectorSchema, z.array(SelectorSchema)]),
    }),
    [READER_EXTENSION]: z
      .object({
        kind: z.enum(['highlight', 'bookmark']),
        articleTitle: z.string(),
        color: HighlightColorSchema,
        range: BlockRangeSchema,
        contentHash: z.string(),
        anchoring: AnchoringRecordSchema.optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

/** Pulls the list of annotations out of whichever container the document is. */
function itemsOf(document: unknown): unknown[] | undefined {
  if (Array.isArray(document)) return document;
  if (typeof document !== 'object' || document === null) return undefined;
  const d = document as Record<string, unknown>;
  if (d.type === 'AnnotationCollection') {
    const first = d.first as Record<string, unknown> | undefined;
    return Array.isArray(first?.items) ? first.items : Array.isArray(d.items) ? d.items : [];
  }
  if (d.type === 'AnnotationPage') return Array.isArray(d.items) ? d.items : [];
  if (d.type === 'Annotation') return [d];
  return undefined;
}

/**
 * For annotations that carry no dates: a fixed time, not "now", so importing
 * the same file twice finds them unchanged the second time.
 */
const UNDATED = '1970-01-01T00:00:00.000Z';

const ARTICLE_SOURCE = /#\/article\/([^/?#]+)/;

/**
 * An ISO 8601 date, or date and time with an optional zone (W3C Web
 * Annotation dates are xsd:dateTime). Nothing looser: Date.parse guesses at
 * "02/03/2026" differently from one engine to the next.
 */
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/** Epoch milliseconds of an ISO date, or undefined; a time without a zone is read as UTC. */
export function parseInstant(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  // Date.parse rolls "02-30" over into March; a day the calendar lacks is not a date.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  const zoned = value.includes('T') && match[1] === undefined ? `${value}Z` : value;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Our ids for our own annotations; a stable derived id for anyone else's. */
function localId(id: string): string {
  if (id.startsWith(ANNOTATION_ID_PREFIX)) return id.slice(ANNOTATION_ID_PREFIX.length);
  return importedId(id);
}

/** A stable id made from any text: the same text always gives the same id. */
export function importedId(key: string): string {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  let hash2 = 5381;
  for (let i = 0; i < key.length; i++) hash2 = (Math.imul(hash2, 33) ^ key.charCodeAt(i)) >>> 0;
  return `imported-${hash.toString(36)}${hash2.toString(36)}`;
}

export function parseWebAnnotations(text: string, options: ParseOptions): ParsedImport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`The file is not JSON: ${(error as Error).message}`);
  }
  const items = itemsOf(document);
  if (!items) {
    throw new SyntaxError(
      'The file is JSON but not Web Annotations: expected an AnnotationCollection, an AnnotationPage, an Annotation or a list of them.',
    );
  }
  const candidates: ImportCandidate[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const problem = (why: string) => problems.push(`Annotation ${index + 1}: ${why}`);
    const parsed = WebAnnotationSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(`${issue?.path.join('.') || 'it'}: ${issue?.message}`);
    }
    const wa = parsed.data;
    const articleMatch = ARTICLE_SOURCE.exec(wa.target.source);
    let articleId = '';
    try {
      articleId = articleMatch ? decodeURIComponent(articleMatch[1]!) : '';
    } catch {
      return problem(
        `its target ${JSON.stringify(wa.target.source.slice(0, 80))} has a malformed %-escape in the article id.`,
      );
    }
    if (!ARTICLE_ID_PATTERN.test(articleId)) {
      return problem(
        `its target ${JSON.stringify(wa.target.source.slice(0, 80))} is not an article of this app.`,
      );
    }
    const selectors = Array.isArray(wa.target.selector) ? wa.target.selector : [wa.target.selector];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
      { exact: string; prefix?: string; suffix?: string } | undefined;
    if (!quote) return problem('it has no TextQuoteSelector, so its passage cannot be found.');
    const position = selectors.find((s) => s.type === 'TextPositionSelector') as
      { start: number; end: number } | undefined;
    const bodies = wa.body === undefined ? [] : Array.isArray(wa.body) ? wa.body : [wa.body];
    const note = bodies
      .filter((b) => b.purpose !== 'tagging' && typeof b.value === 'string')
      .map((b) => b.value!)
      .join('\n\n');
    const tags = bodies
      .filter((b) => b.purpose === 'tagging' && typeof b.value === 'string')
      .map((b) => b.value!)
      .filter((t) => TagSchema.safeParse(t).success);
    const dates = datesOf(wa.created, wa.modified, options.now);
    if (typeof dates === 'string') return problem(dates);
    const ours = wa[READER_EXTENSION];
    const motivations = Array.isArray(wa.motivation) ? wa.motivation : [wa.motivation];
    const annotation = {
      id: localId(wa.id),
      kind: ours?.kind ?? (motivations.includes('bookmarking') ? 'bookmark' : 'highlight'),
      articleId,
      articleTitle: ours?.articleTitle ?? articleId,
      color: ours?.color ?? 'yellow',
      note,
      tags: [...new Set(tags)],
      anchor: {
        ...(ours?.range ?? { startBlockId: '?', startOffset: 0, endBlockId: '?', endOffset: 0 }),
        quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
        position: position ?? { start: 0, end: quote.exact.length },
        contentHash: ours?.contentHash ?? '',
      },
      ...(ours?.anchoring ? { anchoring: ours.anchoring } : {}),
      createdAt: dates.createdAt,
      updatedAt: dates.updatedAt,
    };
    const checked = AnnotationSchema.safeParse(annotation);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return problem(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    candidates.push({
      annotation: checked.data,
      needsAnchoring: !ours,
      sourceId: wa.id,
      position: index + 1,
      datedInFuture: dates.inFuture,
    });
  });
  return { candidates, problems };
}

/**
 * The item's dates as UTC ISO strings with milliseconds, so that they compare
 * as instants; a date later than `now` is taken as now. A problem message if
 * a date cannot be read.
 */
function datesOf(
  created: string | undefined,
  modified: string | undefined,
  now: number,
): { createdAt: string; updatedAt: string; inFuture: boolean } | string {
  const read = (value: string | undefined, name: string) => {
    if (value === undefined) return undefined;
    const ms = parseInstant(value);
    return (
      ms ??
      `its ${name} date ${JSON.stringify(value.slice(0, 40))} is not an ISO 8601 date and time.`
    );
  };
  const createdMs = read(created, 'created');
  if (typeof createdMs === 'string') return createdMs;
  const modifiedMs = read(modified, 'modified');
  if (typeof modifiedMs === 'string') return modifiedMs;
  const updated = modifiedMs ?? createdMs ?? Date.parse(UNDATED);
  const inFuture = updated > now || (createdMs ?? 0) > now;
  const iso = (ms: number) => new Date(Math.min(ms, now)).toISOString();
  return {
    createdAt: iso(createdMs ?? updated),
    updatedAt: iso(updated),
    inFuture,
  };
}

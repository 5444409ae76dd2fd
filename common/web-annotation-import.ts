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

/** Our ids for our own annotations; a stable derived id for anyone else's. */
function localId(id: string): string {
  if (id.startsWith(ANNOTATION_ID_PREFIX)) return id.slice(ANNOTATION_ID_PREFIX.length);
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619) >>> 0;
  let hash2 = 5381;
  for (let i = 0; i < id.length; i++) hash2 = (Math.imul(hash2, 33) ^ id.charCodeAt(i)) >>> 0;
  return `imported-${hash.toString(36)}${hash2.toString(36)}`;
}

export function parseWebAnnotations(text: string): ParsedImport {
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
    const articleId = articleMatch ? decodeURIComponent(articleMatch[1]!) : '';
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
      createdAt: wa.created ?? wa.modified ?? UNDATED,
      updatedAt: wa.modified ?? wa.created ?? UNDATED,
    };
    const checked = AnnotationSchema.safeParse(annotation);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return problem(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    candidates.push({ annotation: checked.data, needsAnchoring: !ours });
  });
  return { candidates, problems };
}

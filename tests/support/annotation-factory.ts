// Valid annotations for store tests, without going through an article.
import type { Annotation } from '../../common/annotations';

export function makeAnnotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id,
    kind: 'highlight',
    articleId: 'an-article',
    articleTitle: 'An article',
    color: 'yellow',
    note: '',
    tags: [],
    anchor: {
      startBlockId: 'b1',
      startOffset: 0,
      endBlockId: 'b1',
      endOffset: 12,
      quote: { exact: 'Quoted text.', prefix: '', suffix: ' More text follows here.' },
      position: { start: 0, end: 12 },
      contentHash: 'hash-1',
    },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/**
 * The write stream of the crash test, as a pure function of the op number, so
 * the parent can compute what every acknowledged prefix must leave on disk.
 */
export const CRASH_IDS = 40;
export type CrashOp = { kind: 'put'; item: Annotation } | { kind: 'delete'; id: string };

export function crashOp(n: number): CrashOp {
  const id = `item-${String(n % CRASH_IDS).padStart(4, '0')}`;
  if (n % 7 === 3) return { kind: 'delete', id };
  return {
    kind: 'put',
    item: makeAnnotation(id, { note: `version ${n}\nsecond line`, tags: [`t${n % 3}`] }),
  };
}

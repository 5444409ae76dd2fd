import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../common/annotations';
import { mergeLoadedAnnotations } from '../../../common/merge-loaded-annotations';

// Only the id matters to the merge; the rest of an annotation rides along.
const item = (id: string, note = '') => ({ id, note }) as unknown as Annotation;

describe('mergeLoadedAnnotations', () => {
  it('keeps a bookmark made while the stored list was loading', () => {
    const merged = mergeLoadedAnnotations([item('a'), item('b')], [item('new')]);
    expect(merged.map((a) => a.id)).toEqual(['a', 'b', 'new']);
  });

  it('prefers the copy changed meanwhile over the older stored one', () => {
    const merged = mergeLoadedAnnotations([item('a', 'old')], [item('a', 'edited')]);
    expect(merged).toEqual([item('a', 'edited')]);
  });

  it('is the stored list when nothing happened meanwhile', () => {
    expect(mergeLoadedAnnotations([item('a')], [])).toEqual([item('a')]);
  });
});

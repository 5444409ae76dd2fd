import { describe, expect, it } from 'vitest';
import { EntryMemories } from '../../../../renderer/src/navigation/entry-memory';
import { describeEntry } from '../../../../renderer/src/navigation/describe-entry';

describe('entry memories', () => {
  it('keeps each entry’s place and search apart', () => {
    const memories = new EntryMemories();
    memories.set('a', 'place', { articleId: 'tea', blockId: 'b3', offset: 40 });
    memories.set('a', 'search', { query: 'green', pages: 2 });
    memories.set('b', 'place', { articleId: 'tea', blockId: 'b9', offset: 0 });
    expect(memories.get('a', 'place')).toEqual({ articleId: 'tea', blockId: 'b3', offset: 40 });
    expect(memories.get('a', 'search')).toEqual({ query: 'green', pages: 2 });
    expect(memories.get('b', 'place')?.blockId).toBe('b9');
    expect(memories.get('c', 'place')).toBeUndefined();
  });

  it('forgets the entries least recently left once past its bound', () => {
    const memories = new EntryMemories(2);
    memories.set('a', 'place', { articleId: 'x', blockId: '1', offset: 0 });
    memories.set('b', 'place', { articleId: 'x', blockId: '2', offset: 0 });
    memories.set('a', 'search', { query: 'q', pages: 1 });
    memories.set('c', 'place', { articleId: 'x', blockId: '3', offset: 0 });
    expect(memories.get('b', 'place')).toBeUndefined();
    expect(memories.get('a', 'place')?.blockId).toBe('1');
    expect(memories.get('c', 'place')?.blockId).toBe('3');
  });
});

describe('describeEntry', () => {
  it('names where Back and Forward go', () => {
    expect(describeEntry({ key: 'k', hash: '#/' })).toEqual({ place: 'library' });
    expect(describeEntry({ key: 'k', hash: '#/notebook' })).toEqual({ place: 'notebook' });
    expect(describeEntry({ key: 'k', hash: '#/article/tea', title: 'Tea' }, '#/')).toEqual({
      place: 'article',
      title: 'Tea',
    });
    expect(describeEntry({ key: 'k', hash: '#/article/tea' }, '#/')).toEqual({ place: 'untitled' });
    expect(
      describeEntry({ key: 'k', hash: '#/article/tea', title: 'Tea' }, '#/article/tea?block=b2'),
    ).toEqual({ place: 'here' });
    expect(describeEntry(undefined)).toBeNull();
  });
});

// The reST labels a compiled file carries to the link pass: the labels of
// the title lead to the top (-1), each label names the first block that
// carries it, and they follow the blocks when a first heading is taken off
// or come back from the cache only when they fit the article.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../common/model';
import { checkedLinks, pendingLinksOf, withoutFirstBlock } from '../../../compiler/pending-links';
import type { DraftBlock } from '../../../compiler/types';

const drafts: DraftBlock[] = [
  {
    kind: 'heading',
    level: 2,
    text: 'Setup',
    anchors: ['setup', 'setup_steps'],
    labels: ['setup_steps'],
  },
  { kind: 'paragraph', text: 'Steps.', anchors: ['steps'], labels: ['steps', 'setup_steps'] },
];

describe('reST labels for the link pass', () => {
  it('names the title’s labels the top and each other label its first block', () => {
    expect(pendingLinksOf(drafts, ['howto'], ['howto'])?.labels).toEqual([
      ['howto', -1],
      ['setup_steps', 0],
      ['steps', 1],
    ]);
    expect(pendingLinksOf([{ kind: 'paragraph', text: 'No labels.' }])).toBeUndefined();
  });

  it('moves the labels up with the blocks when the first heading goes', () => {
    const links = pendingLinksOf(drafts);
    expect(links && withoutFirstBlock(links).labels).toEqual([
      ['setup_steps', -1],
      ['steps', 0],
    ]);
  });

  it('refuses cached labels that point past the article', () => {
    const article = { blocks: [{ id: 'b1', kind: 'paragraph', text: 'Steps.' }] } as Article;
    expect(checkedLinks({ pending: [], anchors: [], labels: [['steps', 0]] }, article)).toEqual({
      pending: [],
      anchors: [],
      labels: [['steps', 0]],
    });
    expect(
      checkedLinks({ pending: [], anchors: [], labels: [['steps', 1]] }, article),
    ).toBeUndefined();
  });
});

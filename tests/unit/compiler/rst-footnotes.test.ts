// reST citations read like footnotes: `[CIT2002]_` is a reference showing
// its label, `.. [CIT2002] text` the note it opens, both naming one footnote
// container; citations written one a line are each their own note.
import { describe, expect, it } from 'vitest';
// Every document below is reST: the licence tag on top says so.
import { restBlocks as blocks } from '../../support/rest-source';

describe('reST citations', () => {
  it('links each citation reference to its note, and keeps the label in both', () => {
    const list = blocks(
      'VCPU requests',
      '=============',
      '',
      'Barriers are needed [lwn-mb]_, see [Memory-Barriers]_ and [1]_.',
      '',
      'References',
      '==========',
      '',
      '.. [memory-barriers] Documentation/memory-barriers.txt',
      '.. [lwn-mb] https://lwn.net/Articles/573436/',
      '.. [1] A footnote,',
      '   wrapped.',
      '',
      '.. [CIT2002]',
      '   Its text below the label.',
    );
    expect(list.map((block) => [block.text, block.within])).toEqual([
      ['Barriers are needed lwn-mb, see Memory-Barriers and 1.', undefined],
      ['References', undefined],
      [
        'Documentation/memory-barriers.txt',
        [{ type: 'footnote', id: 'fn-2', label: 'Memory-Barriers' }],
      ],
      ['https://lwn.net/Articles/573436/', [{ type: 'footnote', id: 'fn-1', label: 'lwn-mb' }]],
      ['A footnote, wrapped.', [{ type: 'footnote', id: 'fn-3', label: '1' }]],
      ['Its text below the label.', [{ type: 'footnote', id: 'fn-4', label: 'CIT2002' }]],
    ]);
    expect(list[0]?.marks).toEqual([
      { type: 'note-ref', note: 'fn-1', start: 20, end: 26 },
      { type: 'note-ref', note: 'fn-2', start: 32, end: 47 },
      { type: 'note-ref', note: 'fn-3', start: 52, end: 53 },
    ]);
  });

  it('keeps a reference to a citation the document does not have as written', () => {
    const [paragraph] = blocks('As shown in [nowhere]_ and in NETIF_F_IP[V6]_CSUM.');
    expect(paragraph?.text).toBe('As shown in [nowhere]_ and in NETIF_F_IP[V6]_CSUM.');
    expect(paragraph?.marks).toBeUndefined();
  });
});

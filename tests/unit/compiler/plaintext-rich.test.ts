// Plain text and reStructuredText keep what the author wrote: inline
// literals, emphasis and strong as marks, URLs and paths to other sources
// as links, lists and notes as containers, labels as anchors, and tables,
// diagrams and code with their layout and 8-column tabs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../compiler/plaintext';
import type { DraftBlock, DraftMark } from '../../../compiler/types';

const parse = (source: string, pathFromRoot?: string) =>
  parsePlainText(source, undefined, pathFromRoot === undefined ? {} : { pathFromRoot });
const blocks = (source: string, pathFromRoot?: string): DraftBlock[] =>
  parse(source, pathFromRoot).blocks;
const marked = (block: DraftBlock | undefined) =>
  (block?.marks ?? []).map((mark: DraftMark) => [
    mark.type,
    block?.text.slice(mark.start, mark.end),
  ]);
const linkTargets = (block: DraftBlock | undefined) =>
  (block?.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [mark.target] : []));
/** Every document below is reST: the licence tag says so. */
const rest = (...lines: string[]) =>
  ['.. SPDX-License-Identifier: GPL-2.0', '', ...lines, ''].join('\n');

describe('reStructuredText inline markup', () => {
  it('keeps single-character literals apart: ``0``, ``5`` are two code marks', () => {
    const [block] = blocks(rest('Pass ``0``, ``5`` or ``a`b``.'));
    expect(block?.text).toBe('Pass 0, 5 or a`b.');
    expect(marked(block)).toEqual([
      ['code', '0'],
      ['code', '5'],
      ['code', 'a`b'],
    ]);
  });

  it('marks *emphasis* and **strong**, and leaves C globs and pointers alone', () => {
    const [block] = blocks(
      rest('An *important* and **very strong** point about KVM_GET_* and char *p, *q here.'),
    );
    expect(block?.text).toBe(
      'An important and very strong point about KVM_GET_* and char *p, *q here.',
    );
    expect(marked(block)).toEqual([
      ['emphasis', 'important'],
      ['strong', 'very strong'],
    ]);
  });

  it('shows code roles as code and other roles as their text', () => {
    const [block] = blocks(rest('Call :c:func:`kmalloc`, :c:type:`~struct.page` or :abbr:`LRU`.'));
    expect(block?.text).toBe('Call kmalloc, page or LRU.');
    expect(marked(block)).toEqual([
      ['code', 'kmalloc'],
      ['code', 'page'],
    ]);
  });

  it('links bare URLs to the web without the punctuation that ends the sentence', () => {
    const [block] = blocks(
      rest(
        'See https://kernel.org/doc/, (https://example.org/a_(b)) and `the list <https://lore.kernel.org/>`_.',
      ),
    );
    expect(block?.text).toBe(
      'See https://kernel.org/doc/, (https://example.org/a_(b)) and the list.',
    );
    expect(marked(block).map(([, text]) => text)).toEqual([
      'https://kernel.org/doc/',
      'https://example.org/a_(b)',
      'the list',
    ]);
    expect(linkTargets(block)).toEqual([
      { kind: 'web', url: 'https://kernel.org/doc/' },
      { kind: 'web', url: 'https://example.org/a_(b)' },
      { kind: 'web', url: 'https://lore.kernel.org/' },
    ]);
  });

  it('links a written path to another document, relative to this file', () => {
    const [block] = blocks(
      rest('Read Documentation/process/submitting-patches.rst and ../dev-tools/kasan.rst first.'),
      'admin-guide/mm/index.txt',
    );
    expect(linkTargets(block)).toEqual([
      {
        kind: 'source',
        href: '../../process/submitting-patches.rst',
        path: '../../process/submitting-patches.rst',
        line: 3,
      },
      { kind: 'source', href: '../dev-tools/kasan.rst', path: '../dev-tools/kasan.rst', line: 3 },
    ]);
    expect(marked(block).map(([, text]) => text)).toEqual([
      'Documentation/process/submitting-patches.rst',
      '../dev-tools/kasan.rst',
    ]);
  });

  it('leaves a path from the root unlinked when the file’s place is not known, and never links other files', () => {
    const [block] = blocks(
      rest('See Documentation/process/howto.rst, include/linux/mm.h and www.example.org/x.html.'),
    );
    expect(block?.marks).toBeUndefined();
  });

  it('links `text <file.rst#part>`_ to that document, and never a reference to a named target', () => {
    const [block] = blocks(
      rest('See `the modes <modes.rst#passive>`_ and `passive mode <Passive Mode_>`_.'),
    );
    expect(block?.text).toBe('See the modes and passive mode.');
    expect(linkTargets(block)).toEqual([
      {
        kind: 'source',
        href: 'modes.rst#passive',
        path: 'modes.rst',
        fragment: 'passive',
        line: 3,
      },
    ]);
  });

  it('links :doc: roles, and :ref: roles to labels for the link pass to find, keeping their text', () => {
    const list = blocks(
      rest(
        '.. _setup-steps:',
        '',
        'Setting up',
        '==========',
        '',
        'See :doc:`the howto <../process/howto>`, :ref:`setup <setup-steps>` and :ref:`elsewhere`.',
      ),
    );
    const paragraph = list.find((block) => block.kind === 'paragraph');
    expect(paragraph?.text).toBe('See the howto, setup and elsewhere.');
    expect(linkTargets(paragraph)).toEqual([
      { kind: 'source', href: '../process/howto.rst', path: '../process/howto.rst', line: 8 },
      { kind: 'source', href: ':ref:`setup-steps`', path: '', label: 'setup-steps', line: 8 },
      { kind: 'source', href: ':ref:`elsewhere`', path: '', label: 'elsewhere', line: 8 },
    ]);
  });
});

describe('reStructuredText structure', () => {
  it('marks footnote references and holds each footnote’s text in its footnote container', () => {
    const list = blocks(
      rest(
        'A note [1]_, an automatic one [#]_ and a named one [#f1]_.',
        '',
        '.. [1] The first note,',
        '   wrapped.',
        '',
        '.. [#] Automatic.',
        '',
        '.. [#f1] Named.',
        '',
        '   Its second paragraph.',
        '',
        'After.',
      ),
    );
    expect(list.map((block) => [block.text, block.within])).toEqual([
      ['A note 1, an automatic one 2 and a named one 3.', undefined],
      ['The first note, wrapped.', [{ type: 'footnote', id: 'fn-1', label: '1' }]],
      ['Automatic.', [{ type: 'footnote', id: 'fn-2', label: '2' }]],
      ['Named.', [{ type: 'footnote', id: 'fn-3', label: '3' }]],
      ['Its second paragraph.', [{ type: 'footnote', id: 'fn-3', label: '3' }]],
      ['After.', undefined],
    ]);
    expect(list[0]?.marks).toEqual([
      { type: 'note-ref', note: 'fn-1', start: 7, end: 8 },
      { type: 'note-ref', note: 'fn-2', start: 27, end: 28 },
      { type: 'note-ref', note: 'fn-3', start: 45, end: 46 },
    ]);
  });

  it('gives a label to the block after it, and a title its docutils id', () => {
    const list = blocks(
      rest(
        'Intro',
        '=====',
        '',
        'Text.',
        '',
        '.. _Fine Tuning:',
        '',
        'Fine tuning',
        '-----------',
        '',
        'More.',
      ),
    );
    expect(list.map((block) => [block.text, block.anchors])).toEqual([
      ['Text.', undefined],
      ['Fine tuning', ['fine-tuning', 'fine tuning']],
      ['More.', undefined],
    ]);
  });

  it('puts enumerated and bullet lists in list containers, with their start and nesting', () => {
    const list = blocks(
      rest(
        '3. three',
        '4. four',
        '',
        '   more of four',
        '',
        '   - nested',
        '   - nested too',
        '',
        'After.',
      ),
    );
    expect(list.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'three'],
      ['paragraph', 'four'],
      ['paragraph', 'more of four'],
      ['paragraph', 'nested'],
      ['paragraph', 'nested too'],
      ['paragraph', 'After.'],
    ]);
    expect(list[0]?.within).toEqual([
      { type: 'list', id: 'l1', ordered: true, start: 3 },
      { type: 'item', id: 'i1' },
    ]);
    expect(list[2]?.within).toEqual(list[1]?.within);
    expect(list[3]?.within?.slice(2)).toEqual([
      { type: 'list', id: 'l2', ordered: false },
      { type: 'item', id: 'i3' },
    ]);
    expect(list[5]?.within).toBeUndefined();
  });

  it('sets a note or warning apart as an aside with its label, body paragraphs included', () => {
    const list = blocks(
      rest(
        '.. note:: Mind the',
        '   gap.',
        '',
        '   A second paragraph.',
        '',
        '.. warning::',
        '',
        '   Hot.',
        '',
        'Outside.',
      ),
    );
    expect(list.map((block) => [block.text, block.within])).toEqual([
      ['Mind the gap.', [{ type: 'aside', id: 'a1', label: 'Note' }]],
      ['A second paragraph.', [{ type: 'aside', id: 'a1', label: 'Note' }]],
      ['Hot.', [{ type: 'aside', id: 'a2', label: 'Warning' }]],
      ['Outside.', undefined],
    ]);
  });

  it('keeps grid tables, simple tables and ASCII diagrams as fixed-width code', () => {
    const list = blocks(
      rest(
        'Text before.',
        '',
        '+------+------+',
        '| a    | b    |',
        '+------+------+',
        '',
        '    +--------+       +-------+',
        '    | driver | ----> | queue |',
        '    +--------+       +-------+',
        '',
        'Text after.',
      ),
    );
    expect(list.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Text before.'],
      ['code', '+------+------+\n| a    | b    |\n+------+------+'],
      [
        'code',
        '+--------+       +-------+\n| driver | ----> | queue |\n+--------+       +-------+',
      ],
      ['paragraph', 'Text after.'],
    ]);
  });

  it('keeps prose with inline literals and lists with aligned text as prose, not drawings', () => {
    const list = blocks(
      rest(
        'Two forms: ``BPF_ABS | <size> | BPF_LD`` and',
        '``BPF_IND | <size> | BPF_LD``.',
        '',
        '* TEE_CMD_OPEN        - opens a session',
        '* TEE_CMD_CLOSE       - closes it',
      ),
    );
    expect(list.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Two forms: BPF_ABS | <size> | BPF_LD and BPF_IND | <size> | BPF_LD.'],
      ['paragraph', 'TEE_CMD_OPEN - opens a session'],
      ['paragraph', 'TEE_CMD_CLOSE - closes it'],
    ]);
  });

  it('expands tabs to 8 columns in code, keeping mixed tab and space indentation', () => {
    const [, code] = blocks(
      rest('Example::', '', '\tif (x)', '\t    y();', '\t\tz();', '  \tw();'),
    );
    expect(code?.text).toBe('if (x)\n    y();\n        z();\nw();');
  });
});

describe('a real kernel article', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

  it('reads an excerpt of the kernel’s process docs with its literals, links, lists and table', () => {
    const parsed = parsePlainText(fixture('kernel-excerpt.txt'), undefined, {
      pathFromRoot: 'process/excerpt.txt',
    });
    const all = parsed.blocks;
    const codeMarks = all.flatMap((block) => marked(block).filter(([type]) => type === 'code'));
    expect(codeMarks.map(([, text]) => text)).toEqual(
      expect.arrayContaining(['0', '5', 'CONFIG_DEBUG_INFO']),
    );
    expect(all.some((block) => block.kind === 'code' && block.text.includes('| Level |'))).toBe(
      true,
    );
    const links = all.flatMap(linkTargets);
    expect(links).toContainEqual({ kind: 'web', url: 'https://www.kernel.org/doc/html/latest/' });
    expect(links).toContainEqual(
      expect.objectContaining({ kind: 'source', path: 'submitting-patches.rst' }),
    );
    expect(all.some((block) => block.within?.[0]?.type === 'list')).toBe(true);
    // Every block's text is what a reader sees: no reST markup left in it.
    for (const block of all.filter((b) => b.kind !== 'code')) {
      expect(block.text).not.toMatch(/``|:c:func:|`_/);
    }
  });
});

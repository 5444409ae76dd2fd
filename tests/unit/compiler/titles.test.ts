// A plain-text article is titled by the document itself (its reST title,
// whatever furniture sits above it, in any language), and only when the text
// has none by its file's base name, made readable.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../compiler/index';
import { titleFromFileName } from '../../../compiler/title';

function compile(path: string, lines: string[]) {
  const text = lines.join('\n');
  const result = compileSource({ path, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.article;
}

describe('the title of a plain-text article', () => {
  it('is a Chinese translation’s own title, below its licence tag, include and fields', () => {
    const article = compile('translations__zh_CN__scheduler__sched-debug.txt', [
      '.. SPDX-License-Identifier: GPL-2.0',
      '.. include:: ../disclaimer-zh_CN.rst',
      '',
      ':Original: Documentation/scheduler/sched-debug.rst',
      '',
      ':翻译:',
      '',
      '  唐艺舟 Tang Yizhou <tangyeechou@gmail.com>',
      '',
      '=============',
      '调度器debugfs',
      '=============',
      '',
      '用配置项CONFIG_SCHED_DEBUG=y启动内核后，将可以访问/sys/kernel/debug/sched',
      '下的调度器专用调试文件。其中一些文件描述如下。',
      '',
      'numa_balancing',
      '==============',
      '',
      '`numa_balancing` 目录用来存放控制非统一内存访问（NUMA）平衡特性的相关文件。',
    ]);
    expect(article.title).toBe('调度器debugfs');
    // The title is not said again, and the sections stay below it.
    expect(article.blocks.filter((block) => block.kind === 'heading')).toEqual([
      expect.objectContaining({ level: 2, text: 'numa_balancing' }),
    ]);
  });

  it('is an Italian translation’s own title, below a label and an :Original: field', () => {
    const article = compile('translations__it_IT__admin-guide__kernel-parameters.txt', [
      '.. include:: ../disclaimer-ita.rst',
      '',
      ':Original: :ref:`Documentation/admin-guide/kernel-parameters.rst <kernelparameters>`',
      '',
      '.. _it_kernelparameters:',
      '',
      'I parametri da linea di comando del kernel',
      '==========================================',
      '',
      '.. warning::',
      '',
      '    TODO ancora da tradurre',
    ]);
    expect(article.title).toBe('I parametri da linea di comando del kernel');
  });

  it.each([
    [
      'translations__ja_JP__howto.txt',
      [
        '.. include:: ../disclaimer-ja_JP.rst',
        '',
        '==========================',
        'Linux カーネル開発のやり方',
        '==========================',
        '',
        'これは Linux カーネル開発者になるための手引きです。',
      ],
      'Linux カーネル開発のやり方',
    ],
    [
      'translations__ko_KR__howto.txt',
      [
        ':Original: :ref:`Documentation/process/howto.rst <process_howto>`',
        ':Translator: Minchan Kim <minchan@kernel.org>',
        '',
        '어떻게 리눅스 커널 개발을 하는가',
        '---------------------------------',
        '',
        '이 문서는 커널 개발자가 되기 위한 안내서입니다.',
      ],
      '어떻게 리눅스 커널 개발을 하는가',
    ],
    [
      // One character, two columns wide, adorned with two.
      'translations__zh_CN__locking__index.txt',
      [
        ':Original: Documentation/locking/index.rst',
        '',
        '==',
        '锁',
        '==',
        '',
        '本章介绍内核中的锁。',
      ],
      '锁',
    ],
  ])('is the translation’s own title in %s', (file, lines, title) => {
    expect(compile(file, lines).title).toBe(title);
  });

  it('is the first section title, as Sphinx takes it, after an author field list', () => {
    const article = compile('cdrom__cdrom-standard.txt', [
      ':Author: David van Leeuwen <david@ElseWare.cistron.nl>',
      ':Date: 12 March 1999',
      '',
      'A Linux CD-ROM standard',
      '=======================',
      '',
      'Linux is probably the Unix-like operating system that supports the widest variety of hardware devices.',
    ]);
    expect(article.title).toBe('A Linux CD-ROM standard');
  });

  it('is a short first line above the text, after furniture, in text that is not reST', () => {
    const article = compile('notes.txt', [
      'Copyright (C) 2021 Jane Doe',
      '',
      'Birds of the Marsh',
      '',
      'Herons wait at the water’s edge for hours.',
    ]);
    expect(article.title).toBe('Birds of the Marsh');
  });

  it('is never a section heading that comes after the opening prose', () => {
    const article = compile('notes.txt', [
      'Herons wait at the water’s edge for hours.',
      '',
      'Birds of the Marsh',
      '',
      'The marsh has more birds than any other place nearby.',
    ]);
    expect(article.title).toBe('notes');
    expect(article.blocks[1]).toMatchObject({ kind: 'heading', text: 'Birds of the Marsh' });
  });

  it('is never a row of a table read line by line', () => {
    // Rows this long make the file read line by line, so the table is not seen whole.
    const rule = `+${'-'.repeat(21)}+${'-'.repeat(110)}+`;
    const row = (a: string, b: string) => `| ${a.padEnd(20)}| ${b.padEnd(109)}|`;
    const article = compile('filesystems__ext4__blockmap.txt', [
      '.. SPDX-License-Identifier: GPL-2.0',
      '',
      rule,
      row('i.i_block Offset', 'Where It Points'),
      `+${'='.repeat(21)}+${'='.repeat(110)}+`,
      row('0 to 11', 'Direct map to file blocks 0 to 11.'),
      rule,
    ]);
    expect(article.title).toBe('blockmap');
  });

  it('is the first section title, not the HTML page title a title:: directive sets', () => {
    const article = compile('doc-guide__kernel-doc.txt', [
      '.. title:: Kernel-doc comments',
      '',
      '===========================',
      'Writing kernel-doc comments',
      '===========================',
      '',
      'The Linux kernel source files may contain structured documentation comments.',
    ]);
    expect(article.title).toBe('Writing kernel-doc comments');
    expect(article.blocks.map((block) => block.text)).toEqual([
      'The Linux kernel source files may contain structured documentation comments.',
    ]);
  });

  it('is a heading even when it reads like a field name', () => {
    expect(compile('c.txt', ['Copyright', '', 'Who owns the words, and for how long.']).title).toBe(
      'Copyright',
    );
  });

  it('falls back to the file’s base name, never its flattened folders', () => {
    const article = compile('translations__it_IT__disclaimer-ita.txt', [
      ':orphan:',
      '',
      '.. warning::',
      '   In caso di dubbi sulla correttezza del contenuto di questa traduzione,',
      '   l’unico riferimento valido è la documentazione ufficiale in inglese.',
    ]);
    expect(article.title).toBe('disclaimer ita');
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['north-korean_troops.md', 'north korean troops'],
    ['translations__it_IT__admin-guide__kernel-parameters.txt', 'kernel parameters'],
    ['translations__zh_CN__sound__index.txt', 'sound'],
    ['admin-guide__README.txt', 'admin guide'],
    ['index.txt', 'index'],
    ['__init__.txt', 'init'],
    ['___.txt', 'Untitled'],
  ])('%s -> %s', (fileName, title) => {
    expect(titleFromFileName(fileName)).toBe(title);
  });
});

// A library card's summary is the article's first real paragraph: never a
// licence tag, a copyright or author line, a mail header, a field list, a
// lone link, a rule of punctuation or the title said again.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../compiler/index';
import { isBoilerplate } from '../../../compiler/furniture';

function summaryOf(path: string, lines: string[]): string {
  const result = compileSource({ path, bytes: new TextEncoder().encode(lines.join('\n')) });
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.article.summary;
}

describe('isBoilerplate', () => {
  it.each([
    'SPDX-License-Identifier: GPL-2.0',
    'Copyright (C) 2020 Vivo Communication Technology Co. Ltd.',
    '© 2024 Example Press',
    '(c) 2015 Intel Corporation',
    // A reST comment in a file that shows no other reST markup.
    '.. Copyright 2004 Linus Torvalds',
    'From: Jane Doe <jane@example.org>',
    'To: linux-kernel@vger.kernel.org',
    'Subject: [PATCH] mm: fix a typo',
    'Date: Tue, 4 Mar 2008 10:12:01 +0100',
    'Author: Andrew Dalke and Raymond Hettinger Release: 0.1',
    'author: Larry Hastings',
    ':Author: Greg Kroah-Hartman <gregkh@linuxfoundation.org> :Last updated: December 19, 2007',
    ':Original: Documentation/core-api/padata.rst :翻译: 司延腾 Yanteng Si <siyanteng@loongson.cn>',
    ':orphan:',
    'Last revised: June 21, 2011',
    'Source code: Lib/json/__init__.py',
    '译者',
    '唐艺舟 Tang Yizhou <tangyeechou@gmail.com>',
    'Masahide NAKAMURA <nakam@linux-ipv6.org>',
    'https://tools.ietf.org/html/draft-ietf-cipso-ipsecurity-01',
    '<http://kernel.org/>',
    'New in version 3.5.',
    '02-Feb-2012',
    'October 17, 2005',
    'November 17, 2005 (2.6.15)',
    '19 October 1999',
    '2019-09-10',
    '2020年5月',
    '2003-2006, Pavel Machek',
    'Abstract',
    'Contents:',
    'author:',
    '* * * * *',
    '—',
  ])('"%s" is furniture', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each([
    'Note: the device must be idle before it is removed.',
    'From the start, the driver was meant to be small.',
    'To summarize: locks are taken in address order.',
    'Copyrighted works may be quoted briefly.',
    'Dates are stored as seconds since the epoch.',
    'Send patches to Jane Doe <jane@example.org>, who maintains this driver.',
    'See https://example.org/docs for the full list of options.',
    'Supported chips: Dialog Semiconductors DA9055 PMIC',
    'Version 1, 2005',
    'May 2005 brought a new allocator to the kernel.',
    '2048 Bytes',
  ])('"%s" is text', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });

  it('treats a paragraph that repeats the title or a heading as furniture', () => {
    expect(isBoilerplate('ACPI Support', ['ACPI Support'])).toBe(true);
    expect(isBoilerplate('ACPI support in Linux is described here.', ['ACPI Support'])).toBe(false);
  });
});

describe('the summary', () => {
  it('skips a kernel document’s author fields', () => {
    const summary = summaryOf('accounting__psi.txt', [
      '================================',
      'PSI - Pressure Stall Information',
      '================================',
      '',
      ':Date: April, 2018',
      ':Author: Johannes Weiner <hannes@cmpxchg.org>',
      '',
      'When CPU, memory or IO devices are contended, workloads experience',
      'latency spikes, throughput losses, and run the risk of OOM kills.',
    ]);
    expect(summary).toBe(
      'When CPU, memory or IO devices are contended, workloads experience latency spikes, throughput losses, and run the risk of OOM kills.',
    );
  });

  it('skips a translation’s header: :Original:, translator field and names', () => {
    const summary = summaryOf('translations__zh_CN__core-api__padata.txt', [
      '.. include:: ../disclaimer-zh_CN.rst',
      '',
      ':Original: Documentation/core-api/padata.rst',
      '',
      ':翻译:',
      '',
      ' 司延腾 Yanteng Si <siyanteng@loongson.cn>',
      '',
      '==================',
      'padata并行执行机制',
      '==================',
      '',
      ':日期: 2020年5月',
      '',
      'Padata是一种机制，内核可以通过此机制将工作分散到多个CPU上并行完成，同时',
      '可以选择保持它们的顺序。',
    ]);
    expect(summary).toBe(
      'Padata是一种机制，内核可以通过此机制将工作分散到多个CPU上并行完成，同时 可以选择保持它们的顺序。',
    );
  });

  it('skips a copyright line and a lone address in plain text', () => {
    const summary = summaryOf('netlabel__draft.txt', [
      'Copyright (C) 2006 Paul Moore <paul@paul-moore.com>',
      '',
      'https://tools.ietf.org/html/draft-ietf-cipso-ipsecurity-01',
      '',
      'This draft describes the CIPSO option, carried in the IP header of each packet.',
    ]);
    expect(summary).toBe(
      'This draft describes the CIPSO option, carried in the IP header of each packet.',
    );
  });

  it('skips a mail header and a licence tag above a forwarded note', () => {
    const summary = summaryOf('note.txt', [
      'SPDX-License-Identifier: GPL-2.0',
      '',
      'From: Linus Torvalds <torvalds@example.org>',
      'Subject: Re: the new merge window',
      '',
      'The merge window is open for two weeks, and then it closes.',
    ]);
    expect(summary).toBe('The merge window is open for two weeks, and then it closes.');
  });

  it('skips "Source code:" and a version note on a Python docs page', () => {
    const summary = summaryOf('zipapp.html', [
      '<html><head><title>zipapp — Manage executable Python zip archives</title></head>',
      '<body><div class="body" role="main"><section>',
      '<h1>zipapp — Manage executable Python zip archives</h1>',
      '<div class="versionadded"><p><span class="versionmodified added">New in version 3.5.</span></p></div>',
      '<p><strong>Source code:</strong> <a href="https://github.com/python/cpython/tree/3.11/Lib/zipapp.py">Lib/zipapp.py</a></p>',
      '<hr class="docutils" />',
      '<p>This module provides tools to manage the creation of zip files containing Python code.</p>',
      '</section></div></body></html>',
    ]);
    expect(summary).toBe(
      'This module provides tools to manage the creation of zip files containing Python code.',
    );
  });

  it('skips an HTML field list: a field’s name and the value under it', () => {
    const summary = summaryOf('annotations.html', [
      '<html><head><title>Annotations Best Practices</title></head><body><div role="main">',
      '<h1>Annotations Best Practices</h1>',
      '<dl class="field-list simple">',
      '<dt class="field-odd">author<span class="colon">:</span></dt>',
      '<dd class="field-odd"><p>Larry Hastings</p></dd>',
      '</dl>',
      '<aside class="topic"><p class="topic-title">Abstract</p>',
      '<p>This document is designed to encapsulate the best practices for working with annotations dicts.</p>',
      '</aside></div></body></html>',
    ]);
    expect(summary).toBe(
      'This document is designed to encapsulate the best practices for working with annotations dicts.',
    );
  });

  it('skips a paragraph that only repeats the title', () => {
    const summary = summaryOf('guide.md', [
      '# Getting Started',
      '',
      'Getting Started',
      '',
      'Install the tools, then open the first chapter.',
    ]);
    expect(summary).toBe('Install the tools, then open the first chapter.');
  });

  it('is empty when the article holds nothing but furniture and its contents', () => {
    const summary = summaryOf('translations__zh_CN__iio__index.txt', [
      ':Original: Documentation/iio/index.rst',
      '',
      ':翻译:',
      '',
      ' 司延腾 Yanteng Si <siyanteng@loongson.cn>',
      '',
      '=======',
      '工业 I/O',
      '=======',
      '',
      '.. toctree::',
      '   :maxdepth: 1',
      '',
      '   iio_configfs',
    ]);
    expect(summary).toBe('');
  });

  it('is still the publisher’s own when the front matter gives one', () => {
    const summary = summaryOf('tea.md', [
      '---',
      'summary: Copyright (C) 2024, and proud of it.',
      '---',
      '',
      'Tea began as a medicine.',
    ]);
    expect(summary).toBe('Copyright (C) 2024, and proud of it.');
  });
});

// Every reason a source is rejected, each with the file's path and a reason a
// publisher can act on. compileSource and compileFile never throw for bad input.
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compileFile,
  compileFolder,
  compileSource,
  MAX_SOURCE_BYTES,
  type RejectionCode,
} from '../../main/content/compiler/index';

const utf8 = (text: string) => new TextEncoder().encode(text);

function rejectionOf(sourcePath: string, bytes: Uint8Array) {
  const result = compileSource({ path: sourcePath, bytes });
  if (!('rejection' in result)) throw new Error(`expected ${sourcePath} to be rejected`);
  expect(result.rejection.path).toBe(sourcePath);
  expect(result.rejection.reason).not.toContain('\n');
  return result.rejection;
}

function expectRejected(
  sourcePath: string,
  bytes: Uint8Array,
  code: RejectionCode,
  reason: RegExp,
) {
  const rejection = rejectionOf(sourcePath, bytes);
  expect(rejection.code).toBe(code);
  expect(rejection.reason).toMatch(reason);
}

describe('rejections of a single source', () => {
  it('rejects empty files and files with no text after parsing', () => {
    expectRejected('a.md', new Uint8Array(), 'empty', /empty/);
    expectRejected('a.txt', utf8('  \n\t\n'), 'empty', /whitespace/);
    expectRejected('a.md', utf8('---\ntitle: Only Metadata\n---\n'), 'empty', /no text/);
    // Raw HTML gives its text (issue 10); a comment and a script have none.
    expectRejected(
      'a.md',
      utf8('<!-- a comment -->\n\n<script>x()</script>\n\n---\n'),
      'empty',
      /no text/,
    );
    expectRejected('a.html', utf8('<script>alert(1)</script>'), 'empty', /no text/);
    expectRejected('a.md', utf8('# Just A Title\n'), 'empty', /after the title "Just A Title"/);
  });

  it('rejects binary files and text that is not UTF-8', () => {
    expectRejected(
      'image.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'not-text',
      /NUL byte at offset 4/,
    );
    // "café" in Latin-1: é is the lone byte 0xE9.
    expectRejected(
      'latin1.md',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'not-text',
      /not UTF-8.*offset 3/,
    );
  });

  it('rejects other file types as unsupported', () => {
    for (const name of ['report.pdf', 'notes.docx', 'README', 'data.json']) {
      expectRejected(
        name,
        utf8('text'),
        'unsupported-type',
        /unsupported file type: articles are \.md/,
      );
    }
  });

  it('rejects front matter that is not valid YAML, not a mapping or has wrong types', () => {
    expectRejected(
      'a.md',
      utf8('---\ntitle: [unclosed\n---\nText'),
      'bad-front-matter',
      /not valid YAML/,
    );
    expectRejected(
      'a.md',
      utf8('---\n- a list\n---\nText'),
      'bad-front-matter',
      /must be a YAML mapping/,
    );
    expectRejected(
      'a.md',
      utf8('---\ntitle: 1984\n---\nText'),
      'bad-front-matter',
      /title: expected text, got a number/,
    );
    expectRejected(
      'a.md',
      utf8('---\ntags: 3\n---\nText'),
      'bad-front-matter',
      /tags: tags must be text like "history, food" or a list like \[history, food\], got a number$/,
    );
    expectRejected(
      'a.md',
      utf8('---\ntags: [history, 1914]\n---\nText'),
      'bad-front-matter',
      /tags: .*got a list with an item that is not text \(put quotes around it\)$/,
    );
    expectRejected(
      'a.md',
      utf8('---\npublished: last tuesday\n---\nText'),
      'bad-front-matter',
      /published must be an ISO date/,
    );
    expectRejected(
      'a.md',
      utf8('---\nsourceUrl: "javascript:alert(1)"\n---\nText'),
      'bad-front-matter',
      /http/,
    );
    expectRejected(
      'a.txt',
      utf8('---\ntitle: Never closed\nText'),
      'bad-front-matter',
      /never closed/,
    );
  });

  it('allows unknown front matter keys and empty values', () => {
    const result = compileSource({
      path: 'a.md',
      bytes: utf8('---\nmood: cheerful\nbyline:\n---\nText'),
    });
    expect('article' in result && result.article.byline).toBe(undefined);
  });

  it('rejects ids that do not fit the id pattern, including path escapes', () => {
    for (const id of ['../escape', 'Upper', 'has space', 'a/b', '-leading', 'x'.repeat(121)]) {
      expectRejected('a.md', utf8(`---\nid: "${id}"\n---\nText`), 'bad-id', /is not allowed/);
    }
  });

  it('rejects sources nested so deeply that parsing would stall or overflow', () => {
    expectRejected('q.md', utf8(`${'>'.repeat(10_000)} deep`), 'too-complex', /nested 10000/);
    const staircase = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- item`);
    expectRejected('s.md', utf8(staircase.join('\n')), 'too-complex', /line 33 is nested/);
    const wideNesting = '- item\n  - sub\n'.repeat(5000);
    expectRejected('w.md', utf8(wideNesting), 'too-complex', /split it/);
    const divs = `${'<div>'.repeat(2000)}text${'</div>'.repeat(2000)}`;
    expectRejected('d.html', utf8(divs), 'too-complex', /HTML nested 2002 elements deep/);
  });

  it('rejects a source over the size limit and says what the limit is', () => {
    expectRejected(
      'big.txt',
      new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61),
      'too-large',
      /over the 5 MB limit/,
    );
  });
});

describe('rejections of files and folders', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'compiler-rejections-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects a huge file by its size, before reading it', async () => {
    const huge = path.join(dir, 'huge.md');
    await writeFile(huge, '');
    await truncate(huge, 64 * 1024 * 1024 * 1024); // sparse: no disk space used
    const result = await compileFile(huge);
    expect('rejection' in result && result.rejection.code).toBe('too-large');
  });

  it('rejects a missing file as unreadable', async () => {
    const result = await compileFile(path.join(dir, 'missing.md'));
    expect('rejection' in result && result.rejection.code).toBe('unreadable');
  });

  it('rejects the second file with an id already used, naming the first', async () => {
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'a-first.md'), '---\nid: shared\n---\nOne.');
    await writeFile(path.join(dir, 'sub', 'shared.txt'), 'Two.');
    const compiled = await compileFolder({ sourceDir: dir });
    expect(compiled.articles.map((a) => a.id)).toEqual(['shared']);
    expect(compiled.rejections).toEqual([
      {
        path: path.join(dir, 'sub', 'shared.txt'),
        code: 'duplicate-id',
        reason: `duplicate id "shared": already used by ${path.join(dir, 'a-first.md')}`,
      },
    ]);
  });

  it('reports every rejected file in one run, and skips dotfiles silently', async () => {
    await writeFile(path.join(dir, '.DS_Store'), new Uint8Array([0, 1, 2]));
    await writeFile(path.join(dir, 'a.md'), 'Fine.');
    await writeFile(path.join(dir, 'b.pdf'), 'not an article');
    await writeFile(path.join(dir, 'c.md'), '');
    await writeFile(path.join(dir, 'd.md'), 'Also fine.');

    const all = await compileFolder({ sourceDir: dir });
    expect(all.fileCount).toBe(4);
    expect(all.rejections.map((r) => [path.basename(r.path), r.code])).toEqual([
      ['b.pdf', 'unsupported-type'],
      ['c.md', 'empty'],
    ]);
    expect(all.articles.map((a) => a.id)).toEqual(['a', 'd']);
  });
});

// Every reason a source is rejected, each with the file's path and a reason a
// publisher can act on. compileSource and compileFile never throw for bad input.
import { mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compileFile,
  compileFolder,
  compileSource,
  MAX_SOURCE_BYTES,
  type RejectionCode,
} from '../../../compiler/index';
import { makeTempDir } from '../../support/temp-dir';

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

  it('reads UTF-16 with a byte order mark, and names UTF-16 without one', () => {
    const text = '# Café Notes\n\nNaïve text, 日本語 and 😀.';
    const utf16le = Buffer.from(text, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    const marked = {
      'UTF-16 LE': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      'UTF-16 BE': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      'UTF-8': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    };
    for (const [encoding, bytes] of Object.entries(marked)) {
      const result = compileSource({ path: 'notes.md', bytes });
      if (!('article' in result)) throw new Error(`${encoding}: ${result.rejection.reason}`);
      expect(result.article.title, encoding).toBe('Café Notes');
      expect(result.article.blocks.map((b) => b.text)).toEqual(['Naïve text, 日本語 and 😀.']);
    }
    // Without the mark the byte order is a guess: the publisher is told what to do.
    expectRejected(
      'notes.md',
      utf16le,
      'not-text',
      /UTF-16 text without a byte order mark: re-save it as UTF-8/,
    );
    const cut = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le.subarray(0, 7)]);
    expectRejected('cut.md', cut, 'not-text', /UTF-16 LE.*half way through a character/);
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe, 0x61, 0, 0x3d, 0xd8, 0x61, 0])]);
    expectRejected(
      'lone.md',
      lone,
      'not-text',
      /a broken character \(unpaired surrogate\) at offset 4/,
    );
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]);
    expectRejected('wide.md', utf32, 'not-text', /UTF-32 .*re-save it as UTF-8/);
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

// Folders are compiled in worker threads (compile-pool.ts); starting one
// takes seconds on a busy machine, hence the longer timeouts.
describe('rejections of files and folders', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('compiler-rejections-');
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
    // sub/shared.txt takes its id from its path: sub-shared, which the first declares.
    await writeFile(path.join(dir, 'a-first.md'), '---\nid: sub-shared\n---\nOne.');
    await writeFile(path.join(dir, 'sub', 'shared.txt'), 'Two.');
    const compiled = await compileFolder({ sourceDir: dir });
    expect(compiled.articles.map((a) => a.id)).toEqual(['sub-shared']);
    expect(compiled.rejections).toEqual([
      {
        path: path.join(dir, 'sub', 'shared.txt'),
        code: 'duplicate-id',
        reason: `duplicate id "sub-shared": already used by ${path.join(dir, 'a-first.md')}`,
      },
    ]);
  });

  it('gives a file the same id whether its name is composed (NFC) or decomposed (NFD)', async () => {
    // Korean and Japanese names have no Latin slug, so their id is a hash of
    // the name: macOS (NFD) and Windows or Linux (NFC) must hash the same.
    const names = ['가이드.md', 'ガイド.txt', 'Café.md'];
    const idsOf = async (form: 'NFC' | 'NFD') => {
      const folder = path.join(dir, form);
      await mkdir(folder);
      for (const name of names) await writeFile(path.join(folder, name.normalize(form)), 'Text.');
      const compiled = await compileFolder({ sourceDir: folder });
      expect(compiled.rejections).toEqual([]);
      return compiled.articles.map((a) => a.id).sort();
    };
    const composed = await idsOf('NFC');
    expect(composed).toHaveLength(3);
    expect(await idsOf('NFD')).toEqual(composed);
  }, 60_000);

  it('rejects two files whose names differ only in normalisation as one id used twice', async () => {
    await writeFile(path.join(dir, '가이드.md'.normalize('NFC')), 'Composed.');
    await writeFile(path.join(dir, '가이드.md'.normalize('NFD')), 'Decomposed.');
    const compiled = await compileFolder({ sourceDir: dir });
    expect(compiled.articles).toHaveLength(1);
    expect(compiled.rejections.map((r) => r.code)).toEqual(['duplicate-id']);
  }, 60_000);

  it('reads links to files inside the folder, and rejects links out of it without reading them', async () => {
    const outside = await makeTempDir('compiler-outside-');
    try {
      await writeFile(path.join(outside, 'secret.txt'), 'Secret words from outside.');
      await writeFile(path.join(dir, 'inside.md'), 'Words from inside.');
      await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'passwd.txt'));
      await symlink('inside.md', path.join(dir, 'alias.md'));
      await mkdir(path.join(dir, 'sub'));
      await symlink(
        '../../' + path.basename(outside) + '/secret.txt',
        path.join(dir, 'sub', 'up.txt'),
      );
      const compiled = await compileFolder({ sourceDir: dir });
      expect(compiled.articles.map((a) => [a.id, a.blocks[0]?.text])).toEqual([
        ['alias', 'Words from inside.'],
        ['inside', 'Words from inside.'],
      ]);
      expect(compiled.rejections.map((r) => [path.relative(dir, r.path), r.code])).toEqual([
        ['passwd.txt', 'unsupported-type'],
        ['sub/up.txt', 'unsupported-type'],
      ]);
      expect(compiled.rejections[0]!.reason).toMatch(
        /^a link to .*secret\.txt, outside the content folder: only links to files inside .* are read$/,
      );
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  }, 60_000);

  it('rejects broken links and link loops one by one, and compiles the rest', async () => {
    await writeFile(path.join(dir, 'fine.md'), 'Fine.');
    await symlink('missing.md', path.join(dir, 'broken.md'));
    await symlink('loop.md', path.join(dir, 'loop.md'));
    await symlink('ping.md', path.join(dir, 'pong.md'));
    await symlink('pong.md', path.join(dir, 'ping.md'));
    const compiled = await compileFolder({ sourceDir: dir });
    expect(compiled.articles.map((a) => a.id)).toEqual(['fine']);
    expect(compiled.rejections.map((r) => [path.basename(r.path), r.code, r.reason])).toEqual([
      ['broken.md', 'unreadable', 'a broken link: the file it points to does not exist'],
      ['loop.md', 'unreadable', 'a link loop: the link leads back to itself'],
      ['ping.md', 'unreadable', 'a link loop: the link leads back to itself'],
      ['pong.md', 'unreadable', 'a link loop: the link leads back to itself'],
    ]);
  }, 60_000);

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

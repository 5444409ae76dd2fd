// Text the compiler leaves out on purpose is reported as a warning with the
// file and line, through compileSource, compileFolder and content:build.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileFolder, compileSource } from '../../../compiler/index';
import type { CompileWarning } from '../../../compiler/types';
import { main } from '../../../scripts/content-build';
import { makeTempDir } from '../../support/temp-dir';

function warningsOf(sourcePath: string, text: string): CompileWarning[] {
  const result = compileSource({ path: sourcePath, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.warnings;
}

const REST = [
  '.. SPDX-License-Identifier: GPL-2.0', // 1: a licence tag, no warning
  '',
  'Guide',
  '=====',
  '',
  'Some text.', // 6
  '',
  '.. and then a note the editors left', // 8
  '',
  '.. include:: ../other.rst', // 10
  '',
  '.. toctree::', // 12
  '   :maxdepth: 1',
  '',
  '   intro',
  '',
  '.. image:: diagram.svg', // 17
  '',
  '.. figure:: photo.png', // 19
  '',
  '   The caption stays.',
  '',
  '..', // 23
  '',
  '   An indented comment body.',
  '',
  '.. index:: single: guide', // 27: shows nothing in the rendered docs, no warning
  '',
  'The end.',
  '',
].join('\n');

describe('warnings', () => {
  it('are given for reST comments, includes, toctrees and pictures, with their lines', () => {
    const warnings = warningsOf('docs/guide.txt', REST);
    expect(warnings.map(({ path: p, line, code }) => [p, line, code])).toEqual([
      ['docs/guide.txt', 8, 'comment'],
      ['docs/guide.txt', 10, 'not-included'],
      ['docs/guide.txt', 12, 'not-included'],
      // Compiled on its own, not from a folder: the pictures are not read, and each says so.
      ['docs/guide.txt', 17, 'image'],
      ['docs/guide.txt', 19, 'image'],
      ['docs/guide.txt', 23, 'comment'],
    ]);
    expect(warnings[0]?.message).toContain('.. and then a note the editors left');
    expect(warnings[1]?.message).toMatch(/include::.*not followed/);
    const result = compileSource({ path: 'guide.txt', bytes: new TextEncoder().encode(REST) });
    const text = 'article' in result ? result.article.blocks.map((block) => block.text) : [];
    // A figure's caption is text for the reader; the comments and the toctree's entries are not.
    expect(text).toEqual(['Some text.', 'The caption stays.', 'The end.']);
  });

  it('count lines from the top of the file, front matter included', () => {
    const warnings = warningsOf(
      'notes.txt',
      '---\ntitle: Notes\n---\n.. _label:\n\nText.\n\n.. a comment\n',
    );
    expect(warnings.map(({ line, code }) => [line, code])).toEqual([[8, 'comment']]);
  });

  it('name the video and embedded pages of an HTML article, at their first line', () => {
    const html = [
      '<html><head><title>Pictures</title></head><body>', // 1
      '<nav><img src="logo.png" alt="Site logo"></nav>', // 2: chrome, not the article's
      '<article>', // 3
      '<p>Text of the article that goes on for long enough to be the main content here.</p>',
      '<img src="a.png" alt="A">', // 5
      '<p>More text.</p>',
      '<video src="v.mp4"></video>', // 7
      '<p><img src="b.png" alt="B"> and an inline picture.</p>', // 8
      '</article>',
      '</body></html>',
    ].join('\n');
    const warnings = warningsOf('pictures.html', html);
    // Images are blocks of the article now; the asset step reports the ones it cannot show.
    // Compiled on its own, not from a folder: no picture is read, and each says so at its line.
    expect(warnings).toEqual([
      expect.objectContaining({
        line: 5,
        code: 'image',
        message: expect.stringMatching(/"a\.png"/),
      }),
      {
        path: 'pictures.html',
        line: 7,
        code: 'not-shown',
        message: '1 video is not shown: the reader does not play, embed or run it',
      },
      expect.objectContaining({
        line: 8,
        code: 'image',
        message: expect.stringMatching(/"b\.png"/),
      }),
    ]);
  });

  it('name the images in a Markdown file’s raw HTML, at their line', () => {
    const warnings = warningsOf(
      'raw.md',
      '---\ntitle: Raw\n---\n\nText.\n\n<figure>\n<img src="a.png">\n<figcaption>A caption.</figcaption>\n</figure>\n\nAn <img src="b.png"> inline.\n',
    );
    // The figure's image is a block; only the one Markdown itself reads inline is not shown.
    expect(warnings.map(({ line, code, message }) => [line, code, message])).toEqual([
      [12, 'not-shown', '1 image is not shown: the reader does not play, embed or run it'],
      [
        undefined,
        'image',
        'image "a.png" is not shown: images are read only when a whole folder is compiled; it has no alt text, so nothing stands in its place',
      ],
    ]);
  });

  it('are not given for a source whose text is all kept', () => {
    expect(
      warningsOf('plain.md', '# Title\n\nJust <em>text</em>.\n\n<!-- a comment -->\n'),
    ).toEqual([]);
    expect(warningsOf('story.txt', 'Story\n\n.. and then it went on.\n')).toEqual([]);
  });
});

describe('warnings of a folder', () => {
  let root: string;
  beforeEach(async () => {
    root = await makeTempDir('compiler-warnings-');
    await mkdir(path.join(root, 'content', 'articles'), { recursive: true });
    await writeFile(path.join(root, 'content', 'articles', 'guide.txt'), REST);
    await writeFile(path.join(root, 'content', 'articles', 'clean.md'), '# Clean\n\nAll kept.\n');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('are collected from every article, with each file’s path', async () => {
    const sourceDir = path.join(root, 'content', 'articles');
    const compiled = await compileFolder({ sourceDir });
    expect(compiled.articles).toHaveLength(2);
    expect(compiled.warnings).toHaveLength(6);
    expect(new Set(compiled.warnings.map((w) => w.path))).toEqual(
      new Set([path.join(sourceDir, 'guide.txt')]),
    );
  });

  it('are printed by content:build as path:line and counted in the summary', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const outDir = path.join(root, 'out');
    const code = await main(['--in', path.join(root, 'content'), '--out', outDir], {
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
    });
    expect(code).toBe(0);
    const guide = path.join(root, 'content', 'articles', 'guide.txt');
    expect(stderr).toContain(
      `warning ${guide}:8: reST comment not shown (the rendered document hides it too): ".. and then a note the editors left"`,
    );
    expect(stderr.filter((line) => line.startsWith('warning '))).toHaveLength(6);
    expect(stdout.join('\n')).toMatch(/; 0 rejected, 6 warnings$/);
  });
});

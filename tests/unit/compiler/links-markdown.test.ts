// Links between Markdown files, from the parser to the written articles: a
// link to another file's heading opens that article at the heading, a link
// to this file's heading is a block link, a link to a missing file is a
// warning with its line, and a warm build (from the compile cache) resolves
// exactly as the cold one.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../../../common/model';
import { CompileCache } from '../../../compiler/compile-cache';
import { compileFolder } from '../../../compiler/compile';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let sourceDir: string;

beforeEach(async () => {
  root = await makeTempDir('links-markdown-');
  sourceDir = path.join(root, 'in');
  await mkdir(path.join(sourceDir, 'guide'), { recursive: true });
  await writeFile(
    path.join(sourceDir, 'guide', 'setup.md'),
    '# Setup\n\nFirst words.\n\n## Install\n\nRun the installer.\n',
  );
  await writeFile(
    path.join(sourceDir, 'intro.md'),
    [
      '# Intro',
      '',
      'Start with [the install](guide/setup.md#install).', // 3
      '',
      'Then [read on](#more).', // 5
      '',
      'Not [this one](gone.md).', // 7
      '',
      '## More',
      '',
      'The rest.',
      '',
    ].join('\n'),
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function byId(articles: Article[], id: string): Article {
  const article = articles.find((a) => a.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return article;
}

function linkOf(article: Article, text: string) {
  const block = article.blocks.find((b) => b.text === text);
  if (!block) throw new Error(`no block "${text}"`);
  return (block.marks ?? []).filter((mark) => mark.type === 'link');
}

describe('links between Markdown files', { timeout: 90_000 }, () => {
  it('lead to the article and heading they name, cold and warm alike', async () => {
    const cache = () => new CompileCache(path.join(root, 'cache'), 'links-markdown');
    const cold = await compileFolder({ sourceDir, cache: cache(), workers: 1 });
    expect(cold).toMatchObject({ reused: 0, compiled: 2, rejections: [] });
    for (const article of cold.articles) ArticleSchema.parse(article);
    const setup = byId(cold.articles, 'guide-setup');
    const intro = byId(cold.articles, 'intro');
    const install = setup.blocks.find((b) => b.text === 'Install')!;
    const more = intro.blocks.find((b) => b.text === 'More')!;

    expect(linkOf(intro, 'Start with the install.')).toEqual([
      {
        type: 'link',
        start: 11,
        end: 22,
        target: { kind: 'article', article: 'guide-setup', block: install.id },
      },
    ]);
    expect(linkOf(intro, 'Then read on.')[0]!.target).toEqual({ kind: 'block', block: more.id });
    expect(linkOf(intro, 'Not this one.')).toEqual([]);
    expect(cold.warnings).toEqual([
      {
        path: path.join(sourceDir, 'intro.md'),
        line: 7,
        code: 'broken-link',
        message:
          'link to "gone.md" leads to gone.md, which is not in the input folder: its text is kept without the link',
      },
    ]);

    const warm = await compileFolder({ sourceDir, cache: cache(), workers: 1 });
    expect(warm).toMatchObject({ reused: 2, compiled: 0 });
    expect(warm.articles).toEqual(cold.articles);
    expect(warm.warnings).toEqual(cold.warnings);
  });
});

// A reST :ref: goes where Sphinx sends it: to the block its `.. _label:`
// names, in the same file or in any other of the folder; a label above a
// document's title opens that article at its top. A label no file defines
// keeps the role's text, without a link, and says so with file and label.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Block, LinkTarget } from '../../../common/model';
import { compileFolder } from '../../../compiler/index';
import { makeTempDir } from '../../support/temp-dir';

const FILES: Record<string, string> = {
  'process/howto.txt': [
    '.. _process_howto:',
    '',
    'HOWTO do kernel development',
    '===========================',
    '',
    'Read :ref:`the patch rules <submitting patches>` and :ref:`below <howto_tail>`.',
    'Also :ref:`Unknown Label`, and the :ref:`genindex`.',
    '',
    '.. _howto_tail:',
    '',
    'The end of the howto.',
    '',
  ].join('\n'),
  'process/submitting-patches.txt': [
    'Submitting patches',
    '==================',
    '',
    'Back to :ref:`process_howto`.',
    '',
    '.. _submitting  Patches:',
    '',
    'Describe your changes',
    '---------------------',
    '',
    'Say why.',
    '',
  ].join('\n'),
};

let root: string;

beforeEach(async () => {
  root = await makeTempDir('compiler-rst-ref-');
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const article = (articles: Article[], id: string) => {
  const found = articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id} among ${articles.map((a) => a.id).join(', ')}`);
  return found;
};
const links = (block: Block | undefined): Array<[string, LinkTarget]> =>
  (block?.marks ?? []).flatMap((mark) =>
    mark.type === 'link' ? [[block?.text.slice(mark.start, mark.end) ?? '', mark.target]] : [],
  );
const blockWith = (a: Article, text: string) => a.blocks.find((b) => b.text.startsWith(text));

describe('reST :ref: roles across the collection', () => {
  it('links to the labelled block of another file, of the same file, or another file’s top', async () => {
    const { articles } = await compileFolder({ sourceDir: root });
    const howto = article(articles, 'process-howto');
    const patches = article(articles, 'process-submitting-patches');

    const intro = blockWith(howto, 'Read ');
    expect(intro?.text).toBe('Read the patch rules and below. Also Unknown Label, and the Index.');
    expect(links(intro)).toEqual([
      [
        'the patch rules',
        {
          kind: 'article',
          article: 'process-submitting-patches',
          block: blockWith(patches, 'Describe your changes')?.id,
        },
      ],
      ['below', { kind: 'block', block: blockWith(howto, 'The end of the howto.')?.id }],
    ]);
    expect(links(blockWith(patches, 'Back to'))).toEqual([
      ['process_howto', { kind: 'article', article: 'process-howto' }],
    ]);
  });

  it('keeps the text of a :ref: to a label no file defines, with a warning naming file and label', async () => {
    const { warnings } = await compileFolder({ sourceDir: root });
    expect(warnings).toEqual([
      {
        path: path.join(root, 'process/howto.txt'),
        line: 6,
        code: 'broken-link',
        message:
          ':ref: to the label "unknown label", which no file of the collection defines (`.. _unknown label:`): its text is kept without the link',
      },
    ]);
  });
});

// `.. include::` brings a file of the input folder into the article, where
// the directive stands; anything it cannot include is a warning with the
// file and line, and nothing outside the input folder is ever read.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../common/model';
import { compileFile } from '../../../compiler/compile-source';
import type { CompileWarning } from '../../../compiler/types';
import { makeTempDir } from '../../support/temp-dir';

let outside: string;
let root: string;

beforeEach(async () => {
  outside = await makeTempDir('include-test-');
  root = path.join(outside, 'docs');
  await mkdir(path.join(root, 'admin-guide'), { recursive: true });
  await writeFile(path.join(outside, 'secret.txt'), 'SECRET WORDS outside the input folder\n');
});
afterEach(async () => {
  await rm(outside, { recursive: true, force: true });
});

async function compile(
  relative: string,
  text: string,
): Promise<{ article: Article; warnings: CompileWarning[] }> {
  const file = path.join(root, relative);
  await writeFile(file, text);
  const result = await compileFile(file, root);
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result;
}

const rest = (...lines: string[]) =>
  ['.. SPDX-License-Identifier: GPL-2.0', '', 'Parameters', '==========', '', ...lines, ''].join(
    '\n',
  );

describe('.. include::', () => {
  it('compiles the included file in place, as reST, inside the input folder', async () => {
    await writeFile(
      path.join(root, 'admin-guide', 'list.txt'),
      '\tacpi=\t\t[HW,ACPI] Turns ``ACPI`` on or off.\n\n\tnoapic\t\t[SMP] Ignores the IO-APIC.\n',
    );
    const { article, warnings } = await compile(
      'admin-guide/params.txt',
      rest('The list follows.', '', '.. include:: list.txt', '', 'After the list.'),
    );
    expect(warnings).toEqual([]);
    expect(article.blocks.map((block) => block.text)).toEqual([
      'The list follows.',
      'acpi= [HW,ACPI] Turns ACPI on or off.',
      'noapic [SMP] Ignores the IO-APIC.',
      'After the list.',
    ]);
    expect(article.blocks[1]?.marks).toEqual([{ type: 'code', start: 22, end: 26 }]);
  });

  it('includes a literal include as code, with tabs at 8 columns', async () => {
    await writeFile(
      path.join(root, 'admin-guide', 'example.sh'),
      'if true; then\n\techo yes\nfi\n',
    );
    const { article } = await compile(
      'admin-guide/howto.txt',
      rest('.. literalinclude:: example.sh', '', 'Done.'),
    );
    expect(article.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['code', 'if true; then\n        echo yes\nfi'],
      ['paragraph', 'Done.'],
    ]);
  });

  it('reads nothing outside the input folder, by path or by link, and says so with file and line', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'admin-guide', 'link.txt'));
    const { article, warnings } = await compile(
      'admin-guide/escape.txt',
      rest('.. include:: ../../secret.txt', '', '.. include:: link.txt', '', 'Text.'),
    );
    expect(JSON.stringify(article)).not.toContain('SECRET');
    expect(warnings).toEqual([
      {
        path: path.join(root, 'admin-guide', 'escape.txt'),
        line: 6,
        code: 'not-included',
        message:
          '".. include:: ../../secret.txt" is not included: the file is outside the input folder, so it is not read',
      },
      {
        path: path.join(root, 'admin-guide', 'escape.txt'),
        line: 8,
        code: 'not-included',
        message:
          '".. include:: link.txt" is not included: the file links to a place outside the input folder, so it is not read',
      },
    ]);
  });

  it('warns about a missing file and a file that includes itself, and keeps the text around them', async () => {
    const { article, warnings } = await compile(
      'admin-guide/kernel-parameters.txt',
      rest(
        'Before.',
        '',
        '.. include:: kernel-parameters.txt',
        '',
        '.. include:: gone.txt',
        '',
        'After.',
      ),
    );
    expect(article.blocks.map((block) => block.text)).toEqual(['Before.', 'After.']);
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [
        8,
        '".. include:: kernel-parameters.txt" is not included: it includes itself (directly or through other includes)',
      ],
      [10, '".. include:: gone.txt" is not included: the file does not exist'],
    ]);
  });

  it('stops a loop of includes and names the file the loop is in', async () => {
    await writeFile(path.join(root, 'admin-guide', 'a.txt'), 'From A.\n\n.. include:: b.txt\n');
    await writeFile(path.join(root, 'admin-guide', 'b.txt'), 'From B.\n\n.. include:: a.txt\n');
    const { article, warnings } = await compile(
      'admin-guide/loop.txt',
      rest('.. include:: a.txt', '', 'End.'),
    );
    expect(article.blocks.map((block) => block.text)).toEqual(['From A.', 'From B.', 'End.']);
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [
        6,
        '".. include:: a.txt" (in b.txt) is not included: it includes itself (directly or through other includes)',
      ],
    ]);
  });

  it('reads an include of "x.rst" from "x.txt" when only the plain-text copy is there', async () => {
    await writeFile(path.join(root, 'disclaimer.txt'), 'This is a translation.\n');
    const { article, warnings } = await compile(
      'admin-guide/translated.txt',
      rest('.. include:: ../disclaimer.rst', '', 'Translated text.'),
    );
    expect(warnings).toEqual([]);
    expect(article.blocks.map((block) => block.text)).toEqual([
      'This is a translation.',
      'Translated text.',
    ]);
  });

  it('shows nothing for docutils’ own substitution sets such as <isonum.txt>', async () => {
    const { article, warnings } = await compile(
      'admin-guide/iso.txt',
      rest('.. include:: <isonum.txt>', '', 'Text.'),
    );
    expect(warnings).toEqual([]);
    expect(article.blocks.map((block) => block.text)).toEqual(['Text.']);
  });
});

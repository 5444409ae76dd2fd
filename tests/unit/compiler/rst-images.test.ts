// reST `.. image::` and `.. figure::` bring their picture in as an image
// block (the asset step checks and copies it), a figure's caption stays
// inside the figure, and a picture that cannot be read leaves its alt text
// and a warning at the directive's line.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { compileFile } from '../../../compiler/compile-source';
import { makeTempDir } from '../../support/temp-dir';

const PNG = path.resolve(import.meta.dirname, '../../support/fixtures/images/pixels-12x8.png');

let outside: string;
let root: string;

beforeEach(async () => {
  outside = await makeTempDir('rst-images-');
  root = path.join(outside, 'docs');
  await mkdir(path.join(root, 'driver'), { recursive: true });
  await copyFile(PNG, path.join(root, 'driver', 'diagram.png'));
  await copyFile(PNG, path.join(outside, 'secret.png'));
});
afterEach(async () => {
  await rm(outside, { recursive: true, force: true });
});

it('shows a figure with its caption, and an unreadable image as its alt text with a warning', async () => {
  const file = path.join(root, 'driver', 'parts.txt');
  await writeFile(
    file,
    [
      'Driver parts',
      '============',
      '',
      'Some text before.',
      '',
      '.. figure:: diagram.png',
      '   :alt: A block diagram of the driver',
      '',
      "   The driver's parts and how they talk.",
      '',
      '.. image:: ../../secret.png',
      '   :alt: The secret picture',
      '',
      'After the pictures.',
      '',
    ].join('\n'),
  );
  const result = await compileFile(file, root);
  if ('rejection' in result) throw new Error(result.rejection.reason);
  const { blocks } = result.article;
  const picture = blocks.find((block) => block.kind === 'image');
  expect(picture?.image).toMatchObject({
    src: expect.stringMatching(/^assets\/[0-9a-f]{32}\.png$/),
    alt: 'A block diagram of the driver',
    width: 12,
    height: 8,
  });
  expect(picture?.within?.map((c) => c.type)).toEqual(['figure']);
  const caption = blocks.find((block) => block.text.startsWith("The driver's parts"));
  expect(caption?.within).toEqual(picture?.within);
  expect(result.assets).toHaveLength(1);

  // The climbing path is never read: its alt text stands in, and the warning names the line.
  expect(blocks.map((block) => block.text)).toContain('The secret picture');
  expect(result.warnings).toEqual([
    expect.objectContaining({
      line: 11,
      code: 'image',
      message: expect.stringMatching(/secret\.png/),
    }),
  ]);
  expect(blocks.map((block) => block.text)).toContain('After the pictures.');
});

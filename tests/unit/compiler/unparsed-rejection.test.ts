// Files rejected without a parser get exactly the verdict compileFile gives
// them, and everything else is left to compileFile.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFile } from '../../../compiler/compile-source';
import { rejectionWithoutParsing } from '../../../compiler/unparsed-rejection';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('unparsed-rejection-');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const full = path.join(dir, name);
  await writeFile(full, content);
  return full;
}

describe('rejections decided without parsing', () => {
  it.each([
    ['empty.txt', '', 'empty'],
    ['blank.md', ' \n\t\n', 'empty'],
    ['changelog.html.gz', 'compressed', 'unsupported-type'],
    ['notes.pdf', '%PDF-1.7', 'unsupported-type'],
  ])('%s is rejected as compileFile rejects it', async (name, content, code) => {
    const source = await file(name, content);
    const rejection = await rejectionWithoutParsing(source);
    expect(rejection?.code).toBe(code);
    const compiled = await compileFile(source);
    expect('rejection' in compiled && compiled.rejection).toEqual(rejection);
  });

  it('leaves files with text, and files it cannot read, to compileFile', async () => {
    expect(await rejectionWithoutParsing(await file('short.md', '# Hi'))).toBeUndefined();
    const large = await file('large.txt', `${' '.repeat(5000)}`);
    // Whitespace past the size read on the spot: compileFile rejects it, in a worker.
    expect(await rejectionWithoutParsing(large)).toBeUndefined();
    expect(await rejectionWithoutParsing(path.join(dir, 'missing.md'))).toBeUndefined();
  });
});

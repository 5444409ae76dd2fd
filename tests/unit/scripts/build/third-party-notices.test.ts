// Which packages a bundle took code from, what their notices say, and what
// fails the build: a licence not known to allow shipping, or no licence text.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bundledPackages,
  noticesText,
  sourceFiles,
} from '../../../../scripts/build/third-party-notices';
import { makeTempDir } from '../../../support/temp-dir';

let root: string;
let modules: string;

async function fakePackage(
  name: string,
  license: string,
  files: string[],
  licenseFile: string | null = 'LICENSE',
): Promise<string[]> {
  const dir = path.join(modules, ...name.split('/'));
  await mkdir(path.join(dir, 'lib'), { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.2.3', license }),
  );
  if (licenseFile)
    await writeFile(path.join(dir, licenseFile), `${license} licence text of ${name}\n`);
  for (const file of files) await writeFile(path.join(dir, file), `// ${file}`);
  return files.map((file) => path.join(dir, file));
}

beforeEach(async () => {
  root = await makeTempDir('notices-');
  modules = path.join(root, 'node_modules');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('third-party notices', () => {
  it('names each bundled package once, with its licence, and skips the project and virtual modules', async () => {
    const ids = [
      ...(await fakePackage('zeta', 'MIT', ['index.js', 'lib/a.js'])),
      ...(await fakePackage('@scope/alpha', 'ISC', ['index.js'])),
      path.join(root, 'main', 'index.ts'),
      '\0vite/preload-helper',
    ];
    const packages = bundledPackages([...ids, ids[0]!]);
    expect(packages.map((found) => [found.name, found.license, found.files])).toEqual([
      ['@scope/alpha', 'ISC', ['index.js']],
      ['zeta', 'MIT', ['index.js', 'lib/a.js']],
    ]);
    const text = noticesText('main process', packages);
    expect(text).toContain('- @scope/alpha 1.2.3 (ISC)\n- zeta 1.2.3 (MIT)');
    expect(text).toContain('MIT licence text of zeta');
    expect(sourceFiles(packages)).toEqual([]);
  });

  it('ships the files used from an MPL package, unmodified, with its licence', async () => {
    const ids = await fakePackage('stemmers', 'MPL-1.1', ['lunr.it.js', 'lunr.de.js']);
    const packages = bundledPackages(ids);
    expect(noticesText('main process', packages)).toContain(
      'included unmodified in third-party-source/stemmers/',
    );
    expect(sourceFiles(packages).map((file) => file.fileName)).toEqual([
      'third-party-source/stemmers/lunr.de.js',
      'third-party-source/stemmers/lunr.it.js',
      'third-party-source/stemmers/LICENSE',
      'third-party-source/stemmers/package.json',
    ]);
  });

  it('fails on a licence it does not know to allow, naming the package', async () => {
    const ids = await fakePackage('copyleft', 'GPL-3.0-only', ['index.js']);
    expect(() => bundledPackages(ids)).toThrow(/copyleft@1\.2\.3 .*"GPL-3\.0-only"/);
  });

  it('fails on a package without a licence file', async () => {
    const ids = await fakePackage('bare', 'MIT', ['index.js'], null);
    expect(() => bundledPackages(ids)).toThrow(/bare@1\.2\.3 .*no licence file/);
  });

  it('finds a licence file by any of its usual names', async () => {
    const ids = await fakePackage('spelled', 'BSD-3-Clause', ['index.js'], 'LICENCE.md');
    expect(bundledPackages(ids)[0]?.licenseText).toBe('BSD-3-Clause licence text of spelled');
  });
});

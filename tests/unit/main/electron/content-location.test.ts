// Where the app looks for its compiled collection, in each layout it runs
// from, and which explicit choice wins.
import { rm } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_FILES } from '../../../../common/collection';
import { openCollection } from '../../../../main/content/collection';
import { locateContentDir, type ContentLocationInputs } from '../../../../main/content/locate';
import { article, writeCollection } from '../../../support/collection-fixture';
import {
  readBuilderConfig,
  readPackageJson,
  resourceDestination,
} from '../../../support/packaging-rules';
import { makeTempDir } from '../../../support/temp-dir';

const project = resolve('/work/project');
const resources = resolve('/opt/Offline Reader/resources');

function inputs(overrides: Partial<ContentLocationInputs> = {}): ContentLocationInputs {
  return {
    argv: ['/usr/bin/electron', '.'],
    env: {},
    isPackaged: false,
    resourcesPath: resources,
    appPath: project,
    cwd: project,
    ...overrides,
  };
}

describe('locateContentDir', () => {
  it('uses out/content under the app path during development', () => {
    expect(locateContentDir(inputs())).toEqual({
      dir: join(project, 'out', 'content'),
      source: 'development',
    });
  });

  it('uses content/ in the resources folder of a packaged app', () => {
    const packaged = inputs({ isPackaged: true, argv: ['/opt/Offline Reader/offline-reader'] });
    expect(locateContentDir(packaged)).toEqual({
      dir: join(resources, 'content'),
      source: 'packaged',
    });
  });

  it('prefers READER_CONTENT_DIR over either layout', () => {
    const env = { READER_CONTENT_DIR: '/data/collection' };
    expect(locateContentDir(inputs({ env }))).toEqual({
      dir: resolve('/data/collection'),
      source: 'env',
    });
    expect(locateContentDir(inputs({ env, isPackaged: true })).source).toBe('env');
  });

  it('prefers --content over READER_CONTENT_DIR', () => {
    const located = locateContentDir(
      inputs({
        argv: ['electron', '.', '--content', '/cli/collection'],
        env: { READER_CONTENT_DIR: '/data/collection' },
      }),
    );
    expect(located).toEqual({ dir: resolve('/cli/collection'), source: 'cli' });
  });

  it('accepts --content=<dir> and resolves relative folders against the working directory', () => {
    const located = locateContentDir(
      inputs({ argv: ['app', '--content=./mine'], cwd: resolve('/home/me') }),
    );
    expect(located).toEqual({ dir: resolve('/home/me/mine'), source: 'cli' });
  });

  it('resolves a relative READER_CONTENT_DIR against the working directory too', () => {
    const located = locateContentDir(
      inputs({ env: { READER_CONTENT_DIR: 'collection' }, cwd: resolve('/srv') }),
    );
    expect(located.dir).toBe(resolve('/srv/collection'));
  });

  it('ignores a --content flag with no folder after it, and a blank variable', () => {
    const located = locateContentDir(
      inputs({ argv: ['app', '--content', '--other'], env: { READER_CONTENT_DIR: '  ' } }),
    );
    expect(located.source).toBe('development');
    expect(locateContentDir(inputs({ argv: ['app', '--content'] })).source).toBe('development');
  });
});

describe('the layouts the build and the installers produce', () => {
  const builtManifest = `out/content/${COLLECTION_FILES.manifest}`;

  it('looks in development where npm run build compiles the collection', () => {
    // `npm run build` runs content:build with its default output, out/content,
    // the folder electron-builder.yml packages from.
    expect(readPackageJson().scripts).toMatchObject({
      build: expect.stringMatching(/^npm run content:build &&/),
      'content:build': expect.not.stringMatching(/--out/),
    });
    expect(resourceDestination(readBuilderConfig(), builtManifest)).toBeDefined();
    const located = locateContentDir(inputs());
    expect(join(located.dir, COLLECTION_FILES.manifest)).toBe(join(project, builtManifest));
  });

  it('looks in a packaged app where electron-builder.yml puts the collection', () => {
    const packagedManifest = resourceDestination(readBuilderConfig(), builtManifest);
    expect(packagedManifest).toBeDefined();
    const located = locateContentDir(inputs({ isPackaged: true }));
    expect(located.dir).toBe(join(resources, posix.dirname(packagedManifest!)));
  });

  it('opens the collection of a fake packaged install through process.resourcesPath', async () => {
    const install = await makeTempDir('reader-install-');
    try {
      const resourcesPath = join(install, 'resources');
      const packagedManifest = resourceDestination(readBuilderConfig(), builtManifest)!;
      await writeCollection([article('first', 'The packaged article', ['It opens.'])], {
        dir: join(resourcesPath, dirname(packagedManifest)),
      });
      const located = locateContentDir(
        inputs({ isPackaged: true, resourcesPath, appPath: join(resourcesPath, 'app.asar') }),
      );
      const manifest = await openCollection(located.dir).manifest();
      expect(manifest.articles.map((a) => a.title)).toEqual(['The packaged article']);
    } finally {
      await rm(install, { recursive: true, force: true });
    }
  });
});

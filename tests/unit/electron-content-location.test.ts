// Where the app looks for its compiled collection, in each layout it runs
// from, and which explicit choice wins.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateContentDir, type ContentLocationInputs } from '../../main/content/locate';

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

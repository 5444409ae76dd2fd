// The built app packed by electron-builder (with a stand-in Electron, see
// pack-with-stand-in.ts) and opened again: everything the app reads at run
// time is inside, the collection sits where the main process looks, and
// nothing of the development setup comes along.
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listPackage, uncache } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackagedApp, findPackagedApps, type PackagedApp } from '../../scripts/check-package';
import { NOTICES_FILE, SOURCE_DIR } from '../../scripts/build/third-party-notices';
import { projectRoot, readPackageJson } from '../support/packaging-rules';
import { packWithStandInElectron } from './pack-with-stand-in';

const onLinux = process.platform === 'linux';

/** Each pack's scratch folder (the stand-in Electron and electron-builder's output). */
const scratch: string[] = [];
async function pack(overrides?: Record<string, unknown>): Promise<string> {
  const output = await packWithStandInElectron(overrides);
  scratch.push(dirname(output));
  return output;
}
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

beforeAll(() => {
  const built = ['out/main/index.js', 'out/content/manifest.json'].every((file) =>
    existsSync(join(projectRoot, file)),
  );
  if (!built)
    throw new Error('The app is not built: run `npm run build` before `npm run test:package`.');
});

// The stand-in is a Linux layout; on Windows and macOS the release workflow
// checks the real package instead (npm run dist:check after npm run dist).
describe.skipIf(!onLinux)('the app packed by electron-builder', () => {
  let app: PackagedApp;
  let archived: string[];

  beforeAll(async () => {
    const apps = findPackagedApps(await pack());
    expect(apps).toHaveLength(1);
    app = apps[0]!;
    const archive = join(app.resourcesDir, 'app.asar');
    archived = listPackage(archive, { isPack: false }).map((f) => f.replace(/^\//, ''));
    uncache(archive);
  });

  it('holds every run-time file, the packages main imports and the collection', async () => {
    expect(await checkPackagedApp(app)).toEqual([]);
  });

  it('keeps the collection beside app.asar, where the main process looks', () => {
    expect(existsSync(join(app.resourcesDir, 'content', 'manifest.json'))).toBe(true);
    expect(archived.filter((f) => f.startsWith('out/content'))).toEqual([]);
  });

  it('carries the licence of every bundled package, and the source the MPL asks for', () => {
    const notices = (part: string) =>
      readFileSync(join(projectRoot, 'out', part, NOTICES_FILE), 'utf8');
    for (const part of ['main', 'preload', 'renderer']) {
      expect(archived).toContain(`out/${part}/${NOTICES_FILE}`);
      expect(notices(part)).toMatch(/^- zod \d+\.\d+\.\d+ \(MIT\)$/m);
    }
    expect(notices('renderer')).toMatch(/^- react-dom \S+ \(MIT\)$/m);
    expect(notices('main')).toMatch(/^- lunr-languages 1\.22\.0 \(MPL-1\.1\)$/m);
    expect(notices('main')).toContain('MOZILLA PUBLIC LICENSE');
    expect(archived).toContain(`out/main/${SOURCE_DIR}/lunr-languages/lunr.it.js`);
    expect(archived).toContain(`out/main/${SOURCE_DIR}/lunr-languages/LICENSE`);
  });

  it('leaves sources, tests and development packages out', () => {
    const strays = archived.filter((file) =>
      /^(main|renderer|common|scripts|tests|content|build)\/|^node_modules\/(electron|electron-builder|vitest|vite|typescript|react|@playwright)\//.test(
        file,
      ),
    );
    expect(strays).toEqual([]);
  });

  it('would report a configuration that leaves the preload and the collection out', async () => {
    const [broken] = findPackagedApps(
      await pack({
        files: ['out/main/**', 'out/renderer/**', 'package.json', '!**/*.map'],
        extraResources: [],
      }),
    );
    const problems = await checkPackagedApp(broken!);
    expect(problems).toEqual([
      'app.asar has no out/preload/index.cjs (the preload)',
      expect.stringMatching(/^no compiled collection: .*manifest\.json is missing$/),
    ]);
  });
});

describe('the built renderer', () => {
  it('is named after package.json productName, before its script runs', () => {
    const html = readFileSync(join(projectRoot, 'out', 'renderer', 'index.html'), 'utf8');
    expect(html).not.toContain('%PRODUCT_NAME%');
    expect(html).toContain(`<title>${readPackageJson().productName}</title>`);
  });
});

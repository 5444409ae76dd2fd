// electron-builder.yml, checked without building anything: valid for the
// electron-builder installed here, the installers for each system (NSIS and
// portable, dmg and zip, AppImage and deb), the fuses, one icon image, and
// every file the app reads at run time packaged.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { COLLECTION_FILES } from '../../../common/collection';
import { builtAppFiles } from '../../../main/electron/built-layout';
import {
  isInAppArchive,
  projectRoot,
  readBuilderConfig,
  readPackageJson,
  resourceDestination,
} from '../../support/packaging-rules';

const config = readBuilderConfig();
const pkg = readPackageJson();

type Target = { target: string; arch?: string[] };
type Section = Record<string, unknown> & { target?: Target[]; artifactName?: string };
const section = (name: string): Section => (config[name] ?? {}) as Section;

/** The schema electron-builder validates its configuration against. */
function builderSchema(): object {
  const require = createRequire(import.meta.url);
  const builderLib = dirname(require.resolve('app-builder-lib/package.json'));
  return JSON.parse(readFileSync(join(builderLib, 'scheme.json'), 'utf8'));
}

describe('electron-builder.yml against the schema electron-builder ships', () => {
  // strict: false as electron-builder has it (the schema uses keywords ajv
  // does not know); no type coercion, so "true" for a boolean fails here.
  const validate = new Ajv({ allErrors: true, strict: false }).compile(builderSchema());

  it('is valid', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a misspelt option (the check is live)', () => {
    const misspelt = { ...config, nsis: { ...section('nsis'), perMachin: false } };
    expect(validate(misspelt)).toBe(false);
  });
});

describe('what a publisher changes in one place', () => {
  it('takes the product name from package.json only', () => {
    expect(config.productName).toBeUndefined();
    for (const name of ['win', 'mac', 'linux', 'nsis', 'portable', 'dmg', 'deb']) {
      expect(section(name).productName, name).toBeUndefined();
    }
    expect(pkg.productName?.trim()).toBeTruthy();
  });

  it('makes every system icon from one 1024 x 1024 PNG', () => {
    expect(config.icon).toBe('build/icon.png');
    for (const name of ['win', 'mac', 'linux', 'nsis', 'dmg', 'deb']) {
      expect(section(name).icon, `${name} must not point at another icon`).toBeUndefined();
    }
    const png = readFileSync(resolve(projectRoot, String(config.icon)));
    // PNG signature, then the IHDR chunk: width and height, big-endian.
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1024,
      height: 1024,
    });
  });
});

describe('installers', () => {
  const targets = (platform: string) =>
    (section(platform).target ?? []).map(({ target, arch }) => ({ target, arch }));

  it('Windows: an installer per user with a choice of folder, and a portable exe', () => {
    expect(targets('win')).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(section('nsis')).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('macOS: dmg and zip, each for Intel and Apple silicon', () => {
    expect(targets('mac')).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(section('mac').category).toBe('public.app-category.reference');
  });

  it('Linux: AppImage and a deb with the metadata a deb needs', () => {
    expect(targets('linux')).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    const linux = section('linux');
    expect(linux.category).toBe('Office');
    expect(String(linux.synopsis).length).toBeGreaterThan(10);
    // electron-builder refuses a deb without a maintainer (from "author",
    // unless linux.maintainer is set) or a homepage, and warns without a description.
    const author = pkg.author as { name?: string; email?: string } | undefined;
    expect(linux.maintainer ?? (author?.name && author.email)).toBeTruthy();
    expect(author?.email).toMatch(/^[^\s@]+@[^\s@]+$/);
    expect(String(pkg.homepage)).toMatch(/^https:\/\//);
    expect(String(pkg.description).length).toBeGreaterThan(10);
  });

  it('gives every installer of a system its own file name', () => {
    const extension: Record<string, string> = {
      nsis: 'exe',
      portable: 'exe',
      dmg: 'dmg',
      zip: 'zip',
      AppImage: 'AppImage',
      deb: 'deb',
    };
    for (const platform of ['win', 'mac', 'linux']) {
      const names = (section(platform).target ?? []).flatMap(({ target, arch = ['x64'] }) =>
        arch.map((a) => {
          const pattern =
            section(target).artifactName ??
            section(platform).artifactName ??
            (config.artifactName as string | undefined) ??
            '${productName}-${version}.${ext}';
          return pattern
            .replaceAll('${productName}', String(pkg.productName))
            .replaceAll('${name}', pkg.name)
            .replaceAll('${version}', pkg.version)
            .replaceAll('${arch}', a)
            .replaceAll('${ext}', extension[target] ?? target);
        }),
      );
      expect(new Set(names).size, `${platform}: ${names.join(', ')}`).toBe(names.length);
    }
  });
});

describe('Electron fuses of the packaged app', () => {
  const fuses = config.electronFuses as Record<string, boolean>;

  it('turns off every way to run other code and on integrity and cookie encryption', () => {
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('decides every fuse this Electron has, except the V8 snapshot one', () => {
    const decided = Object.keys(fuses).map((key) => key[0]!.toUpperCase() + key.slice(1));
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(known.filter((fuse) => !decided.includes(fuse))).toEqual([
      'LoadBrowserProcessSpecificV8Snapshot',
    ]);
  });

  it('packs the app into an asar archive, which onlyLoadAppFromAsar requires', () => {
    expect(config.asar ?? true).toBe(true);
  });
});

describe('every file the app reads at run time is packaged', () => {
  // Built files are named by the vite config; hashed asset names are examples.
  const mainEntry = posix.normalize(pkg.main);
  const built = builtAppFiles(dirname(resolve(projectRoot, mainEntry)));
  const fromRoot = (path: string) => relative(projectRoot, path).split('\\').join('/');

  it.each([
    ['the main process', mainEntry],
    ['its shared chunks', 'out/main/chunks/load-engine-Bb1.js'],
    ['the search worker', fromRoot(built.searchWorker)],
    ['the preload', fromRoot(built.preloadPath)],
    ['the renderer page', `${fromRoot(built.rendererDir)}/index.html`],
    ['the renderer script', `${fromRoot(built.rendererDir)}/assets/index-D8c.js`],
    ['the renderer styles', `${fromRoot(built.rendererDir)}/assets/index-D8c.css`],
    ['package.json, which names the main entry', 'package.json'],
  ])('%s (%s) goes into app.asar', (_what, path) => {
    expect(isInAppArchive(config, path)).toBe(true);
  });

  it.each([
    ['source maps', 'out/main/index.js.map'],
    ['TypeScript sources', 'main/index.ts'],
    ['article sources', 'content/articles/a.md'],
    ['the compiled collection (a resource, not code)', 'out/content/manifest.json'],
    ['tests', 'tests/unit/common/contract.test.ts'],
    ['the builder configuration', 'electron-builder.yml'],
  ])('%s (%s) stay out of app.asar', (_what, path) => {
    expect(isInAppArchive(config, path)).toBe(false);
  });

  it('ships the compiled collection as resources/content', () => {
    const collection = [
      COLLECTION_FILES.manifest,
      COLLECTION_FILES.searchIndex,
      `${COLLECTION_FILES.articlesDir}/some-article.json`,
    ];
    for (const file of collection) {
      expect(resourceDestination(config, `out/content/${file}`), file).toBe(`content/${file}`);
    }
    expect(resourceDestination(config, 'content/articles/a.md')).toBeUndefined();
  });
});

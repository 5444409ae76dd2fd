// The licences of the packages bundled into the app, shipped with it: every
// package whose code electron-vite puts into out/ is named in
// THIRD-PARTY-NOTICES.txt beside the code, with its licence text, since the
// installers carry no node_modules where those texts would otherwise be
// (decision 0006). A package under a licence that asks for its source to be
// offered with the program (the MPL: lunr-languages) also has the files the
// bundle took from it copied unmodified into third-party-source/, so the
// source ships with every installer that runs it (decision 0013). A bundled
// package with no licence text, or under a licence not known here to allow
// shipping in a closed app, fails the build instead of shipping unnoticed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Licences that allow bundling into a closed app with their notice kept. */
const NOTICE_ONLY = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Apache-2.0']);
/** File-level copyleft: the notice, and the source of the files used, go with the app. */
const SOURCE_WITH_APP = new Set(['MPL-1.1', 'MPL-2.0']);

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';
export const SOURCE_DIR = 'third-party-source';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  licenseText: string;
  /** The package's own files the bundle took code from, relative to its folder, sorted. */
  files: string[];
  /** Where the package is installed (its package.json's folder). */
  dir: string;
}

/**
 * The packages behind a bundle's module ids (absolute paths; virtual and
 * project modules are skipped), each once, sorted by name.
 */
export function bundledPackages(moduleIds: Iterable<string>): BundledPackage[] {
  const byDir = new Map<string, BundledPackage>();
  for (const id of moduleIds) {
    const file = id.split('?')[0]!;
    const dir = packageDirOf(file);
    if (dir === undefined) continue;
    let found = byDir.get(dir);
    if (!found) {
      found = readPackage(dir);
      byDir.set(dir, found);
    }
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (!found.files.includes(relative)) found.files.push(relative);
  }
  const packages = [...byDir.values()];
  for (const found of packages) found.files.sort();
  return packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The folder of the package a file under node_modules belongs to. */
function packageDirOf(file: string): string | undefined {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const scoped = parts[at + 1]!.startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join(path.sep);
}

function readPackage(dir: string): BundledPackage {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: unknown;
  };
  const license = typeof manifest.license === 'string' ? manifest.license : '';
  if (!NOTICE_ONLY.has(license) && !SOURCE_WITH_APP.has(license)) {
    throw new Error(
      `${manifest.name}@${manifest.version} is bundled into the app under the licence ${JSON.stringify(license)}, ` +
        `which scripts/build/third-party-notices.ts does not know to allow: check it, then add it there`,
    );
  }
  const licenseFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  if (licenseFile === undefined) {
    throw new Error(
      `${manifest.name}@${manifest.version} is bundled into the app but has no licence file to ship with it`,
    );
  }
  return {
    name: manifest.name,
    version: manifest.version,
    license,
    licenseText: readFileSync(path.join(dir, licenseFile), 'utf8').trim(),
    files: [],
    dir,
  };
}

/** The notices file: each package, its licence and, where its licence asks, where its source is. */
export function noticesText(part: string, packages: readonly BundledPackage[]): string {
  const rule = '-'.repeat(72);
  const sections = packages.map((found) => {
    const source = SOURCE_WITH_APP.has(found.license)
      ? `\nThe source of the files used from it is included unmodified in ${SOURCE_DIR}/${found.name}/ beside this file.\n`
      : '';
    return `${rule}\n${found.name} ${found.version} (${found.license})\n${source}\n${found.licenseText}\n`;
  });
  return (
    `Third-party software in the app's ${part} code, bundled from these packages:\n\n` +
    `${packages.map((found) => `- ${found.name} ${found.version} (${found.license})`).join('\n')}\n\n` +
    sections.join('\n')
  );
}

/** The files to copy for the packages whose licence asks for their source with the app. */
export function sourceFiles(
  packages: readonly BundledPackage[],
): Array<{ fileName: string; from: string }> {
  return packages
    .filter((found) => SOURCE_WITH_APP.has(found.license))
    .flatMap((found) => [
      ...found.files.map((file) => ({
        fileName: `${SOURCE_DIR}/${found.name}/${file}`,
        from: path.join(found.dir, file),
      })),
      ...['LICENSE', 'package.json']
        .filter((file) => existsSync(path.join(found.dir, file)) && !found.files.includes(file))
        .map((file) => ({
          fileName: `${SOURCE_DIR}/${found.name}/${file}`,
          from: path.join(found.dir, file),
        })),
    ]);
}

/** Emits the notices (and any source a licence asks for) with each bundle: main, preload, renderer. */
export function thirdPartyNotices(part: string): Plugin {
  return {
    name: 'third-party-notices',
    apply: 'build',
    generateBundle() {
      const packages = bundledPackages(this.getModuleIds());
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: noticesText(part, packages) });
      for (const { fileName, from } of sourceFiles(packages)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
      }
    },
  };
}

// npm run dist:check [-- <dist folder>]: opens what electron-builder packed
// (dist/*-unpacked, dist/mac*) and checks that the app will find everything
// at run time: the main entry package.json names, its chunks and search
// worker, the preload, the renderer and the files its page loads, every
// package the main process imports, the compiled collection beside
// app.asar, and the fuses flipped in the executable. It also keeps out what
// the app does not run: a package in app.asar that the main process does not
// import (the compiler's jsdom once made the archive 17 MB), and an archive
// over its size budget. It prints what the archive holds, by part. tests/package runs the
// same checks on a pack made with a stand-in Electron; the release workflow
// runs them on the real installers' contents.
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFile, listPackage, statFile, uncache } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { parse } from 'yaml';
import { COLLECTION_FILES, ManifestSchema } from '../common/collection';
import { builtAppFiles } from '../main/electron/built-layout';

/** @electron/fuses' FuseState: the wire holds ASCII '0' and '1'. */
const FUSE_DISABLED = 48;
const FUSE_ENABLED = 49;

export interface PackagedApp {
  /** The folder electron-builder packed the app into, e.g. dist/linux-unpacked. */
  appOutDir: string;
  /** process.resourcesPath of the packaged app. */
  resourcesDir: string;
  /** What @electron/fuses reads the fuse wire from (the .app on macOS). */
  fuseTarget: string;
}

/** The unpacked apps electron-builder leaves in its output folder. */
export function findPackagedApps(distDir: string): PackagedApp[] {
  if (!existsSync(distDir)) return [];
  const apps: PackagedApp[] = [];
  for (const entry of readdirSync(distDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const appOutDir = path.join(distDir, entry.name);
    if (/^(linux|win)(-[a-z0-9]+)?-unpacked$/.test(entry.name)) {
      const executable = readdirSync(appOutDir).find((name) => isMainExecutable(appOutDir, name));
      apps.push({
        appOutDir,
        resourcesDir: path.join(appOutDir, 'resources'),
        fuseTarget: path.join(appOutDir, executable ?? '(no executable found)'),
      });
    } else if (/^mac(-[a-z0-9]+)?$/.test(entry.name)) {
      const bundle = readdirSync(appOutDir).find((name) => name.endsWith('.app'));
      if (!bundle) continue;
      apps.push({
        appOutDir,
        resourcesDir: path.join(appOutDir, bundle, 'Contents', 'Resources'),
        fuseTarget: path.join(appOutDir, bundle),
      });
    }
  }
  return apps;
}

/** The app's own executable, not Chromium's helpers beside it. */
function isMainExecutable(dir: string, name: string): boolean {
  if (name.endsWith('.exe')) return !/^elevate\.exe$/i.test(name);
  if (name.includes('.') || ['chrome-sandbox', 'chrome_crashpad_handler'].includes(name)) {
    return false;
  }
  // Linux: an ELF binary with no extension ('version' is a text file).
  let fd: number | undefined;
  try {
    fd = openSync(path.join(dir, name), 'r');
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head.toString('latin1') === '\x7fELF';
  } catch {
    return false; // a folder such as locales/
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The most app.asar may weigh: the app's own code with the packages it
 * bundles. The collection sits beside the archive and does not count.
 */
export const APP_ARCHIVE_BUDGET_BYTES = 3 * 1024 * 1024;

export interface CheckOptions {
  /** The fuses electron-builder.yml asks for; omit for a stand-in Electron. */
  expectedFuses?: Record<string, boolean>;
}

/** Everything wrong with one packaged app, in words; empty when it is whole. */
export async function checkPackagedApp(
  app: PackagedApp,
  options: CheckOptions = {},
): Promise<string[]> {
  const problems: string[] = [];
  const archive = path.join(app.resourcesDir, 'app.asar');
  if (!existsSync(archive)) return [`no app.asar in ${app.resourcesDir}`];
  try {
    problems.push(...checkArchive(archive));
    const bytes = statSync(archive).size;
    if (bytes > APP_ARCHIVE_BUDGET_BYTES) {
      problems.push(
        `app.asar is ${megabytes(bytes)}, over its ${megabytes(APP_ARCHIVE_BUDGET_BYTES)} budget: ${describeArchive(
          archive,
        )
          .slice(0, 5)
          .map(({ part, bytes }) => `${part} ${megabytes(bytes)}`)
          .join(', ')}`,
      );
    }
  } finally {
    uncache(archive);
  }
  problems.push(...checkCollection(path.join(app.resourcesDir, 'content')));
  if (options.expectedFuses) problems.push(...(await checkFuses(app, options.expectedFuses)));
  return problems;
}

export function checkArchive(archive: string): string[] {
  const problems: string[] = [];
  // Listed with the platform's separator and a leading one; compare as posix.
  const files = new Set(
    listPackage(archive, { isPack: false }).map((file) =>
      file.split(path.sep).join('/').replace(/^\/+/, ''),
    ),
  );
  // @electron/asar walks paths by the platform's separator.
  const read = (file: string) =>
    extractFile(archive, file.split('/').join(path.sep)).toString('utf8');
  const need = (file: string, what: string) => {
    if (!files.has(file)) problems.push(`app.asar has no ${file} (${what})`);
    return files.has(file);
  };

  if (!need('package.json', 'it names the main entry')) return problems;
  const pkg = JSON.parse(read('package.json')) as { main?: string; dependencies?: object };
  const mainEntry = path.posix.normalize(pkg.main ?? 'index.js');
  need(mainEntry, 'the main process, named by package.json "main"');

  const mainDir = path.posix.dirname(mainEntry);
  const built = builtAppFiles(mainDir);
  const posixPath = (p: string) => path.posix.normalize(p.split(path.sep).join('/'));
  need(posixPath(built.searchWorker), 'the search worker');
  need(posixPath(built.preloadPath), 'the preload');
  const rendererDir = posixPath(built.rendererDir);
  if (need(`${rendererDir}/index.html`, 'the renderer page')) {
    for (const ref of pageReferences(read(`${rendererDir}/index.html`))) {
      need(path.posix.join(rendererDir, ref), 'loaded by the renderer page');
    }
  }

  for (const file of files) {
    if (file.endsWith('.map')) problems.push(`app.asar carries a source map: ${file}`);
  }

  // Every module the main process and its worker import must be inside.
  const imported = new Set<string>();
  for (const file of [...files].filter((f) => f.startsWith(`${mainDir}/`) && f.endsWith('.js'))) {
    for (const specifier of importsOf(read(file))) {
      if (specifier.startsWith('.')) {
        need(path.posix.join(path.posix.dirname(file), specifier), `imported by ${file}`);
      } else if (!isBuiltin(specifier) && specifier !== 'electron') {
        const name = packageName(specifier);
        imported.add(name);
        need(`node_modules/${name}/package.json`, `package ${name}, imported by ${file}`);
      }
    }
  }

  // And nothing else: a package rides along only as what an imported one needs.
  const packaged = [...files]
    .map((file) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined);
  const needed = new Set<string>();
  const visit = (name: string) => {
    if (needed.has(name) || !files.has(`node_modules/${name}/package.json`)) return;
    needed.add(name);
    const manifest = JSON.parse(read(`node_modules/${name}/package.json`)) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys({
      ...manifest.dependencies,
      ...manifest.optionalDependencies,
    })) {
      visit(dependency);
    }
  };
  imported.forEach(visit);
  for (const name of packaged) {
    if (!needed.has(name)) {
      problems.push(
        `app.asar carries package ${name}, which the main process does not import (a development package listed in "dependencies"?)`,
      );
    }
  }
  return problems;
}

/** What app.asar holds, by part (out/main, out/renderer, a package), largest first. */
export function describeArchive(archive: string): Array<{ part: string; bytes: number }> {
  const parts = new Map<string, number>();
  for (const listed of listPackage(archive, { isPack: false })) {
    const file = listed.split(path.sep).join('/').replace(/^\/+/, '');
    const entry = statFile(archive, file.split('/').join(path.sep), false) as { size?: number };
    if (entry.size === undefined) continue;
    const segments = file.split('/');
    const depth = segments[0] === 'node_modules' ? (segments[1]?.startsWith('@') ? 3 : 2) : 2;
    const part = segments.length > depth ? segments.slice(0, depth).join('/') : file;
    parts.set(part, (parts.get(part) ?? 0) + entry.size);
  }
  return [...parts].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Scripts, styles and icons the built index.html loads, relative to it. */
function pageReferences(html: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) {
    const ref = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('#')) continue;
    refs.push(ref.replace(/^\.\//, '').split(/[?#]/)[0]!);
  }
  return refs;
}

/** Static and dynamic import specifiers of a built ES module. */
function importsOf(source: string): string[] {
  const specifiers = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g,
    /\bexport\s*[\w*${}\s,]+from\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) specifiers.add(match[1]!);
  }
  return [...specifiers];
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function checkCollection(contentDir: string): string[] {
  const manifestPath = path.join(contentDir, COLLECTION_FILES.manifest);
  if (!existsSync(manifestPath)) return [`no compiled collection: ${manifestPath} is missing`];
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) return [`${manifestPath} is not a collection manifest`];
  const problems: string[] = [];
  if (parsed.data.articles.length === 0) problems.push(`${manifestPath} lists no articles`);
  for (const { id } of parsed.data.articles) {
    const file = path.join(contentDir, COLLECTION_FILES.articlesDir, `${id}.json`);
    if (!existsSync(file)) problems.push(`the collection lists ${id} but ${file} is missing`);
  }
  if (!existsSync(path.join(contentDir, COLLECTION_FILES.searchIndex))) {
    problems.push(`the collection has no ${COLLECTION_FILES.searchIndex}`);
  }
  return problems;
}

async function checkFuses(app: PackagedApp, expected: Record<string, boolean>): Promise<string[]> {
  let wire: Record<string, unknown>;
  try {
    wire = (await getCurrentFuseWire(app.fuseTarget)) as unknown as Record<string, unknown>;
  } catch (error) {
    return [`could not read the fuses of ${app.fuseTarget}: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  for (const [key, enabled] of Object.entries(expected)) {
    if (key === 'resetAdHocDarwinSignature') continue; // a signing step, not a fuse
    const option = key[0]!.toUpperCase() + key.slice(1);
    const index = (FuseV1Options as unknown as Record<string, number>)[option];
    if (index === undefined) {
      problems.push(`electron-builder.yml names an unknown fuse: ${key}`);
      continue;
    }
    const actual = wire[index];
    if (actual !== (enabled ? FUSE_ENABLED : FUSE_DISABLED)) {
      problems.push(`fuse ${key} should be ${enabled ? 'on' : 'off'} in ${app.fuseTarget}`);
    }
  }
  return problems;
}

export function fusesFromBuilderConfig(configFile: string): Record<string, boolean> {
  const config = parse(readFileSync(configFile, 'utf8')) as { electronFuses?: object | null };
  if (!config.electronFuses) throw new Error(`${configFile} flips no fuses (electronFuses)`);
  return config.electronFuses as Record<string, boolean>;
}

async function main(argv: string[]): Promise<number> {
  const distDir = path.resolve(argv[0] ?? 'dist');
  const apps = findPackagedApps(distDir);
  if (apps.length === 0) {
    process.stderr.write(`dist:check: no packaged app in ${distDir}; run npm run dist first\n`);
    return 1;
  }
  const expectedFuses = fusesFromBuilderConfig(path.resolve('electron-builder.yml'));
  let failed = false;
  for (const app of apps) {
    const problems = await checkPackagedApp(app, { expectedFuses });
    const name = path.relative(process.cwd(), app.appOutDir);
    const archive = path.join(app.resourcesDir, 'app.asar');
    if (existsSync(archive)) {
      const parts = describeArchive(archive);
      uncache(archive);
      process.stdout.write(
        `${name}: app.asar ${megabytes(statSync(archive).size)} (${parts
          .slice(0, 6)
          .map(({ part, bytes }) => `${part} ${megabytes(bytes)}`)
          .join(', ')})\n`,
      );
    }
    if (problems.length === 0) {
      process.stdout.write(`${name}: complete (app.asar, collection, fuses)\n`);
    } else {
      failed = true;
      for (const problem of problems) process.stderr.write(`${name}: ${problem}\n`);
    }
  }
  return failed ? 1 : 0;
}

// Run only when executed directly, not when a test imports the checks.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}

// Reads electron-builder.yml and answers "does this project file end up in
// the package, and where?" the way electron-builder's file matcher does
// (app-builder-lib/out/fileMatcher.js and util/filter.js, minimatch 10 with
// dot files): patterns are tried in order and the last one that matches wins;
// a plain folder name (no glob, no dot) also matches everything under it.
// tests/package checks the same rules against electron-builder itself.
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Minimatch } from 'minimatch';
import { parse } from 'yaml';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface FileSet {
  from?: string;
  to?: string;
  filter?: string | string[];
}

type FilePatterns = string | Array<string | FileSet>;

export interface BuilderConfig {
  files?: FilePatterns;
  extraResources?: FilePatterns;
  [key: string]: unknown;
}

export function readBuilderConfig(): BuilderConfig {
  return parse(readFileSync(resolve(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

export function readPackageJson(): Record<string, unknown> & {
  main: string;
  productName?: string;
  name: string;
  version: string;
} {
  return JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8'));
}

const matcherOptions = { dot: true };

function compile(patterns: readonly string[]): Minimatch[] {
  const compiled: Minimatch[] = [];
  for (const raw of patterns) {
    const pattern = posix.normalize(raw.replace(/\\/g, '/').replace(/^\.\//, ''));
    const matcher = new Minimatch(pattern, matcherOptions);
    compiled.push(matcher);
    // electron-builder's rule: "out/main" means the folder and all inside it.
    if (!pattern.includes('.') && !matcher.hasMagic()) {
      compiled.push(new Minimatch(`${pattern}/**/*`, matcherOptions));
    }
  }
  return compiled;
}

/** Last match wins; a negated pattern can only take a file back out. */
function matchesAll(path: string, patterns: readonly Minimatch[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (included !== pattern.negate) continue;
    included = pattern.match(path);
  }
  return included;
}

function asList(patterns: FilePatterns | undefined): Array<string | FileSet> {
  if (patterns === undefined) return [];
  return Array.isArray(patterns) ? patterns : [patterns];
}

/**
 * Whether a file of the project (path relative to the project root, with
 * forward slashes) is copied into app.asar by the `files` rules. electron-
 * builder always adds package.json, and drops source maps' cousins like
 * *.d.ts; only the rules that can touch built output are modelled.
 */
export function isInAppArchive(config: BuilderConfig, path: string): boolean {
  const strings = asList(config.files).filter((p): p is string => typeof p === 'string');
  const patterns = [...strings];
  if (!patterns.includes('package.json')) patterns.push('package.json');
  patterns.push('!**/*.d.ts', '!**/electron-builder.{yaml,yml,json,json5,toml,ts}');
  return matchesAll(path, compile(patterns));
}

/**
 * Where a project file lands among the packaged app's resources (relative to
 * process.resourcesPath), or undefined when no extraResources rule copies it.
 */
export function resourceDestination(config: BuilderConfig, path: string): string | undefined {
  for (const entry of asList(config.extraResources)) {
    const set: FileSet = typeof entry === 'string' ? { filter: [entry] } : entry;
    const from = posix.normalize(set.from ?? '.');
    const inside =
      from === '.' ? path : path.startsWith(`${from}/`) ? path.slice(from.length + 1) : undefined;
    if (inside === undefined) continue;
    const filter = set.filter === undefined ? ['**/*'] : asList(set.filter).map(String);
    if (!matchesAll(inside, compile(filter))) continue;
    // Without `to`, electron-builder copies into the resources folder itself.
    const to = set.to ?? '.';
    return posix.join(to, inside);
  }
  return undefined;
}

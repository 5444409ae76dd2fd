// What a Markdown document in this repository claims exists: npm scripts,
// repository paths, links (with their #anchors) and shell commands. Each
// finder returns the broken references as one readable line each, so a
// renamed file or script shows up as the exact doc and name to fix.
//
// Precision over reach: a path is only checked when it is written as code
// (`main/search/words.ts`, or inside a code block) and starts with one of
// the repository's own top-level folders, so prose such as "and/or" or a
// placeholder such as `<userData>/annotations/` is never taken for a path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Repository {
  root: string;
  /** The names under package.json "scripts". */
  scripts: ReadonlySet<string>;
}

/** Build output and tools' folders: named in docs, never part of the repository. */
const NOT_IN_REPOSITORY = new Set(['node_modules', 'out', 'dist', 'test-results', '.git']);

/** npm's own commands that need no entry under "scripts". */
const NPM_BUILT_INS = new Set(['install', 'ci']);

export interface CodeBlock {
  /** The word after the opening fence (sh, markdown...), or ''. */
  lang: string;
  lines: string[];
}

export interface SplitMarkdown {
  /** The text with code blocks and code spans blanked out. */
  prose: string;
  blocks: CodeBlock[];
  spans: string[];
}

/** Separates fenced code blocks and inline code spans from the prose around them. */
export function splitMarkdown(text: string): SplitMarkdown {
  const blocks: CodeBlock[] = [];
  const proseLines: string[] = [];
  let open: CodeBlock | undefined;
  let fence = '';
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (!open && marker) {
      fence = marker[1]!;
      open = { lang: marker[2] ?? '', lines: [] };
      proseLines.push('');
    } else if (open && line.trim().startsWith(fence)) {
      blocks.push(open);
      open = undefined;
      proseLines.push('');
    } else if (open) {
      open.lines.push(line.trim());
      proseLines.push('');
    } else {
      proseLines.push(line);
    }
  }
  if (open) blocks.push(open);
  const spans: string[] = [];
  const prose = proseLines
    .join('\n')
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_whole, _ticks: string, code: string) => {
      spans.push(code.trim());
      return ' ';
    });
  return { prose, blocks, spans };
}

/** The scripts a document runs: `npm run x`, `npm start`, `npm test`, wherever written. */
export function npmScriptsNamed(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\bnpm (?:run(?:-script)? ([\w:.-]*\w)|(start|test)\b)/g)) {
    names.push(match[1] ?? match[2]!);
  }
  return names;
}

export function brokenScripts(text: string, repo: Repository): string[] {
  return [...new Set(npmScriptsNamed(text))]
    .filter((name) => !repo.scripts.has(name))
    .map((name) => `npm script "${name}" is not in package.json`);
}

function topLevelEntries(root: string): Set<string> {
  return new Set(readdirSync(root).filter((name) => !NOT_IN_REPOSITORY.has(name)));
}

/** Words of code that are repository paths: `common/api.ts`, `tests/e2e/`, `.ci/run`. */
export function repositoryPathsIn(code: string, root: string): string[] {
  const top = topLevelEntries(root);
  const paths: string[] = [];
  for (const word of code.split(/\s+/)) {
    const candidate = word.replace(/^[("'`[]+/, '').replace(/[)"'`,.;:\]]+$/, '');
    if (!/^\.?[\w@-][\w@.-]*(\/[\w@.-]+)*\/?$/.test(candidate)) continue;
    if (!candidate.includes('/')) continue;
    const first = candidate.split('/')[0]!;
    if (top.has(first)) paths.push(candidate);
  }
  return paths;
}

export function brokenPaths(split: SplitMarkdown, repo: Repository): string[] {
  const code = [
    ...split.spans,
    ...split.blocks.flatMap((b) => (b.lang === 'markdown' ? [] : b.lines)),
  ];
  const named = new Set(code.flatMap((c) => repositoryPathsIn(c, repo.root)));
  return [...named]
    .filter((p) => !existsSync(path.join(repo.root, p)))
    .map((p) => `\`${p}\` does not exist in the repository`);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of codeFreeLines(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]!
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** The document's lines outside fenced code blocks, code spans left as written. */
function codeFreeLines(text: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line);
    if (!fence && marker) fence = marker[1];
    else if (fence && line.trim().startsWith(fence)) fence = undefined;
    else if (!fence) lines.push(line);
  }
  return lines;
}

/** Markdown links and images whose target is in the repository (no scheme). */
export function brokenLinks(
  docPath: string,
  text: string,
  split: SplitMarkdown,
  repo: Repository,
): string[] {
  const problems: string[] = [];
  for (const match of split.prose.matchAll(
    /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
  )) {
    const target = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const [file, anchor] = target.split('#') as [string, string | undefined];
    const sameDocument = file === '';
    const resolved = sameDocument ? docPath : path.resolve(path.dirname(docPath), file);
    if (!sameDocument && !existsSync(resolved)) {
      problems.push(
        `link (${target}) points at ${path.relative(repo.root, resolved)}, which does not exist`,
      );
      continue;
    }
    if (anchor === undefined || (!sameDocument && statSync(resolved).isDirectory())) continue;
    const targetText = sameDocument ? text : readFileSync(resolved, 'utf8');
    if (!headingAnchors(targetText).has(anchor)) {
      problems.push(
        `link (${target}): ${path.relative(repo.root, resolved)} has no heading #${anchor}`,
      );
    }
  }
  return problems;
}

/**
 * Checks one shell command line against the repository: a script it runs must
 * be in package.json, a file it runs or points a tool at must exist. A line in
 * no known form is reported too, so every figure-producing command is checked.
 */
export function brokenCommand(line: string, repo: Repository): string[] {
  const problems: string[] = [];
  for (const part of line.replace(/\s#.*$/, '').split(/&&|\|\|/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) words.shift();
    if (words[0] === 'xvfb-run') words.shift();
    if (words.length === 0) continue;
    const [tool, first, second, ...rest] = words;
    const exists = (p: string) => existsSync(path.join(repo.root, p));
    const mustExist = (p: string | undefined) => {
      if (!p || !exists(p)) problems.push(`\`${line}\`: ${p ?? 'no file'} does not exist`);
    };
    if (tool === 'npm' && first === 'run') {
      if (!second || !repo.scripts.has(second)) {
        problems.push(`\`${line}\`: npm script "${second}" is not in package.json`);
      }
    } else if (tool === 'npm' && first && (first === 'start' || first === 'test')) {
      if (!repo.scripts.has(first))
        problems.push(`\`${line}\`: npm script "${first}" is not in package.json`);
    } else if (tool === 'npm' && first && NPM_BUILT_INS.has(first)) {
      // npm's own command
    } else if ((tool === 'bash' || tool === 'sh' || tool === 'node' || tool === 'tsx') && first) {
      mustExist(first);
    } else if (tool === 'npx' && first === 'tsx') {
      mustExist(second);
    } else if (tool === 'npx' && first === 'vitest' && second === 'run') {
      const files = rest.filter((w) => !w.startsWith('-'));
      if (files.length === 0) problems.push(`\`${line}\`: names no test file`);
      files.forEach(mustExist);
    } else if (tool === 'npx' && first === 'playwright' && second === 'test') {
      problems.push(...brokenPlaywrightRun(line, rest, repo));
    } else {
      problems.push(`\`${line}\`: not a command this check knows how to verify`);
    }
  }
  return problems;
}

/** `npx playwright test -c <config> [filters]`: the config exists and each filter picks a spec. */
function brokenPlaywrightRun(line: string, args: string[], repo: Repository): string[] {
  const at = args.indexOf('-c');
  const config = at >= 0 ? args[at + 1] : undefined;
  if (!config || !existsSync(path.join(repo.root, config))) {
    return [`\`${line}\`: Playwright config ${config ?? '(none given)'} does not exist`];
  }
  const specs = readdirSync(path.join(repo.root, path.dirname(config))).filter((f) =>
    f.endsWith('.spec.ts'),
  );
  return args
    .filter((w, i) => !w.startsWith('-') && i !== at + 1)
    .filter((filter) => !specs.some((spec) => spec.includes(filter)))
    .map((filter) => `\`${line}\`: no spec in ${path.dirname(config)} matches "${filter}"`);
}

/** Every command line in the document's sh code blocks. */
export function shellCommands(split: SplitMarkdown): string[] {
  return split.blocks
    .filter((b) => b.lang === 'sh' || b.lang === 'bash')
    .flatMap((b) => b.lines)
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Every broken reference in one document. */
export function brokenReferences(docPath: string, text: string, repo: Repository): string[] {
  const split = splitMarkdown(text);
  return [
    ...brokenScripts(text, repo),
    ...brokenPaths(split, repo),
    ...brokenLinks(docPath, text, split, repo),
    ...shellCommands(split).flatMap((line) => brokenCommand(line, repo)),
  ];
}

export function readRepository(root: string): Repository {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return { root, scripts: new Set(Object.keys(pkg.scripts)) };
}

/** README.md and every Markdown file under docs/. */
export function documentationFiles(root: string): string[] {
  const found = [path.join(root, 'README.md')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) found.push(full);
    }
  };
  walk(path.join(root, 'docs'));
  return found;
}

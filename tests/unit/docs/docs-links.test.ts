// The README and docs/ are how a newcomer finds their way, so what they name
// must exist: every npm script, every repository path written as code, every
// link and heading anchor, and every command in a shell block (the ones in
// docs/benchmarks.md produce the recorded figures). A renamed file or script
// fails here with the document and the name to fix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  brokenCommand,
  brokenReferences,
  documentationFiles,
  headingAnchors,
  npmScriptsNamed,
  readRepository,
  shellCommands,
  splitMarkdown,
} from '../../support/doc-references';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const repo = readRepository(root);
const docs = documentationFiles(root);
const read = (file: string) => readFileSync(file, 'utf8');
const inDocs = (name: string) => path.join(root, 'docs', name);

describe('README.md and docs/ name only what exists', () => {
  it('finds the README and the docs', () => {
    const names = docs.map((file) => path.relative(root, file));
    expect(names).toContain('README.md');
    expect(names).toContain(path.join('docs', 'benchmarks.md'));
  });

  it.each(docs.map((file) => [path.relative(root, file), file]))(
    '%s: scripts, paths, links and commands are real',
    (_name, file) => {
      expect(brokenReferences(file, read(file), repo)).toEqual([]);
    },
  );

  it("the README's scripts table lists every package.json script", () => {
    const table = read(path.join(root, 'README.md'))
      .split(/^## /m)
      .find((s) => s.startsWith('Scripts'));
    expect(table, 'README.md has a "## Scripts" section').toBeDefined();
    expect(new Set(npmScriptsNamed(table!))).toEqual(new Set(repo.scripts));
  });

  it('every command in docs/benchmarks.md is in a shell block, where it is checked', () => {
    const split = splitMarkdown(read(inDocs('benchmarks.md')));
    expect(split.blocks.map((b) => b.lang).filter((lang) => lang !== 'sh')).toEqual([]);
    const commands = shellCommands(split);
    expect(commands).toEqual(
      expect.arrayContaining([expect.stringMatching(/^npm run bench:search /)]),
    );
    expect(commands).toEqual(expect.arrayContaining(['npm run bench:highlights']));
  });
});

describe('the check itself: it catches what moved and leaves prose alone', () => {
  const check = (text: string) => brokenReferences(inDocs('example.md'), text, repo);

  it('reports a renamed or missing file written as code, in a span or a block', () => {
    expect(check('The words are cut in `main/search/word.ts`.')).toEqual([
      '`main/search/word.ts` does not exist in the repository',
    ]);
    expect(check('```sh\nbash scripts/corpora/kernel-doc.sh /tmp/k\n```')).toContain(
      '`scripts/corpora/kernel-doc.sh` does not exist in the repository',
    );
    expect(check('See `main/search/words.ts` and `tests/e2e/`.')).toEqual([]);
  });

  it('does not take prose, placeholders or build output for repository paths', () => {
    expect(
      check(
        'It reads and/or writes main/ or preload/ input/output; the store is in ' +
          '`<userData>/annotations/`, the build in `out/content/` and `dist/`, ' +
          'the link `app://reader/index.html#/article/<id>`.',
      ),
    ).toEqual([]);
  });

  it('reports an npm script that package.json does not have', () => {
    expect(check('Measure with `npm run bench:library`.')).toEqual([
      'npm script "bench:library" is not in package.json',
    ]);
    expect(check('Run `npm test`, `npm start` or `npm run test:unit`.')).toEqual([]);
  });

  it('reports a link to a missing file or heading, and ignores web links', () => {
    expect(check('[gone](missing.md) and [web](https://example.org/x.md)')).toEqual([
      `link (missing.md) points at ${path.join('docs', 'missing.md')}, which does not exist`,
    ]);
    expect(check('[how](search.md#how-it-works), [top](#a-heading)\n\n## A heading')).toEqual([]);
    expect(check('[how](search.md#how-it-work)')).toEqual([
      `link (search.md#how-it-work): ${path.join('docs', 'search.md')} has no heading #how-it-work`,
    ]);
  });

  it('reads heading anchors as GitHub writes them', () => {
    const anchors = headingAnchors(
      '# Publishing\n## 2. Check them: `npm run content:build`\n## Tests\n## Tests\n```sh\n# not a heading\n```',
    );
    expect([...anchors]).toEqual([
      'publishing',
      '2-check-them-npm-run-contentbuild',
      'tests',
      'tests-1',
    ]);
  });

  it('verifies each command form, and refuses one it cannot verify', () => {
    const config = 'tests/e2e/playwright.config.ts';
    expect(
      brokenCommand(`READER_SCALE_CONTENT_DIR=/tmp/k npx playwright test -c ${config} scale`, repo),
    ).toEqual([]);
    expect(brokenCommand(`npx playwright test -c ${config} scael`, repo)).toEqual([
      `\`npx playwright test -c ${config} scael\`: no spec in tests/e2e matches "scael"`,
    ]);
    expect(brokenCommand('npm run build && npx tsx scripts/bench-searches.ts', repo)).toEqual([
      '`npm run build && npx tsx scripts/bench-searches.ts`: scripts/bench-searches.ts does not exist',
    ]);
    expect(brokenCommand('make bench', repo)).toEqual([
      '`make bench`: not a command this check knows how to verify',
    ]);
  });
});

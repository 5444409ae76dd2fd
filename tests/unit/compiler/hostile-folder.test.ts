// One content folder holding every kind of hostile source at once, next to
// good ones, compiled by the content:build command with --keep-going: each
// bad file is rejected with one clear line, the good files are still
// compiled, and nothing is written anywhere but --out.
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/content-build';
import { makeTempDir } from '../../support/temp-dir';

const FIFTY_MB = 50 * 1024 * 1024;

/** File name -> contents, and the rejection code each must get. */
const HOSTILE: Record<string, { bytes: string | Buffer; code: string }> = {
  'empty.md': { bytes: '', code: 'empty' },
  'blank.txt': { bytes: ' \n\t\n\n  ', code: 'empty' },
  'image.md': {
    bytes: Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64),
    ]),
    code: 'not-text',
  },
  'latin1.txt': {
    bytes: Buffer.from('Caf\xe9 au lait, pr\xeat \xe0 boire.', 'latin1'),
    code: 'not-text',
  },
  'huge.txt': {
    bytes: 'All work and no play makes a dull article.\n'.repeat(FIFTY_MB / 43),
    code: 'too-large',
  },
  'nested.html': {
    bytes: `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`,
    code: 'too-complex',
  },
  'quotes.md': { bytes: `${'> '.repeat(20_000)}deep`, code: 'too-complex' },
  'not-yaml.md': {
    bytes: '---\ntitle: [unclosed\n  : : :\n---\nSome text.',
    code: 'bad-front-matter',
  },
  'yaml-list.md': { bytes: '---\n- a\n- b\n---\nSome text.', code: 'bad-front-matter' },
  'yaml-bomb.md': {
    bytes: [
      '---',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'title: Laughs',
      '---',
      'Some text.',
    ].join('\n'),
    code: 'bad-front-matter',
  },
  'escape-up.md': { bytes: '---\nid: ../../escaped\n---\nText.', code: 'bad-id' },
  'escape-abs.md': { bytes: '---\nid: /tmp/escaped\n---\nText.', code: 'bad-id' },
  'escape-win.md': { bytes: '---\nid: ..\\..\\escaped\n---\nText.', code: 'bad-id' },
  'escape-nul.md': { bytes: '---\nid: "ok\\0../escaped"\n---\nText.', code: 'bad-id' },
  'zz-duplicate.md': {
    bytes: '---\nid: good-one\n---\nA second article claiming the same id.',
    code: 'duplicate-id',
  },
  'program.exe': { bytes: Buffer.from([0x4d, 0x5a, 0x90, 0x00]), code: 'unsupported-type' },
  'notepad-unicode.txt': {
    bytes: Buffer.from('Saved as UTF-16 without a byte order mark.', 'utf16le'),
    code: 'not-text',
  },
};

/** Link name -> where it points, and the reason each must get. */
const LINKS: Record<string, { target: string; reason: RegExp }> = {
  'passwd.txt': {
    target: '/etc/passwd',
    reason: /outside the content folder/,
  },
  'broken.md': { target: 'missing.md', reason: /a broken link/ },
  'loop.md': { target: 'loop.md', reason: /a link loop/ },
};

const GOOD: Record<string, string> = {
  'good-one.md': '---\ntitle: The Good One\n---\nA perfectly ordinary article about gardens.',
  'good-two.txt': 'The Second Good One\n\nAnother ordinary article, about rivers this time.',
};

/** Bytes outside the content folder that no image reference may bring into the collection. */
const SECRET_IMAGE = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('secret outside the content folder'),
]);

/**
 * Images are assets, not articles: none is rejected, whatever it holds or
 * points to, and none is read unless an article shows it.
 */
const IMAGES: Record<string, Buffer | string> = {
  'diagram.png': Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
  'not-a-picture.jpg': 'plain text with a picture name',
  'script.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
};

/** Image names that are links out of the folder. */
const IMAGE_LINKS: Record<string, string> = { 'escape.png': '/etc/passwd' };

/** An article pointing at every image it must never read. */
const GREEDY_ARTICLE = [
  '# Greedy pictures',
  '',
  'An article that tries to ship what is not its own.',
  '',
  '![The secret](../secret.png)',
  '',
  '![Passwords](/etc/passwd)',
  '',
  '![Far away](https://example.com/tracker.png)',
  '',
  '![Through a link](escape.png)',
].join('\n');

let root: string;
let inDir: string;
let outDir: string;
let result: { code: number; stdout: string[]; stderr: string[] };
let before: string[];
let after: string[];

async function listTree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map((e) => e.split(path.sep).join('/')).sort();
}

beforeAll(async () => {
  root = await makeTempDir('hostile-folder-');
  inDir = path.join(root, 'content');
  outDir = path.join(root, 'out');
  await mkdir(inDir);
  for (const [name, { bytes }] of Object.entries(HOSTILE))
    await writeFile(path.join(inDir, name), bytes);
  for (const [name, text] of Object.entries(GOOD)) await writeFile(path.join(inDir, name), text);
  for (const [name, { target }] of Object.entries(LINKS))
    await symlink(target, path.join(inDir, name));
  for (const [name, bytes] of Object.entries(IMAGES))
    await writeFile(path.join(inDir, name), bytes);
  for (const [name, target] of Object.entries(IMAGE_LINKS))
    await symlink(target, path.join(inDir, name));
  await writeFile(path.join(root, 'secret.png'), SECRET_IMAGE);
  await writeFile(path.join(inDir, 'greedy.md'), GREEDY_ARTICLE);
  expect((await stat(path.join(inDir, 'huge.txt'))).size).toBeGreaterThanOrEqual(FIFTY_MB - 64);
  before = await listTree(root);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['--in', inDir, '--out', outDir, '--keep-going'], {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  result = { code, stdout, stderr };
  after = await listTree(root);
}, 180_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a folder of hostile sources', () => {
  it('builds the good articles and says how many were rejected', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toMatch(
      new RegExp(
        `^3 articles, .* compiled into .*; ${Object.keys(HOSTILE).length + Object.keys(LINKS).length} rejected, \\d+ warnings?$`,
      ),
    );
  });

  it.each(Object.entries(HOSTILE))('rejects %s with one clear line', (name, { code }) => {
    const lines = result.stderr.filter((line) =>
      line.startsWith(`rejected ${path.join(inDir, name)}:`),
    );
    expect(lines, result.stderr.join('\n')).toHaveLength(1);
    const reason = lines[0]!.slice(`rejected ${path.join(inDir, name)}: `.length);
    expect(reason.length).toBeGreaterThan(10);
    expect(reason.length).toBeLessThan(300);
    expect(reason).not.toMatch(/\n|at .*\(.*:\d+:\d+\)|undefined|\[object /);
    expect(code).not.toBe('compiler-error');
  });

  it.each(Object.entries(LINKS))(
    'rejects the link %s with one clear line, never reading through it',
    (name, { reason }) => {
      const prefix = `rejected ${path.join(inDir, name)}: `;
      const lines = result.stderr.filter((line) => line.startsWith(prefix));
      expect(lines, result.stderr.join('\n')).toHaveLength(1);
      expect(lines[0]!.slice(prefix.length)).toMatch(reason);
    },
  );

  it('rejects no image file, whatever it holds or points to: images are assets', () => {
    for (const name of [...Object.keys(IMAGES), ...Object.keys(IMAGE_LINKS)]) {
      const rejected = result.stderr.filter(
        (line) => line.startsWith('rejected ') && line.includes(name),
      );
      expect(rejected).toEqual([]);
    }
  });

  it('shows an image that is a link out of the folder as its alt text, with a warning naming it', () => {
    const warnings = result.stderr.filter(
      (line) => line.startsWith('warning ') && line.includes('escape.png'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/outside the input folder, which is never read/);
  });

  it('ships no image that is outside the folder, remote, or unused', async () => {
    const shipped = (await listTree(outDir)).filter((entry) => entry.startsWith('assets/'));
    const passwords = await readFile('/etc/passwd');
    for (const entry of shipped) {
      const bytes = await readFile(path.join(outDir, entry));
      expect(bytes.equals(SECRET_IMAGE) || bytes.equals(passwords), entry).toBe(false);
    }
    // No article shows diagram.png, not-a-picture.jpg or script.svg: nothing is copied.
    expect(shipped).toEqual([]);
  });

  it('gives each kind of problem its own reason', async () => {
    const { compileFile } = await import('../../../compiler/index');
    for (const [name, { code }] of Object.entries(HOSTILE)) {
      if (code === 'duplicate-id') continue; // only known across a folder
      const compiled = await compileFile(path.join(inDir, name));
      expect('rejection' in compiled && compiled.rejection.code, name).toBe(code);
    }
    expect(result.stderr.join('\n')).toMatch(
      /zz-duplicate\.md: duplicate id "good-one": already used by .*good-one\.md/,
    );
    // Refused from its text, before a DOM is built: jsdom took 20 s to fail
    // on this one when the compiler parsed with it (found by this test).
    expect(result.stderr.join('\n')).toMatch(/nested\.html: HTML nested about 20000 elements deep/);
  });

  it('writes the good articles, and nothing outside --out', async () => {
    const added = after.filter((entry) => !before.includes(entry));
    // The compile cache beside the output holds only the files that compiled
    // (the two good ones, greedy.md and zz-duplicate.md, whose id clash is
    // found across the folder on every build, not cached) and the search index.
    const cache = added.filter((entry) => entry.startsWith('.out.compile-cache/'));
    expect(cache.filter((entry) => entry.endsWith('.json'))).toHaveLength(4);
    expect(cache.filter((entry) => !entry.endsWith('.json'))).toEqual([
      '.out.compile-cache/search-index.bin',
    ]);
    expect(
      added.filter(
        (entry) =>
          entry !== 'out' &&
          !entry.startsWith('out/') &&
          entry !== '.out.compile-cache' &&
          !cache.includes(entry),
      ),
    ).toEqual([]);
    expect(after.filter((entry) => /escaped/.test(entry))).toEqual([]);
    expect(after.filter((entry) => entry.startsWith('out/articles/passwd'))).toEqual([]);
    expect(await listTree(path.join(outDir, 'articles'))).toEqual([
      'good-one.json',
      'good-two.json',
      'greedy.json',
    ]);
    const good = JSON.parse(await readFile(path.join(outDir, 'articles', 'good-one.json'), 'utf8'));
    expect(good.title).toBe('The Good One');
    // The sources themselves are untouched.
    for (const [name, { bytes }] of Object.entries(HOSTILE)) {
      if (name === 'huge.txt') continue;
      expect(await readFile(path.join(inDir, name)), name).toEqual(Buffer.from(bytes));
    }
  });
});

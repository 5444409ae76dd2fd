// The link pass (compiler/links.ts): links between source files become links
// to articles and blocks; a link that leads nowhere keeps its text, loses the
// link and is a warning with file and line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article, type Mark } from '../../../common/model';
import { resolveLinks, type LinkSource } from '../../../compiler/links';
import { heading, linkSource, paragraphLinking, sourceLink } from '../../support/link-drafts';

function resolved(sources: LinkSource[], rejected: string[] = []) {
  const result = resolveLinks(sources, { rejectedPaths: new Set(rejected) });
  for (const article of result.articles) ArticleSchema.parse(article);
  return result;
}

function linksOf(article: Article): Array<Extract<Mark, { type: 'link' }>> {
  return article.blocks.flatMap((block) =>
    (block.marks ?? []).filter((mark) => mark.type === 'link'),
  );
}

function blockId(source: LinkSource, text: string): string {
  const block = source.article.blocks.find((b) => b.text === text);
  if (!block) throw new Error(`no block "${text}"`);
  return block.id;
}

const os = linkSource('library/os.html', [
  heading('os.walk()', ['os.walk']),
  { kind: 'paragraph', text: 'Walks a tree.' },
]);

describe('the link pass', () => {
  it('links a fragment of the same page to the block it names', () => {
    const guide = linkSource('guide.md', [
      paragraphLinking('Read the install steps first.', 'install steps', '#install'),
      heading('Install', ['install']),
    ]);
    const { articles, warnings } = resolved([guide]);
    expect(linksOf(articles[0]!)).toEqual([
      {
        type: 'link',
        start: 9,
        end: 22,
        target: { kind: 'block', block: blockId(guide, 'Install') },
      },
    ]);
    expect(warnings).toEqual([[]]);
  });

  it('links across folders (../) to the other article at the anchored block', () => {
    const intro = linkSource('tutorial/intro.html', [
      paragraphLinking('Use os.walk to list files.', 'os.walk', '../library/os.html#os.walk'),
    ]);
    const { articles, warnings } = resolved([intro, os]);
    expect(linksOf(articles[0]!).map((mark) => mark.target)).toEqual([
      { kind: 'article', article: 'library-os', block: blockId(os, 'os.walk()') },
    ]);
    expect(warnings).toEqual([[], []]);
    // The article linked to is unchanged.
    expect(articles[1]).toEqual(os.article);
  });

  it("leads an anchor of the heading the parser took as the title to the article's top", () => {
    const sys = linkSource('library/sys.html', [{ kind: 'paragraph', text: 'System.' }], {}, [
      'module-sys',
    ]);
    const intro = linkSource('tutorial/intro.html', [
      paragraphLinking('See sys.', 'sys', '../library/sys.html#module-sys'),
    ]);
    const { articles, warnings } = resolved([intro, sys]);
    expect(linksOf(articles[0]!)[0]!.target).toEqual({ kind: 'article', article: 'library-sys' });
    expect(warnings).toEqual([[], []]);
  });

  it('links to the top of the article when there is no fragment', () => {
    const intro = linkSource('tutorial/intro.html', [
      paragraphLinking('See the os module.', 'os module', '../library/os.html'),
    ]);
    expect(linksOf(resolved([intro, os]).articles[0]!)[0]!.target).toEqual({
      kind: 'article',
      article: 'library-os',
    });
  });

  it('keeps the text of a link to a missing file, drops the link, and warns with file and line', () => {
    const intro = linkSource('tutorial/intro.html', [
      paragraphLinking('See the old page.', 'old page', 'old.html#top', 7),
    ]);
    const { articles, warnings } = resolved([intro]);
    expect(articles[0]!.blocks[0]).toEqual({ ...intro.article.blocks[0] });
    expect(articles[0]!.blocks[0]!.text).toBe('See the old page.');
    expect(linksOf(articles[0]!)).toEqual([]);
    expect(warnings[0]).toEqual([
      {
        path: '/in/tutorial/intro.html',
        line: 7,
        code: 'broken-link',
        message:
          'link to "old.html#top" leads to tutorial/old.html, which is not in the input folder: its text is kept without the link',
      },
    ]);
  });

  it('links to the top of the article, with a warning, when the anchor names nothing there', () => {
    const intro = linkSource('tutorial/intro.html', [
      paragraphLinking('Use os.scan.', 'os.scan', '../library/os.html#os.scan', 3),
      paragraphLinking('Back to the top.', 'top', '#nowhere', 4),
    ]);
    const { articles, warnings } = resolved([intro, os]);
    expect(linksOf(articles[0]!).map((mark) => mark.target)).toEqual([
      { kind: 'article', article: 'library-os' },
      { kind: 'article', article: 'tutorial-intro' },
    ]);
    expect(warnings[0]).toEqual([
      {
        path: '/in/tutorial/intro.html',
        line: 3,
        code: 'missing-anchor',
        message:
          'link to "../library/os.html#os.scan": library/os.html has no anchor "os.scan", so the link opens at the top of the article',
      },
      {
        path: '/in/tutorial/intro.html',
        line: 4,
        code: 'missing-anchor',
        message:
          'link to "#nowhere": this article has no anchor "nowhere", so the link opens at the top of the article',
      },
    ]);
  });

  it('never links outside the input folder, even to a path that would come back in', () => {
    const intro = linkSource('tutorial/intro.html', [
      paragraphLinking('The secret.', 'secret', '../../secret.html'),
      paragraphLinking('Round trip.', 'Round', '../../in/library/os.html'),
      paragraphLinking('Absolute.', 'Absolute', '/library/os.html'),
      paragraphLinking('Encoded.', 'Encoded', '%2e%2e/%2E%2E/secret.html'),
    ]);
    const { articles, warnings } = resolved([intro, os]);
    expect(linksOf(articles[0]!)).toEqual([]);
    expect(warnings[0]!.map((warning) => [warning.code, warning.message])).toEqual([
      [
        'broken-link',
        'link to "../../secret.html" leads outside the input folder: its text is kept without the link',
      ],
      [
        'broken-link',
        'link to "../../in/library/os.html" leads outside the input folder: its text is kept without the link',
      ],
      [
        'broken-link',
        'link to "/library/os.html" is not a path relative to this file: its text is kept without the link',
      ],
      [
        'broken-link',
        'link to "%2e%2e/%2E%2E/secret.html" leads outside the input folder: its text is kept without the link',
      ],
    ]);
  });

  it('says so when the file linked to was rejected', () => {
    const intro = linkSource('intro.md', [paragraphLinking('See the notes.', 'notes', 'notes.md')]);
    const { articles, warnings } = resolved([intro], ['notes.md']);
    expect(linksOf(articles[0]!)).toEqual([]);
    expect(warnings[0]![0]!.message).toBe(
      'link to "notes.md" leads to notes.md, which was rejected: its text is kept without the link',
    );
  });

  it('puts links back in the order the parser made the marks, among the others', () => {
    const mixed = linkSource('mixed.md', [
      {
        kind: 'paragraph',
        text: 'One two three four',
        marks: [
          { type: 'emphasis', start: 0, end: 3 },
          sourceLink(4, 7, 'library/os.html'),
          { type: 'strong', start: 8, end: 13 },
          sourceLink(14, 18, 'gone.md'),
        ],
      },
    ]);
    const osAtTop = linkSource('library/os.html', [{ kind: 'paragraph', text: 'Os.' }]);
    const { articles } = resolved([mixed, osAtTop]);
    expect(articles[0]!.blocks[0]!.marks).toEqual([
      { type: 'emphasis', start: 0, end: 3 },
      { type: 'link', start: 4, end: 7, target: { kind: 'article', article: 'library-os' } },
      { type: 'strong', start: 8, end: 13 },
    ]);
  });

  it('changes the content hash with where the links lead, and only then', () => {
    const intro = linkSource('intro.md', [paragraphLinking('See os.', 'os', 'library/os.html')]);
    const withTarget = resolved([intro, os]).articles[0]!;
    const again = resolved([intro, os]).articles[0]!;
    const withoutTarget = resolved([intro]).articles[0]!;
    expect(again.contentHash).toBe(withTarget.contentHash);
    expect(withoutTarget.contentHash).not.toBe(withTarget.contentHash);
    // A broken link leaves the article as it was compiled.
    expect(withoutTarget.contentHash).toBe(intro.article.contentHash);
  });

  it('uses the id front matter gives the article linked to', () => {
    const named = linkSource('notes/setup.md', [heading('Steps', ['steps'])], { id: 'setting-up' });
    const intro = linkSource('intro.md', [
      paragraphLinking('Set up first.', 'Set up', 'notes/setup.md#steps'),
    ]);
    expect(linksOf(resolved([intro, named]).articles[0]!)[0]!.target).toEqual({
      kind: 'article',
      article: 'setting-up',
      block: blockId(named, 'Steps'),
    });
  });

  it('reads a percent-encoded path or fragment as the file and anchor it names', () => {
    const notes = linkSource('my notes.md', [heading('Été', ['été'])]);
    const intro = linkSource('intro.md', [
      paragraphLinking('My notes.', 'notes', 'my%20notes.md#%C3%A9t%C3%A9'),
    ]);
    const { articles, warnings } = resolved([intro, notes]);
    expect(linksOf(articles[0]!)[0]!.target).toEqual({
      kind: 'article',
      article: 'my-notes',
      block: blockId(notes, 'Été'),
    });
    expect(warnings[0]).toEqual([]);
  });

  describe('a path written with another extension, or none', () => {
    const setup = linkSource('guide/setup.md', [{ kind: 'paragraph', text: 'Set up.' }]);

    it.each(['setup', 'setup.html', 'setup.rst', './setup'])(
      'finds guide/setup.md from "%s" when it is the only file of that name',
      (href) => {
        const index = linkSource('guide/index.md', [paragraphLinking('Setup.', 'Setup', href)]);
        expect(linksOf(resolved([index, setup]).articles[0]!)[0]!.target).toEqual({
          kind: 'article',
          article: 'guide-setup',
        });
      },
    );

    it('opens a folder link at its index page', () => {
      const index = linkSource('guide/index.md', [{ kind: 'paragraph', text: 'Guide.' }]);
      const top = linkSource('intro.md', [paragraphLinking('The guide.', 'guide', 'guide/')]);
      expect(linksOf(resolved([top, index]).articles[0]!)[0]!.target).toEqual({
        kind: 'article',
        article: 'guide-index',
      });
    });

    it('does not guess between two files of that name, and says which', () => {
      const asHtml = linkSource('guide/setup.html', [{ kind: 'paragraph', text: 'Set up.' }]);
      const index = linkSource('guide/index.md', [paragraphLinking('Setup.', 'Setup', 'setup')]);
      const { articles, warnings } = resolved([index, setup, asHtml]);
      expect(linksOf(articles[0]!)).toEqual([]);
      expect(warnings[0]![0]!.message).toBe(
        'link to "setup" could mean any of guide/setup.md, guide/setup.html; write the file\'s extension: its text is kept without the link',
      );
    });

    it('never swaps the extension of a file that is not an article', () => {
      const picture = linkSource('guide/diagram.md', [{ kind: 'paragraph', text: 'Diagram.' }]);
      const index = linkSource('guide/index.md', [
        paragraphLinking('Diagram.', 'Diagram', 'diagram.png'),
      ]);
      expect(linksOf(resolved([index, picture]).articles[0]!)).toEqual([]);
    });
  });

  describe("a plain-text file's references to other documents", () => {
    const howto = linkSource('process/howto.txt', [{ kind: 'paragraph', text: 'How to.' }]);

    it('are found from the top of the input folder, as the kernel writes them', () => {
      const pci = linkSource('PCI/pci.txt', [
        paragraphLinking(
          'See Documentation/process/howto.rst.',
          'Documentation/process/howto.rst',
          'Documentation/process/howto.rst',
        ),
        paragraphLinking('And process/howto.rst.', 'process/howto.rst', 'process/howto.rst'),
      ]);
      const { articles, warnings } = resolved([pci, howto]);
      expect(linksOf(articles[0]!).map((mark) => mark.target)).toEqual([
        { kind: 'article', article: 'process-howto' },
        { kind: 'article', article: 'process-howto' },
      ]);
      expect(warnings[0]).toEqual([]);
    });

    it('name the place they were looked for when the document is not there', () => {
      const pci = linkSource('PCI/pci.txt', [
        paragraphLinking(
          'See Documentation/process/gone.rst.',
          'Documentation/process/gone.rst',
          'Documentation/process/gone.rst',
          9,
        ),
      ]);
      const { articles, warnings } = resolved([pci, howto]);
      expect(linksOf(articles[0]!)).toEqual([]);
      expect(warnings[0]).toEqual([
        {
          path: '/in/PCI/pci.txt',
          line: 9,
          code: 'broken-link',
          message:
            'link to "Documentation/process/gone.rst" leads to process/gone.rst, which is not in the input folder: its text is kept without the link',
        },
      ]);
    });

    it('but a Markdown or HTML link means what a browser makes of it', () => {
      const page = linkSource('PCI/page.md', [
        paragraphLinking('See howto.', 'howto', 'Documentation/process/howto.rst'),
      ]);
      const { articles, warnings } = resolved([page, howto]);
      expect(linksOf(articles[0]!)).toEqual([]);
      expect(warnings[0]![0]!.message).toMatch(/leads to PCI\/Documentation\/process\/howto\.rst/);
    });
  });
});

describe('any href a page may hold', () => {
  const segment = fc.constantFrom(
    '..',
    '.',
    '',
    'guide',
    'setup.md',
    'setup',
    'os.html',
    '%2e%2e',
    '%',
    'my%20notes.md',
    'x.png',
  );
  const href = fc
    .tuple(
      fc.array(segment, { maxLength: 6 }),
      fc.option(fc.constantFrom('', 'install', 'nope', '%C3%A9t%C3%A9')),
    )
    .map(([segments, fragment]) => segments.join('/') + (fragment === null ? '' : `#${fragment}`));
  const others = [
    linkSource('guide/setup.md', [heading('Install', ['install'])]),
    linkSource('guide/index.md', [{ kind: 'paragraph', text: 'Guide.' }]),
    linkSource('my notes.md', [heading('Été', ['été'])]),
  ];

  it('is a link into the collection or a warning, never outside it and never an invalid article', () => {
    fc.assert(
      fc.property(
        fc.array(href, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('guide/page.md', 'page.txt', 'a/b/c.html'),
        (hrefs, from) => {
          const page = linkSource(
            from,
            hrefs.map((h, i) => paragraphLinking(`Link ${i}.`, `Link ${i}`, h)),
          );
          const { articles, warnings } = resolved([page, ...others]);
          const byId = new Map(articles.map((article) => [article.id, article]));
          const targets = linksOf(articles[0]!).map((mark) => mark.target);
          for (const target of targets) {
            if (target.kind === 'web') throw new Error('a source link became a web link');
            const article = target.kind === 'block' ? articles[0]! : byId.get(target.article);
            expect(article).toBeDefined();
            if (target.block !== undefined) {
              expect(article!.blocks.some((block) => block.id === target.block)).toBe(true);
            }
          }
          const broken = warnings[0]!.filter((warning) => warning.code === 'broken-link');
          expect(targets.length + broken.length).toBe(hrefs.length);
          expect(articles[0]!.blocks.map((block) => block.text)).toEqual(
            hrefs.map((_, i) => `Link ${i}.`),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

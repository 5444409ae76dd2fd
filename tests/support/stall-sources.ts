// Small sources that made a parser take minutes or gigabytes (issue 10, each
// measured through the content:build command): the compile budget must turn
// every one into a quick rejection (or, once a parser is fixed, an article).
const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => line(i)).join('\n');

export const STALL_SOURCES: Record<string, string> = {
  /** One quote, then 100 KB of lines that continue it lazily (141 s). */
  'lazy-quote.md': `> ${'a\n'.repeat(50_000)}`,
  /** 32 KB of setext headings (20 s). */
  'setext.md': 'a\n=\n'.repeat(8_000),
  /** Emphasis openers that never close (over 120 s). */
  'emphasis.md': '**_'.repeat(50_000),
  /** Backticks between letters: code spans that never close. */
  'backticks.md': 'a`'.repeat(50_000),
  /** Links that never close (over 100 s). */
  'link-open.md': '[a]('.repeat(50_000),
  /** 50,000 link definitions (1.25 GB of memory). */
  'link-definitions.md': `${lines(50_000, (i) => `[l${i}]: /u${i}`)}\n\nText.`,
  /** 200,000 YAML keys in the front matter. */
  'yaml-keys.md': `---\n${lines(200_000, (i) => `k${i}: v`)}\n---\nText.`,
  /** 20,000 HTML comments (53 s). */
  'comments.html': `<p>Text.</p>${'<!--c-->'.repeat(20_000)}`,
  /** 40,000 attributes on one element (68 s). */
  'attributes.html': `<p ${lines(40_000, (i) => `a${i}="1"`)}>Text.</p>`,
};

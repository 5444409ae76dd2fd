// Headings from documentation generators end in a link to themselves ("¶",
// "🔗", " #"): the reader sees the author's heading, not the mark, in the
// text, the contents and the title; a "#" inside a word stays.
import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../common/model';
import { compileSource } from '../../../compiler/index';
import { stripPermalinkMark } from '../../../compiler/article';

function compile(path: string, text: string) {
  const result = compileSource({ path, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.article;
}

describe('heading permalink marks', () => {
  it.each([
    ['Built-in Functions¶', 'Built-in Functions'],
    ['Installation ¶', 'Installation'],
    ['Usage 🔗', 'Usage'],
    ['Options #', 'Options'],
    ['Learning C#', 'Learning C#'],
    ['Issue #42', 'Issue #42'],
    ['A plain heading', 'A plain heading'],
  ])('"%s" reads "%s"', (heading, expected) => {
    expect(stripPermalinkMark(heading)).toBe(expected);
  });

  it('are left out of a Sphinx page’s headings and contents', () => {
    const article = compile(
      'functions.html',
      `<html><head><title>Built-in Functions</title></head><body><main>
        <h1>Built-in Functions<a class="headerlink" href="#built-in">¶</a></h1>
        <p>The Python interpreter has a number of functions built into it.</p>
        <h2>Notes<a class="headerlink" href="#notes">¶</a></h2>
        <p>Some notes follow here for the reader.</p>
      </main></body></html>`,
    );
    const text = JSON.stringify(article.blocks);
    expect(text).not.toContain('¶');
    expect(tableOfContents(article).map((entry) => entry.text)).toContain('Notes');
  });

  it('are left out of a Markdown title', () => {
    const article = compile('guide.md', '# Getting Started ¶\n\nThe first steps of the guide.\n');
    expect(article.title).toBe('Getting Started');
  });
});

import { describe, expect, it } from 'vitest';
import {
  articleHref,
  libraryHref,
  notebookHref,
  parseRoute,
} from '../../../renderer/src/lib/routes';

describe('hash routes', () => {
  it('reads the library, the notebook and an article', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute(libraryHref())).toEqual({ view: 'library' });
    expect(parseRoute(notebookHref())).toEqual({ view: 'notebook' });
    expect(parseRoute('#/article/tea')).toEqual({ view: 'article', articleId: 'tea' });
  });

  it('round-trips an article with a block and a search, whatever their characters', () => {
    const id = 'guide/setup & install';
    const href = articleHref(id, 'b 7', 'green tea & "honey"');
    expect(parseRoute(href)).toEqual({
      view: 'article',
      articleId: id,
      blockId: 'b 7',
      searchQuery: 'green tea & "honey"',
    });
    expect(articleHref('tea')).toBe('#/article/tea');
  });

  it('opens a badly escaped hash as written instead of failing', () => {
    expect(parseRoute('#/article/%E0%A4%A')).toEqual({
      view: 'article',
      articleId: '%E0%A4%A',
    });
  });

  it('treats anything it does not know as the library', () => {
    expect(parseRoute('#/settings')).toEqual({ view: 'library' });
    expect(parseRoute('#/article/')).toEqual({ view: 'library' });
  });
});

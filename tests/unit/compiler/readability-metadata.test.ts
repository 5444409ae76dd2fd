// The metadata read without Readability's search must be what its parse()
// reports, so a page's title, byline, site and date do not depend on
// whether the page names its <main>.
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../compiler/html-dom';
import { readabilityMetadata } from '../../../compiler/readability-metadata';

const OPENING =
  'A paragraph long enough that Readability takes it for the text of the page and returns an article for it. '.repeat(
    4,
  );

const pages = {
  'meta tags': `<!doctype html><html lang="pt-BR"><head><title>Rios do Brasil | Atlas</title>
<meta property="og:site_name" content="Atlas">
<meta name="author" content="Bea Ruiz">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body><main><h1>Rios do Brasil</h1><p>${OPENING}</p></main></body></html>`,
  'JSON-LD': `<!doctype html><html><head><title>Tide tables - Harbour News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Tide tables","author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2023-11-02"}</script>
</head><body><main><h1>Tide tables</h1><p>${OPENING}</p></main></body></html>`,
  'a title only': `<html><head><title>Plain page</title></head><body><main><p>${OPENING}</p></main></body></html>`,
};

const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;

describe('readabilityMetadata', () => {
  afterEach(() => {
    vi.doUnmock('@mozilla/readability');
    vi.resetModules();
  });

  for (const [name, html] of Object.entries(pages)) {
    it(`reports what Readability's parse() does, from ${name}`, () => {
      const { document } = parseDocument(html);
      const parsed = new Readability(parseDocument(html).document).parse();
      expect(parsed).not.toBeNull();
      const read = readabilityMetadata(document);
      for (const field of FIELDS) {
        expect(read[field] ?? null, field).toEqual(parsed![field] ?? null);
      }
    });
  }

  it('reads the page without changing it', () => {
    const { document } = parseDocument(pages['JSON-LD']);
    const before = document.documentElement.outerHTML;
    readabilityMetadata(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('says which steps went missing when a new Readability lacks them', async () => {
    vi.doMock('@mozilla/readability', () => ({ Readability: class {} }));
    const { readabilityMetadata: withoutSteps } =
      await import('../../../compiler/readability-metadata');
    const { document } = parseDocument(pages['a title only']);
    expect(() => withoutSteps(document)).toThrow(/_getJSONLD, _getArticleMetadata/);
  });
});

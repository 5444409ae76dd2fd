// Stemming and stop words per language: each article in its own, a query in
// every language of the collection. The Italian text is from the kernel
// docs' it_IT translations.
import { describe, expect, it } from 'vitest';
import { analyzer, languageName, termsInLanguages } from '../../../../main/search/languages';
import { article } from '../../../support/collection-fixture';
import { engineFor } from '../../../support/search-fixture';

describe('analysers', () => {
  it('reads the language from a tag, English when there is none', () => {
    expect(languageName('it')).toBe('it');
    expect(languageName('pt-BR')).toBe('pt');
    expect(languageName('nb')).toBe('no');
    expect(languageName(undefined)).toBe('en');
    expect(languageName('zh-CN')).toBe('en');
    expect(languageName('pl')).toBe('none');
  });

  it('stems Italian and German word forms together, and elisions away', () => {
    const it = analyzer('it');
    expect(it.stem('sottosistemi')).toBe(it.stem('sottosistema'));
    expect(it.stem("all'interno")).toBe(it.stem('interno'));
    expect(it.isStopWord('della')).toBe(true);
    const de = analyzer('de');
    expect(de.stem('häuser')).toBe(de.stem('haus'));
    expect(de.stem('entwicklern')).toBe(de.stem('entwickler'));
    expect(de.isStopWord('und')).toBe(true);
  });

  it('does not stem a language it has no stemmer for', () => {
    expect(analyzer('none').stem('programistów')).toBe('programistów');
    expect(analyzer('none').isStopWord('the')).toBe(false);
  });

  it('gives a query word its stem in each language, and drops it only where every language does', () => {
    expect(termsInLanguages('sistemi', ['en', 'it']).sort()).toEqual(['sistem', 'sistemi']);
    expect(termsInLanguages('the', ['en', 'it'])).toEqual(['the']);
    expect(termsInLanguages('the', ['en'])).toEqual([]);
  });
});

describe('a collection in several languages', () => {
  const articles = [
    article(
      'it-howto',
      'Come partecipare allo sviluppo del kernel',
      [
        'Questi sottosistemi sono relativamente semplici da sistemare e pulire',
        "all'interno della sorgente del kernel.",
      ],
      { language: 'it' },
    ),
    article('de-howto', 'Wie man Kernel entwickelt', ['Die Entwickler pflegen viele Treiber.'], {
      language: 'de',
    }),
    article('en-howto', 'How to do kernel development', ['The subsystems are simple to fix.'], {
      language: 'en',
    }),
  ];
  const engine = engineFor(articles);
  const ids = (query: string) =>
    engine
      .search(query)
      .hits.map((h) => h.articleId)
      .sort();
  const marked = (query: string) =>
    engine
      .search(query)
      .hits.flatMap((h) => h.passages)
      .flatMap((p) => p.ranges.map((r) => p.snippet.slice(r.start, r.end)));

  it('finds an Italian article by another inflection of its word, and marks the word in the text', () => {
    expect(ids('sottosistema')).toEqual(['it-howto']);
    expect(marked('sottosistema')).toEqual(['sottosistemi']);
    expect(ids('interni')).toEqual(['it-howto']);
  });

  it('finds a German article by another inflection', () => {
    expect(ids('Treibern')).toEqual(['de-howto']);
    expect(ids('Entwicklern')).toEqual(['de-howto']);
  });

  it('still stems English articles in English', () => {
    expect(ids('subsystem')).toEqual(['en-howto']);
  });

  it('checks a phrase with the article language’s stems', () => {
    expect(ids('"sottosistema sono"')).toEqual(['it-howto']);
  });

  it('retries typos in every language', () => {
    const results = engine.search('sottosistena');
    expect(results.typoTolerant).toBe(true);
    expect(results.hits.map((h) => h.articleId)).toEqual(['it-howto']);
  });

  it('finds a note in its article’s language', () => {
    const withNotes = engineFor(articles, {
      notes: {
        notes: () => [
          { id: 'n', articleId: 'de-howto', blockId: 'de-howto-b0', text: 'Mehr über Häuser' },
        ],
      },
    });
    const hit = withNotes.search('Haus').hits.find((h) => h.articleId === 'de-howto');
    expect(hit?.passages[0]?.fromNote).toBe(true);
  });
});

// The search index as it was built with Lunr's own Builder, kept as the
// reference main/search/build-index.ts must match byte for byte
// (tests/unit/main/search/build-index-lunr.test.ts).
import lunr from 'lunr';
import type { Article } from '../../common/model';
import { searchableText } from '../../common/searchable-text';
import { encodeIndex, type IndexedDocument } from '../../main/search/index-file';
import { VarintWriter } from '../../main/search/varint';
import {
  analyzer,
  languageName,
  type Analyzer,
  type LanguageName,
} from '../../main/search/languages';
import { gramsIn, hasSegmentedText, wordsIn } from '../../main/search/words';

/**
 * The words of the title, tags and text, and "grams": the characters of
 * their Chinese, Japanese, Korean and Thai runs, alone and in pairs
 * (words.ts gramsIn), which tell which articles hold a sequence of such
 * characters however the segmenter cut it (ranking.ts).
 */
const INDEX_FIELDS = ['title', 'tags', 'body', 'grams'] as const;
type IndexField = (typeof INDEX_FIELDS)[number];
/** The fields words are looked up in; grams are asked for by name. */
const WORD_FIELDS: readonly IndexField[] = ['title', 'tags', 'body'];
const FIELD_BOOSTS: Record<IndexField, number> = {
  title: 10,
  tags: 5,
  body: 1,
  grams: 1,
};

/** Called every few hundred articles while indexing. */
type IndexProgress = (done: number, total: number) => void;

/** Lunr's builder internals this module reads; they are public properties, untyped in @types/lunr. */
interface BuilderInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, lunr.Vector & { elements: number[] }>;
  calculateAverageFieldLengths(): void;
  createFieldVectors(): void;
  tokenizer: (value: unknown, metadata?: { fields?: string[] }) => lunr.Token[];
}

/** The language of the article being added: Lunr's tokenizer is told only the field. */
let articleLanguage: Analyzer = analyzer('en');

/** Index terms of a field's text, through its language's stop words and stemmer; or its grams. */
function tokenize(value: unknown, metadata?: { fields?: string[] }): lunr.Token[] {
  const tokens: lunr.Token[] = [];
  if (typeof value !== 'string') return tokens;
  if (metadata?.fields?.[0] === 'grams') {
    // Once each: grams say whether an article holds a sequence, not how often
    // (its words weigh that), and a third of the tokens keep the build quick.
    for (const gram of new Set(gramsIn(value))) tokens.push(new lunr.Token(gram, {}));
    return tokens;
  }
  for (const word of wordsIn(value)) {
    const term = articleLanguage.term(word.key);
    if (term) tokens.push(new lunr.Token(term, {}));
  }
  return tokens;
}

/** Each language once, the most common first (documents name the first by leaving it out). */
function byFrequency(names: readonly LanguageName[]): LanguageName[] {
  const counts = new Map<LanguageName, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

function hasSegmentedArticle(article: Article): boolean {
  return (
    hasSegmentedText(article.title) ||
    article.tags.some(hasSegmentedText) ||
    article.blocks.some((b) => hasSegmentedText(searchableText(b)))
  );
}

export function buildSearchIndexWithLunrBuilder(
  articles: readonly Article[],
  contentHash: string,
  onProgress?: IndexProgress,
): Uint8Array {
  const builder = new lunr.Builder();
  const internals = builder as unknown as BuilderInternals;
  // Words are cut, filtered and stemmed in tokenize (words.ts), the same way
  // the query and the passage finder do it, so Lunr's pipeline stays empty.
  internals.tokenizer = tokenize;
  builder.ref('n');
  // A collection without such text has no grams field: one byte less per term.
  const segmented = articles.map(hasSegmentedArticle);
  const fields = segmented.includes(true) ? INDEX_FIELDS : WORD_FIELDS;
  for (const field of fields) builder.field(field, { boost: FIELD_BOOSTS[field] });
  // No term positions (metadataWhitelist stays empty): they made Lunr's
  // index several times larger, and passages are located in the text instead.

  const languageOf = articles.map((a) => languageName(a.language));
  const languages = byFrequency(languageOf);
  const position = new Map(languages.map((name, i) => [name, i]));

  const docs: IndexedDocument[] = [];
  articles.forEach((article, n) => {
    const language = position.get(languageOf[n]!)!;
    docs.push({
      id: article.id,
      title: article.title,
      tags: article.tags,
      ...(language > 0 && { language }),
    });
    articleLanguage = analyzer(languageOf[n]);
    const tags = article.tags.join(' ');
    const body = article.blocks.map(searchableText).join('\n');
    builder.add({
      n: String(n),
      title: article.title,
      tags,
      body,
      grams: segmented[n] ? `${article.title}\n${tags}\n${body}` : '',
    });
    if (onProgress && (n + 1) % 200 === 0) onProgress(n + 1, articles.length);
  });
  onProgress?.(articles.length, articles.length);

  internals.calculateAverageFieldLengths();
  internals.createFieldVectors();

  const terms = Object.keys(internals.invertedIndex).sort();
  // Lunr numbers terms in the order it met them; the file numbers them in sorted order.
  const rankOfLunrIndex = new Uint32Array(terms.length);
  terms.forEach((term, rank) => {
    rankOfLunrIndex[internals.invertedIndex[term]!._index] = rank;
  });

  // postings[rank][field] = [doc, weight, doc, weight, ...], docs ascending.
  const postings: number[][][] = terms.map(() => fields.map(() => []));
  const fieldNumber = new Map<string, number>(fields.map((f, i) => [f, i]));
  for (const [fieldRef, vector] of Object.entries(internals.fieldVectors)) {
    // Lunr writes a field reference as "field/docRef".
    const slash = fieldRef.indexOf('/');
    const field = fieldNumber.get(fieldRef.slice(0, slash))!;
    const doc = Number(fieldRef.slice(slash + 1));
    const elements = vector.elements;
    for (let i = 0; i < elements.length; i += 2) {
      postings[rankOfLunrIndex[elements[i]!]!]![field]!.push(
        doc,
        Math.round(elements[i + 1]! * 1000),
      );
    }
  }

  const writer = new VarintWriter();
  const postingStarts = new Uint32Array(terms.length + 1);
  postings.forEach((byField, rank) => {
    postingStarts[rank] = writer.length;
    for (const list of byField) {
      writer.write(list.length / 2);
      let previous = 0;
      for (let i = 0; i < list.length; i += 2) {
        writer.write(list[i]! - previous);
        writer.write(list[i + 1]!);
        previous = list[i]!;
      }
    }
  });
  postingStarts[terms.length] = writer.length;

  return encodeIndex({
    contentHash,
    fields: [...fields],
    languages,
    docs,
    terms,
    postingStarts,
    postings: writer.finish(),
    termCount: terms.length,
    termBytes: 0,
    postingBytes: 0,
  });
}

// Builds the collection's search index: each term's BM25 weight in each
// field of each article, exactly as Lunr's Builder computes them (same
// formula, parameters and rounding; a test compares the two byte for byte),
// stored compactly (index-file.ts). Lunr's Builder itself is not used: it
// keeps every term of every article as objects keyed by strings, and on the
// kernel docs (3.2 million words) its bookkeeping and the garbage it made
// were 60 % of the index build (decision 0014). Used by the content compiler
// ahead of time and by the search worker when the bundled index is missing
// or stale.
import type { Article } from '../../common/model';
import { searchableText } from '../../common/searchable-text';
import { encodeIndex, type IndexedDocument } from './index-file';
import { VarintWriter } from './varint';
import { analyzer, languageName, type Analyzer, type LanguageName } from './languages';
import { gramsIn, hasSegmentedText, wordsIn } from './words';

/**
 * The words of the title, tags and text, and "grams": the characters of
 * their Chinese, Japanese, Korean and Thai runs, alone and in pairs
 * (words.ts gramsIn), which tell which articles hold a sequence of such
 * characters however the segmenter cut it (ranking.ts).
 */
export const INDEX_FIELDS = ['title', 'tags', 'body', 'grams'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];
/** The fields words are looked up in; grams are asked for by name. */
export const WORD_FIELDS: readonly IndexField[] = ['title', 'tags', 'body'];
const FIELD_BOOSTS: Record<IndexField, number> = {
  title: 10,
  tags: 5,
  body: 1,
  grams: 1,
};

/** Called every few hundred articles while indexing. */
export type IndexProgress = (done: number, total: number) => void;

/** Lunr's BM25 parameters (lunr.Builder's defaults), which the query side's ranking assumes. */
const K1 = 1.2;
const B = 0.75;

/**
 * A field's terms with how often each occurs, and how many terms it has in
 * all: its words through its language's stop words and stemmer, or its grams.
 */
function countTerms(
  value: string,
  field: IndexField,
  language: Analyzer,
): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  if (field === 'grams') {
    // Once each: grams say whether an article holds a sequence, not how often
    // (its words weigh that), and a third of the tokens keep the build quick.
    for (const gram of gramsIn(value)) counts.set(gram, 1);
    return { counts, length: counts.size };
  }
  let length = 0;
  for (const word of wordsIn(value)) {
    const term = language.term(word.key);
    if (!term) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    length += 1;
  }
  return { counts, length };
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

export function buildSearchIndex(
  articles: readonly Article[],
  contentHash: string,
  onProgress?: IndexProgress,
): Uint8Array {
  // A collection without such text has no grams field: one byte less per term.
  const segmented = articles.map(hasSegmentedArticle);
  const fields = segmented.includes(true) ? INDEX_FIELDS : WORD_FIELDS;
  // No term positions: they made the index several times larger, and
  // passages are located in the text instead (decision 0002).

  const languageOf = articles.map((a) => languageName(a.language));
  const languages = byFrequency(languageOf);
  const position = new Map(languages.map((name, i) => [name, i]));

  /** Per term, per field: [doc, term frequency, doc, term frequency, ...], docs ascending. */
  const occurrences = new Map<string, number[][]>();
  /** Per field, each article's number of terms in it. */
  const fieldLengths = fields.map(() => new Float64Array(articles.length));
  const docs: IndexedDocument[] = [];
  articles.forEach((article, n) => {
    const language = position.get(languageOf[n]!)!;
    docs.push({
      id: article.id,
      title: article.title,
      tags: article.tags,
      ...(language > 0 && { language }),
    });
    const words = analyzer(languageOf[n]);
    const tags = article.tags.join(' ');
    const body = article.blocks.map(searchableText).join('\n');
    const values: Record<IndexField, string> = {
      title: article.title,
      tags,
      body,
      grams: segmented[n] ? `${article.title}\n${tags}\n${body}` : '',
    };
    fields.forEach((field, f) => {
      const { counts, length } = countTerms(values[field], field, words);
      fieldLengths[f]![n] = length;
      for (const [term, frequency] of counts) {
        let byField = occurrences.get(term);
        if (!byField) {
          byField = fields.map(() => []);
          occurrences.set(term, byField);
        }
        byField[f]!.push(n, frequency);
      }
    });
    if (onProgress && (n + 1) % 200 === 0) onProgress(n + 1, articles.length);
  });
  onProgress?.(articles.length, articles.length);

  // Lunr's BM25: every article has every field, so a field's average length
  // is over all articles; a term's document count adds up its fields (an
  // article with it in the title and the text counts twice, as in lunr.idf).
  const averageLength = fieldLengths.map(
    (lengths) => lengths.reduce((sum, length) => sum + length, 0) / articles.length,
  );
  const terms = [...occurrences.keys()].sort();
  // postings[rank][field] = [doc, weight, doc, weight, ...], docs ascending.
  const postings: number[][][] = terms.map((term) => {
    const byField = occurrences.get(term)!;
    const withTerm = byField.reduce((sum, list) => sum + list.length / 2, 0);
    const x = (articles.length - withTerm + 0.5) / (withTerm + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    return byField.map((list, f) => {
      const boost = FIELD_BOOSTS[fields[f]!];
      const weighted: number[] = [];
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i]!;
        const tf = list[i + 1]!;
        // Written as Lunr writes it (createFieldVectors), so the floating
        // point comes out the same to the last bit before rounding.
        let score =
          (idf * ((K1 + 1) * tf)) /
          (K1 * (1 - B + B * (fieldLengths[f]![doc]! / averageLength[f]!)) + tf);
        score *= boost;
        const scoreWithPrecision = Math.round(score * 1000) / 1000;
        weighted.push(doc, Math.round(scoreWithPrecision * 1000));
      }
      return weighted;
    });
  });

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

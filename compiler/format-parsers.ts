// Each format's parser, loaded the first time a file of that format is met:
// linkedom and Readability, the Markdown parsers and the reStructuredText
// reader together hold tens of megabytes of every compile worker's memory,
// and most folders are written in one format.
import type { FormatParsers } from './compile-core';
import type { SourceFormat } from './limits';

const loaded: FormatParsers = {};

/** The parsers loaded so far, `format`'s among them. */
export async function loadParser(format: SourceFormat): Promise<FormatParsers> {
  if (format === 'html') loaded.html ??= (await import('./html')).parseHtml;
  else if (format === 'markdown') loaded.markdown ??= (await import('./markdown')).parseMarkdown;
  else loaded.plaintext ??= (await import('./plaintext')).parsePlainText;
  return loaded;
}

// The language in front matter: `language` or HTML's `lang`, written as
// BCP-47 writes it; a tag that is not one, or two that disagree, reject the
// file with the reason rather than ship a wrong language.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../compiler/front-matter';
import { SourceRejected } from '../../../compiler/rejection';

const metadataOf = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\nText.`).metadata;

function rejectionOf(yaml: string): string {
  try {
    metadataOf(yaml);
  } catch (error) {
    if (error instanceof SourceRejected) return error.message;
    throw error;
  }
  throw new Error('the front matter was accepted');
}

describe('front matter language', () => {
  it('takes lang as language, written as BCP-47 writes it', () => {
    expect(metadataOf('lang: zh-hans').language).toBe('zh-Hans');
    expect(metadataOf('language: PT-br').language).toBe('pt-BR');
    expect(metadataOf('lang: it\nlanguage: it').language).toBe('it');
  });

  it('rejects two languages that disagree, naming both', () => {
    expect(rejectionOf('lang: it\nlanguage: en')).toBe(
      'front matter gives two languages, lang: it and language: en; keep one',
    );
  });

  it('rejects a tag that is not one, naming the key', () => {
    expect(rejectionOf('lang: italiano!')).toMatch(
      /^front matter lang: lang must be a language tag/,
    );
    expect(rejectionOf('language: en-')).toMatch(/language must be a language tag/);
  });
});

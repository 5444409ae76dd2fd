// The language filter names each language in the reader's own language.
import { describe, expect, it } from 'vitest';
import { languageNamer } from '../../../renderer/src/lib/language-names';

describe('languageNamer', () => {
  it("names languages in the reader's language", () => {
    const english = languageNamer(['en-US']);
    expect(['en', 'it', 'zh-Hans', 'zh-Hant', 'ja'].map(english)).toEqual([
      'English',
      'Italian',
      'Simplified Chinese',
      'Traditional Chinese',
      'Japanese',
    ]);
    expect(languageNamer(['zh-CN'])('it')).toBe('意大利语');
    expect(languageNamer(['it'])('en')).toBe('inglese');
  });

  it('takes the first locale it can read, and English after them', () => {
    expect(languageNamer(['not a locale!', 'de'])('it')).toBe('Italienisch');
    expect(languageNamer([])('it')).toBe('Italian');
  });

  it('shows a tag it cannot name as written', () => {
    expect(languageNamer(['en'])('qaa')).toBe('qaa');
    expect(languageNamer(['en'])('en-')).toBe('en-');
  });
});

// The library's language filter and the voice settings name languages in
// the interface's language.
import { describe, expect, it } from 'vitest';
import { languageName } from '../../../renderer/src/lib/language-names';

describe('languageName', () => {
  it('names the tags the compiler records in English', () => {
    expect(
      ['en', 'it', 'zh-Hans', 'zh-Hant', 'zh', 'ja', 'pt-BR'].map((tag) => languageName(tag, 'en')),
    ).toEqual([
      'English',
      'Italian',
      'Simplified Chinese',
      'Traditional Chinese',
      'Chinese',
      'Japanese',
      'Brazilian Portuguese',
    ]);
  });

  it('names them in French for a French interface', () => {
    expect(['de', 'zh-Hans'].map((tag) => languageName(tag, 'fr'))).toEqual([
      'allemand',
      'chinois simplifié',
    ]);
  });

  it('shows a tag it cannot name as written', () => {
    expect(languageName('qaa', 'en')).toBe('qaa');
    expect(languageName('en-', 'en')).toBe('en-');
  });
});

// The library's language filter and the voice settings name languages in
// the interface's language, English.
import { describe, expect, it } from 'vitest';
import { languageName } from '../../../renderer/src/lib/language-names';

describe('languageName', () => {
  it('names the tags the compiler records in English', () => {
    expect(['en', 'it', 'zh-Hans', 'zh-Hant', 'zh', 'ja', 'pt-BR'].map(languageName)).toEqual([
      'English',
      'Italian',
      'Simplified Chinese',
      'Traditional Chinese',
      'Chinese',
      'Japanese',
      'Brazilian Portuguese',
    ]);
  });

  it('shows a tag it cannot name as written', () => {
    expect(languageName('qaa')).toBe('qaa');
    expect(languageName('en-')).toBe('en-');
  });
});

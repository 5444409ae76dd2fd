// The interface's language follows the system's list of languages.
import { describe, expect, it } from 'vitest';
import { matchLocale } from '../../../../renderer/src/i18n/match-locale';

const shipped = ['en', 'fr', 'zh-Hans'];

describe('matchLocale', () => {
  it('takes the first system language a catalogue speaks, keeping the reader’s region', () => {
    expect(matchLocale(['de-DE', 'fr-CA', 'en-US'], shipped, 'en')).toEqual({
      catalogue: 'fr',
      locale: 'fr-CA',
    });
    expect(matchLocale(['en-GB'], shipped, 'en')).toEqual({ catalogue: 'en', locale: 'en-GB' });
  });

  it('tells Simplified Chinese from Traditional by script', () => {
    expect(matchLocale(['zh-CN'], shipped, 'en').catalogue).toBe('zh-Hans');
    expect(matchLocale(['zh-TW'], shipped, 'en')).toEqual({ catalogue: 'en', locale: 'en' });
  });

  it('falls back to English when no language matches, or the list is empty or malformed', () => {
    expect(matchLocale(['de', 'ja'], shipped, 'en')).toEqual({ catalogue: 'en', locale: 'en' });
    expect(matchLocale([], shipped, 'en')).toEqual({ catalogue: 'en', locale: 'en' });
    expect(matchLocale(['not a tag!', 'fr'], shipped, 'en').catalogue).toBe('fr');
  });
});

import { describe, expect, it } from 'vitest';
import {
  LETTERS_CONSIDERED,
  blockDirection,
  languageDirection,
} from '../../../common/text-direction';

describe('languageDirection', () => {
  it.each([
    'ar',
    'ar-EG',
    'he',
    'iw',
    'fa',
    'ur',
    'ps',
    'sd',
    'ug',
    'yi',
    'dv',
    'ckb',
    'ks',
    'syr',
    'pa-Arab',
    'ms-Arab',
    'az-Arab',
    'und-Arab',
    'ff-Adlm',
  ])('reads %s right to left', (language) => {
    expect(languageDirection(language)).toBe('rtl');
  });

  it.each(['en', 'en-GB', 'zh-Hans', 'ja', 'ru', 'hi', 'ku', 'ckb-Latn', 'sd-Deva', 'pa', 'und'])(
    'reads %s left to right',
    (language) => {
      expect(languageDirection(language)).toBe('ltr');
    },
  );

  it('reads no language, or a word that is not a tag, left to right', () => {
    expect(languageDirection('')).toBe('ltr');
    expect(languageDirection('arabic language')).toBe('ltr');
  });
});

describe('blockDirection', () => {
  it('turns an Arabic paragraph of an English article right to left', () => {
    expect(blockDirection('تعمل المكتبة دون اتصال بالشبكة.', 'ltr')).toBe('rtl');
    expect(blockDirection('שלום עולם', 'ltr')).toBe('rtl');
  });

  it('leaves a block that reads the article’s way unmarked', () => {
    expect(blockDirection('The library works offline.', 'ltr')).toBeUndefined();
    expect(blockDirection('تعمل المكتبة دون اتصال بالشبكة.', 'rtl')).toBeUndefined();
  });

  it('keeps an Arabic sentence that opens with an English name right to left', () => {
    // dir="auto" would call this left to right: its first strong letter is F.
    expect(blockDirection('Firefox 128 هو إصدار جديد من المتصفح يصدر كل أربعة أسابيع', 'rtl')).toBe(
      undefined,
    );
    expect(blockDirection('Firefox 128 هو إصدار جديد من المتصفح يصدر كل أربعة أسابيع', 'ltr')).toBe(
      'rtl',
    );
  });

  it('turns an English paragraph of an Arabic article left to right', () => {
    expect(blockDirection('See the release notes for version 2.4.', 'rtl')).toBe('ltr');
  });

  it('counts letters only: digits, punctuation and Arabic-Indic digits decide nothing', () => {
    expect(blockDirection('١٢٣ — 456 (٧)', 'ltr')).toBeUndefined();
    expect(blockDirection('١٢٣ — 456 (٧)', 'rtl')).toBeUndefined();
    expect(blockDirection('', 'rtl')).toBeUndefined();
  });

  it('reads a tie the article’s way', () => {
    expect(blockDirection('ab بت', 'ltr')).toBeUndefined();
    expect(blockDirection('ab بت', 'rtl')).toBeUndefined();
  });

  it('decides by the opening letters of a long block', () => {
    const opening = 'ب'.repeat(LETTERS_CONSIDERED);
    expect(blockDirection(`${opening} ${'a'.repeat(LETTERS_CONSIDERED * 3)}`, 'ltr')).toBe('rtl');
  });

  it('counts a letter outside the Basic Multilingual Plane once', () => {
    // Adlam, written right to left, is two UTF-16 units a letter.
    expect(blockDirection('𞤀𞤁𞤂 ab', 'ltr')).toBe('rtl');
  });
});

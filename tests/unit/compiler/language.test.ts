// The language an article is written in, from real sentences of each
// language: the script decides where one language writes it, the detector
// among the languages of Latin and Cyrillic script, and anything too short
// or unsure is the fallback.
import { describe, expect, it } from 'vitest';
import { articleLanguage, canonicalLanguageTag, detectLanguage } from '../../../compiler/language';
import { compileSource } from '../../../compiler/index';

const language = (text: string) => detectLanguage(text).language;

describe('detectLanguage', () => {
  it.each([
    ['zh-Hans', '本文档描述了内核的内存管理子系统，以及开发者应该如何使用这些接口。'],
    ['zh-Hant', '這個文件描述了核心的記憶體管理子系統，以及開發者應該如何使用這些介面。'],
    ['ja', 'この文書は、カーネル開発者になるための方法を説明しています。'],
    ['ko', '이 문서는 리눅스 커널 개발자가 되는 방법을 설명합니다.'],
    ['th', 'เอกสารนี้อธิบายวิธีการเป็นนักพัฒนาเคอร์เนลลินุกซ์'],
    ['ar', 'تصف هذه الوثيقة كيفية أن تصبح مطورًا لنواة لينكس.'],
    ['he', 'מסמך זה מתאר כיצד להפוך למפתח של ליבת לינוקס.'],
    ['ru', 'Этот документ описывает, как стать разработчиком ядра Linux.'],
    ['uk', 'Цей документ описує, як стати розробником ядра Linux і де шукати допомогу.'],
    ['it', 'Questo documento descrive come diventare uno sviluppatore del kernel Linux.'],
    ['fr', 'Ce document explique comment devenir développeur du noyau Linux.'],
    ['de', 'Dieses Dokument beschreibt, wie man ein Entwickler des Linux-Kernels wird.'],
    ['es', 'Este documento describe cómo convertirse en desarrollador del núcleo de Linux.'],
    ['en', 'This document describes how to become a Linux kernel developer.'],
  ])('reads %s', (expected, text) => {
    expect(language(text)).toBe(expected);
  });

  it('tells Japanese from Chinese by its kana, though most of its letters are kanji', () => {
    const japanese = '日本語の文章では漢字と仮名が混ざって使われます。';
    expect(language(japanese)).toBe('ja');
    // The same kanji without the kana is Chinese.
    expect(language(japanese.replace(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, ''))).toBe('zh');
  });

  it('says which Chinese by the forms of its characters, and only Chinese when none differ', () => {
    expect(language('如果您发现本文档有任何问题，请联系维护者。')).toBe('zh-Hans');
    expect(language('如果您發現本文檔有任何問題，請聯繫維護者。')).toBe('zh-Hant');
    expect(language('中文翻譯中文翻译')).toBe('zh');
  });

  it('keeps a Chinese text Chinese among the English names and identifiers it explains', () => {
    const text =
      '使用 kmalloc() 分配内存时，请传入 GFP_KERNEL 标志；' +
      '在中断上下文中应该使用 GFP_ATOMIC，详见 Documentation/core-api/memory-allocation.rst。';
    expect(detectLanguage(text)).toEqual({ language: 'zh-Hans', source: 'script' });
  });

  it('keeps an English text English when it names a translation in Chinese', () => {
    const text =
      'The Chinese translation (中文翻译) is kept in its own folder; ' +
      'send corrections to its maintainer rather than to the English original.';
    expect(language(text)).toBe('en');
  });

  it('reads code-like English as English, or falls back, but never as another language', () => {
    for (const text of [
      'Call kmalloc() with GFP_KERNEL; see mm/slab.c and include/linux/slab.h for the flags.',
      'CONFIG_DEBUG_FS=y CONFIG_KASAN=y make -j8 bzImage modules',
    ]) {
      expect(language(text)).toBe('en');
    }
  });

  it('falls back on text too short to tell, and says so', () => {
    expect(detectLanguage('Index')).toEqual({ language: 'en', source: 'fallback' });
    expect(detectLanguage('Read the file.')).toEqual({ language: 'en', source: 'fallback' });
    expect(detectLanguage('Indice', 'it')).toEqual({ language: 'it', source: 'fallback' });
    expect(detectLanguage('')).toEqual({ language: 'en', source: 'fallback' });
  });

  it('needs only a word or two of a script one language writes', () => {
    expect(language('한국어 번역')).toBe('ko');
    expect(language('日本語訳です')).toBe('ja');
  });
});

describe('articleLanguage', () => {
  const prose = (text: string) => ({ kind: 'paragraph', text });
  const code = (text: string) => ({ kind: 'code', text });

  it('takes the language the source declares, whatever the text is in', () => {
    const blocks = [prose('Questo documento descrive come diventare uno sviluppatore del kernel.')];
    expect(articleLanguage('en-GB', 'Titolo', blocks)).toBe('en-GB');
    // Written as BCP-47 writes it.
    expect(articleLanguage('ZH-hant', 'Titolo', blocks)).toBe('zh-Hant');
  });

  it('reads the text when the declared tag is not one, or says the language is unknown', () => {
    const blocks = [prose('Questo documento descrive come diventare uno sviluppatore del kernel.')];
    expect(articleLanguage('en-', 'Titolo', blocks)).toBe('it');
    expect(articleLanguage('und', 'Titolo', blocks)).toBe('it');
  });

  it('leaves code out: Italian prose around C is Italian', () => {
    const c = 'static int __init example_init(void)\n{\n\tpr_info("loaded\\n");\n\treturn 0;\n}';
    const blocks = [
      code(c),
      prose('Questa funzione viene chiamata quando il modulo viene caricato nel kernel.'),
      code(c),
      code(c),
    ];
    expect(articleLanguage(undefined, 'Un modulo', blocks)).toBe('it');
  });
});

describe('canonicalLanguageTag', () => {
  it('writes tags as BCP-47 does and refuses what is not a tag', () => {
    expect(canonicalLanguageTag('zh-hans')).toBe('zh-Hans');
    expect(canonicalLanguageTag('pt-br')).toBe('pt-BR');
    expect(canonicalLanguageTag('en-')).toBeUndefined();
    expect(canonicalLanguageTag('english language')).toBeUndefined();
  });
});

describe('a compiled article', () => {
  const compile = (path: string, text: string) => {
    const result = compileSource({ path, bytes: new TextEncoder().encode(text) });
    if ('rejection' in result) throw new Error(result.rejection.reason);
    return result.article;
  };
  const italian =
    'Questo documento descrive come diventare uno sviluppatore del kernel Linux. ' +
    'Se trovate degli errori nella traduzione, per favore contattate il manutentore.';

  it('records the language its text is written in', () => {
    expect(compile('guida.txt', `Guida\n=====\n\n${italian}\n`).language).toBe('it');
    expect(
      compile('howto.md', '# 内核开发\n\n本文档描述了如何成为内核开发者，以及如何提交补丁。\n')
        .language,
    ).toBe('zh-Hans');
  });

  it('records the language front matter gives, as lang or language', () => {
    expect(compile('a.md', `---\nlang: it-CH\n---\n${italian}`).language).toBe('it-CH');
    expect(compile('a.md', `---\nlanguage: zh-hant\n---\n${italian}`).language).toBe('zh-Hant');
  });

  it("records the HTML page's lang over what its text looks like", () => {
    const page = `<!doctype html><html lang="fr"><head><title>Guida</title></head><body><main><p>${italian}</p></main></body></html>`;
    expect(compile('guida.html', page).language).toBe('fr');
    expect(compile('guida.html', page.replace(' lang="fr"', '')).language).toBe('it');
  });
});

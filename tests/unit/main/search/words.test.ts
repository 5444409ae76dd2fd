// How search cuts text into words, per script, with real sentences (the
// Chinese, Japanese, Korean and Italian ones are from the kernel docs'
// translations), and the property that ties the index to the marks: every
// word the index takes from a text is marked when it is searched for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../common/model';
import { findAllMatches, prepareText } from '../../../../main/search/passages';
import { analyzer } from '../../../../main/search/languages';
import {
  gramsIn,
  gramsOf,
  isSegmented,
  queryWordKeys,
  wordKeys,
  wordsAt,
  wordsIn,
} from '../../../../main/search/words';

const block = (text: string): Block[] => [{ id: 'b', kind: 'paragraph', text }];

describe('words, per script', () => {
  it('cuts Chinese into words, and Latin words inside it by the usual rule', () => {
    expect(wordKeys('完成是建立在Linux调度器的等待队列和唤醒基础设施之上的。')).toEqual(
      expect.arrayContaining(['完成', 'linux', '调度', '等待', '队列', '唤醒', '基础', '设施']),
    );
    expect(wordKeys('使用 kmalloc() 分配内存')).toEqual(['使用', 'kmalloc', '分配', '内存']);
    expect(wordKeys('使用kmalloc分配内存')).toEqual(['使用', 'kmalloc', '分配', '内存']);
  });

  it('cuts Japanese, keeping katakana words whole', () => {
    expect(wordKeys('Linux カーネル開発のやり方')).toEqual([
      'linux',
      'カーネル',
      '開発',
      'の',
      'やり方',
    ]);
    expect(wordKeys('この文書は、Documentation/process/howto.rst の和訳です。')).toContain('文書');
  });

  it('cuts Korean at spaces, particles attached as the segmenter keeps them', () => {
    expect(wordKeys('이 문서는 Documentation/process/howto.rst 의 한글 번역입니다.')).toEqual([
      '이',
      '문서는',
      'documentation',
      'process',
      'howto',
      'rst',
      '의',
      '한글',
      '번역입니다',
    ]);
  });

  it('cuts Thai, which has no spaces between words, with its vowel and tone marks inside words', () => {
    expect(wordKeys('ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ')).toEqual(
      expect.arrayContaining(['ภาษา', 'ไทย', 'เป็น', 'ที่', 'ระหว่าง', 'คำ']),
    );
  });

  it('keeps Italian and German words whole, accents and elisions included', () => {
    expect(wordKeys("All'interno della sorgente: i sottosistemi più semplici")).toEqual([
      "all'interno",
      'della',
      'sorgente',
      'i',
      'sottosistemi',
      'più',
      'semplici',
    ]);
    expect(wordKeys('Die Häuser der Entwickler, straßenweise.')).toEqual([
      'die',
      'häuser',
      'der',
      'entwickler',
      'straßenweise',
    ]);
  });

  it('keeps combining marks inside words (Devanagari vowel signs)', () => {
    expect(wordKeys('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']);
  });

  it('gives the same words for a very long run as for its parts (windows never cut a word)', () => {
    const sentence = '内存管理子系统的调度器使用了很多的锁';
    const long = sentence.repeat(300);
    expect(wordKeys(long)).toEqual(Array.from({ length: 300 }, () => wordKeys(sentence)).flat());
  });

  it('reports offsets into the text given', () => {
    const text = 'Call kmalloc() 分配内存 now';
    for (const word of wordsIn(text)) {
      expect(text.slice(word.start, word.end).toLowerCase()).toBe(word.key);
    }
  });

  it('starts words only at word boundaries, inside a Chinese run too', () => {
    const text = '本文档内存管理';
    expect(wordsAt(text, 3, 2).map((w) => w.key)).toEqual(['内存', '管理']);
    expect(wordsAt(text, 4, 2)).toEqual([]);
  });
});

describe('queries and grams', () => {
  it('keeps a run of a segmented script as one query word', () => {
    expect(queryWordKeys('内存管理')).toEqual(['内存管理']);
    expect(queryWordKeys('使用kmalloc分配内存')).toEqual(['使用', 'kmalloc', '分配内存']);
  });

  it('indexes each character and each adjacent pair of such runs, and nothing of other scripts', () => {
    expect([...gramsIn('内存 of 管理')]).toEqual(['内', '存', '内存', '管', '理', '管理']);
    expect([...gramsIn('memory management')]).toEqual([]);
  });

  it('asks for a short word itself and for the pairs of a longer one', () => {
    expect(gramsOf('锁')).toEqual(['锁']);
    expect(gramsOf('内存')).toEqual(['内存']);
    expect(gramsOf('内存管理')).toEqual(['内存', '存管', '管理']);
  });
});

describe('what is indexed is what is marked', () => {
  const sentences = [
    '完成是建立在Linux调度器的等待队列和唤醒基础设施之上的。',
    '共享库、按需加载、共享的写时拷贝（COW）可执行文件、恰当的内存管理',
    'Linux カーネル開発のやり方',
    '이 문서는 Documentation/process/howto.rst 의 한글 번역입니다.',
    'ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ',
    "Take the spin lock first; spin_lock(&lock) nests. Don't.",
    "codice, sottosistemi e progetti attuali all'interno di Linux",
    'Die Häuser der Entwickler stehen in Berlin.',
  ];

  it('marks every place a word was indexed from, in every script', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '', '\n'),
        (parts, separator) => {
          const text = parts.join(separator);
          const language = analyzer('en');
          const indexed = [...wordsIn(text)];
          for (const word of indexed) {
            const stemmed = language.stem(word.key);
            const matches = findAllMatches(prepareText(block(text)), {
              stems: new Set([stemmed]),
              phrases: [],
              excludedPhrases: 0,
            });
            const marked = matches.map((m) => `${m.start}:${m.end}`);
            const expected = indexed
              .filter((w) => language.stem(w.key) === stemmed)
              .map((w) => `${w.start}:${w.end}`);
            // A segmented word is a sequence of characters: marked wherever those are.
            if (isSegmented(word.key)) {
              const sequences = findAllMatches(prepareText(block(text)), {
                stems: new Set(),
                sequences: new Set([word.key]),
                phrases: [],
                excludedPhrases: 0,
              }).map((m) => `${m.start}:${m.end}`);
              for (const place of expected) expect(sequences).toContain(place);
            } else {
              expect(marked).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

// Searching Chinese, Japanese, Korean and Thai: a word of those scripts is
// found wherever its characters are in sequence, however the segmenter cut
// the text, and that sequence is what gets marked. The Chinese text is from
// the kernel docs' zh_CN translations.
import { describe, expect, it } from 'vitest';
import { article } from '../../../support/collection-fixture';
import { engineFor } from '../../../support/search-fixture';

const articles = [
  article('completion', '完成机制', [
    '完成是建立在Linux调度器的等待队列和唤醒基础设施之上的。',
    '等待和信号都高效的使用了低层调度器的睡眠/唤醒设施。',
  ]),
  article('howto', '如何参与Linux内核开发', [
    '本文档是指导你如何成为Linux内核开发者的最重要的文档。',
    'Linux很容易移植到大多数通用的32位或64位体系架构，只要它们有一个分页内存管理单元。',
  ]),
  article('memory', '内存分配', ['使用 kmalloc() 分配内存，使用 kfree() 释放内存。']),
  article('locks', '锁的类型', ['迭代器应该锁定以防止修改。自旋锁不能睡眠。']),
  article('ja', 'カーネル開発', ['Linux カーネル開発のやり方。この文書は和訳です。']),
  article('ko', '한글 번역', ['이 문서는 Documentation/process/howto.rst 의 한글 번역입니다.']),
  article('th', 'ภาษาไทย', ['ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ']),
  article('english', 'Memory allocation', ['Use kmalloc() to allocate memory in the kernel.']),
];
const engine = engineFor(articles);
const ids = (query: string) =>
  engine
    .search(query)
    .hits.map((h) => h.articleId)
    .sort();
const marked = (query: string) =>
  engine
    .search(query)
    .hits.flatMap((h) => h.passages)
    .flatMap((p) => p.ranges.map((r) => p.snippet.slice(r.start, r.end)));

describe('Chinese', () => {
  it('finds a word the segmenter cuts in two (调度器 is 调度|器) and marks it whole', () => {
    expect(ids('调度器')).toEqual(['completion']);
    expect(marked('调度器')).toEqual(['调度器', '调度器']);
  });

  it('finds a word where the text was cut across it (本文档 is 本文|档, and holds 文档)', () => {
    expect(ids('文档')).toEqual(['howto']);
    expect(marked('文档')).toEqual(['文档', '文档']);
  });

  it('finds a single character inside longer words', () => {
    expect(ids('锁')).toEqual(['locks']);
    expect(marked('锁')).toEqual(['锁', '锁']);
  });

  it('needs the characters in sequence, not just somewhere (内存管理)', () => {
    expect(ids('内存管理')).toEqual(['howto']);
    expect(ids('内存')).toEqual(['howto', 'memory']);
    // 管理 and 内存 are both in "memory" only apart: 内存管理 is not there.
    expect(engine.search('内存管理').total).toBe(1);
  });

  it('finds the words of mixed text, and counts an article with both first', () => {
    const results = engine.search('kmalloc 内存');
    expect(results.hits[0]!.articleId).toBe('memory');
    expect(results.hits.map((h) => h.articleId).sort()).toEqual(['english', 'howto', 'memory']);
    expect(ids('使用kmalloc分配内存')).toContain('memory');
  });

  it('leaves out -excluded words and filters title: words by their characters', () => {
    expect(ids('内存 -kfree')).toEqual(['howto']);
    expect(ids('kmalloc -内存')).toEqual(['english']);
    expect(ids('title:内核')).toEqual(['howto']);
  });

  it('checks a quoted phrase word by word as the text was cut', () => {
    expect(ids('"分配 内存"')).toEqual(['memory']);
    expect(ids('"释放 内存"')).toEqual(['memory']);
    expect(ids('"内存 分配"')).toEqual([]);
  });

  it('tries no typos on Chinese: a word not there finds nothing', () => {
    const results = engine.search('调度员');
    expect(results.total).toBe(0);
    expect(results.typoTolerant).toBe(false);
  });

  it('marks the sequence when the reader opens an article', () => {
    const { matches } = engine.searchInArticle('completion', '调度器');
    expect(matches.map((m) => [m.blockId, m.end - m.start])).toEqual([
      ['completion-b0', 3],
      ['completion-b1', 3],
    ]);
  });
});

describe('Japanese, Korean and Thai', () => {
  it('finds a Japanese word inside its sentence', () => {
    expect(ids('カーネル')).toEqual(['ja']);
    expect(ids('和訳')).toEqual(['ja']);
  });

  it('finds a Korean word with its particle attached, as a sequence', () => {
    expect(ids('문서')).toEqual(['ko']);
    expect(marked('번역')).toEqual(['번역']);
  });

  it('finds a Thai word in text without spaces', () => {
    expect(ids('ภาษา')).toEqual(['th']);
    expect(ids('เว้นวรรค')).toEqual(['th']);
  });
});

describe('notes in Chinese', () => {
  it('finds a note by a word inside it, however the note was cut', () => {
    const withNotes = engineFor(articles, {
      notes: {
        notes: () => [
          {
            id: 'n1',
            articleId: 'english',
            blockId: 'english-b0',
            text: '这里讲的是本文档的内存分配',
          },
        ],
      },
    });
    const hit = withNotes.search('文档').hits.find((h) => h.articleId === 'english');
    expect(hit?.passages[0]?.fromNote).toBe(true);
    const passage = hit!.passages[0]!;
    expect(passage.ranges.map((r) => passage.snippet.slice(r.start, r.end))).toEqual(['文档']);
  });
});

// Recall of Chinese words on a real collection: for each word, the number of
// articles search reports against the number whose compiled text contains
// the word (the ground truth, as grep finds it). Runs when
// SEARCH_RECALL_COLLECTION names a compiled collection, e.g. the kernel docs
// with their translations (docs/search.md has the commands and the figures):
//
//   SEARCH_RECALL_COLLECTION=/tmp/kernel-out npx vitest run tests/unit/main/search/recall.test.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_FILES, ManifestSchema } from '../../../../common/collection';
import type { Article } from '../../../../common/model';
import { loadSearchEngine } from '../../../../main/search/load-engine';

const collection = process.env.SEARCH_RECALL_COLLECTION;

/** Words of the kernel docs' zh_CN translations: two to four characters, common and rare. */
export const RECALL_WORDS = [
  '调度器',
  '内存',
  '内存管理',
  '内核',
  '进程',
  '线程',
  '中断',
  '文件系统',
  '设备',
  '驱动程序',
  '锁',
  '页表',
  '虚拟内存',
  '补丁',
  '维护者',
  '邮件列表',
  '配置',
  '用户空间',
  '模块',
  '缓存',
  '固件',
  '文档',
  '自旋锁',
  '子系统',
  '系统调用',
  '源代码',
  '命令行',
  '寄存器',
  '结构体',
  '开发者',
];

/** Search's count may be this far from the ground truth, either way. */
const TOLERANCE = 0.05;

describe.skipIf(!collection)('recall of Chinese words (SEARCH_RECALL_COLLECTION)', () => {
  it('reports within 5 % of the articles whose text contains each word', async () => {
    const dir = collection!;
    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync(join(dir, COLLECTION_FILES.manifest), 'utf8')),
    );
    const texts = manifest.articles.map((summary) => {
      const file = join(dir, COLLECTION_FILES.articlesDir, `${summary.id}.json`);
      const a = JSON.parse(readFileSync(file, 'utf8')) as Article;
      return [a.title, ...a.tags, ...a.blocks.map((b) => b.text)].join('\n').toLowerCase();
    });
    const { engine } = await loadSearchEngine({ contentDir: dir, log: () => {} });

    const rows = RECALL_WORDS.map((word) => {
      const truth = texts.filter((t) => t.includes(word)).length;
      const reported = engine.search(word).total;
      return { word, truth, reported };
    });
    const table = rows
      .map((r) => `| ${r.word} | ${r.truth} | ${r.reported} | ${percent(r.reported, r.truth)} |`)
      .join('\n');
    const truth = rows.reduce((n, r) => n + r.truth, 0);
    const reported = rows.reduce((n, r) => n + r.reported, 0);
    process.stdout.write(
      `| word | contain it | search reports | difference |\n${table}\n| all | ${truth} | ${reported} | ${percent(reported, truth)} |\n`,
    );
    for (const r of rows) {
      expect(r.truth, r.word).toBeGreaterThan(0);
      expect(Math.abs(r.reported - r.truth) / r.truth, r.word).toBeLessThanOrEqual(TOLERANCE);
    }
  }, 120_000);
});

function percent(reported: number, truth: number): string {
  const difference = (100 * (reported - truth)) / truth;
  return `${difference > 0 ? '+' : ''}${difference.toFixed(1)} %`;
}

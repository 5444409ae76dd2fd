// Searching Chinese as a reader of the kernel docs' zh_CN translations does
// (the fixtures are their sentences): a word the segmenter cuts in two, or
// that the text's own cutting crosses, is found in every article holding it,
// and marked whole in the passage and in the article.
import { rm } from 'node:fs/promises';
import { article, writeCollection } from '../support/collection-fixture';
import { expect, test } from './fixtures';

const ARTICLES = [
  article('sched-design-cfs', 'CFS 调度器', [
    'CFS表示“完全公平调度器”，它是为桌面新设计的进程调度器，由Ingo Molnar实现并合入Linux 2.6.23。',
    '它替代了之前原始调度器中SCHED_OTHER策略的交互式代码。',
  ]),
  article('completion', '完成 - “等待完成”屏障应用程序接口(API)', [
    '完成是建立在Linux调度器的等待队列和唤醒基础设施之上的。',
    '等待队列中的线程所等待的事件被简化为 struct completion 中的一个简单标志。',
  ]),
  article('howto', '如何参与Linux内核开发', [
    '本文档是指导你如何成为Linux内核开发者的最重要的文档。',
    '系统做的全部工作是：使用min_vruntime跟踪，然后用它的值将新激活的调度实体放在树上。',
  ]),
];

test('a Chinese word finds every article holding it and is marked whole in the passage and the article', async ({
  launch,
}) => {
  const dir = await writeCollection(ARTICLES);
  try {
    const { page } = await launch({ contentDir: dir });
    const box = page.getByRole('searchbox', { name: 'Search' });
    const results = page.getByRole('list', { name: 'Search results' });

    // 调度器 is cut 调度|器; the third article has 调度 but not 调度器.
    await box.fill('调度器');
    await expect(results).toHaveAccessibleDescription('2 articles');
    const cfs = results.getByRole('listitem').filter({ hasText: 'CFS 调度器' });
    await expect(cfs.locator('mark').first()).toHaveText('调度器');
    await expect(results.locator('mark')).toHaveText(Array(4).fill('调度器'));

    // 本文档 is cut 本文|档 and still holds 文档.
    await box.fill('文档');
    await expect(results).toHaveAccessibleDescription('1 article');
    await expect(results.locator('mark')).toHaveText(['文档', '文档']);

    // Opening a passage marks the word in the article and steps through it.
    await box.fill('调度器');
    await results
      .getByRole('link', { name: /完成是建立在Linux调度器/ })
      .first()
      .click();
    const reader = page.getByRole('article');
    await expect(reader.locator('mark')).toHaveText(['调度器']);
    await expect(
      page.getByRole('search', { name: 'Matches in this article' }).getByRole('status'),
    ).toHaveText('1 of 1');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

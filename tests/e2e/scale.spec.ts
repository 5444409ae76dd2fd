// The library must stay smooth with thousands of articles: the list is
// virtualised, so the DOM holds a screenful of items however many there are.
// Launch time and frame timings are reported as annotations, not asserted
// (shared machines are noisy); docs/benchmarks.md says how to run this on the
// kernel docs and read them.
import { article, writeCollection } from '../support/collection-fixture';
import { expect, test } from './fixtures';
import { makeTempDir } from '../support/temp-dir';

const COUNT = 3200;

async function largeCollection(): Promise<string> {
  if (process.env.READER_SCALE_CONTENT_DIR) return process.env.READER_SCALE_CONTENT_DIR;
  const articles = Array.from({ length: COUNT }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return article(
      `article-${n}`,
      `Article ${n} on subject ${i % 97}`,
      [
        `Paragraph one of article ${n}, about subject ${i % 97}.`,
        'A second paragraph with more words in it to read.',
      ],
      { tags: [`subject-${i % 13}`] },
    );
  });
  return writeCollection(articles, { dir: await makeTempDir('reader-scale-') });
}

test('a library of thousands of articles renders only what is on screen and scrolls to the end', async ({
  launch,
}) => {
  test.setTimeout(120_000);
  const contentDir = await largeCollection();
  const started = performance.now();
  const { page } = await launch({
    contentDir,
    viewport: { width: 1100, height: 800 },
  });
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('link').first()).toBeVisible();
  test.info().annotations.push({
    type: 'launch to library shown (ms)',
    description: (performance.now() - started).toFixed(0),
  });

  const rendered = await list.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(120);
  const total = await page.evaluate(async () => {
    const answer = await window.reader.getLibrary();
    return answer.ok ? answer.value.total : 0;
  });
  // READER_SCALE_CONTENT_DIR may point at a real corpus (the kernel docs) of any size.
  if (!process.env.READER_SCALE_CONTENT_DIR) expect(total).toBe(COUNT);
  expect(total).toBeGreaterThan(1000);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(total));

  // Scroll with the wheel and time the frames while doing it.
  await list.hover();
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__frames.length < 240) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 400);
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  test.info().annotations.push({ type: 'frame interval p95 (ms)', description: p95.toFixed(1) });

  // Keyboard: End jumps to the last article, which is then in the DOM and visible.
  await list.getByRole('link').first().focus();
  await page.keyboard.press('End');
  const last = list.locator(`[aria-posinset="${total}"]`);
  await expect(last.getByRole('link')).toBeVisible();
  if (!process.env.READER_SCALE_CONTENT_DIR) {
    await expect(last.getByRole('link')).toHaveText(/^Article 3200 /);
  }
  expect(await list.getByRole('listitem').count()).toBeLessThan(120);
});

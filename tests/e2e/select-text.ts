// Selecting words of the article the way a reader dragging over them would,
// for the specs that act on a selection.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Selects from `text` to the end of `endText` (or just `text`) in the open article. */
export async function selectText(page: Page, text: string, endText?: string): Promise<void> {
  await expect(page.getByRole('article')).toContainText(text);
  await page.evaluate(
    ([start, end]) => {
      const root = document.querySelector('article')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const find = (needle: string) => {
        const node = nodes.find((n) => n.data.includes(needle));
        if (!node) throw new Error(`"${needle}" is not in the article`);
        return { node, at: node.data.indexOf(needle) };
      };
      const from = find(start!);
      const to = end ? find(end) : from;
      const range = document.createRange();
      range.setStart(from.node, from.at);
      range.setEnd(to.node, to.at + (end ?? start!).length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [text, endText],
  );
}

// Sets the reader's theme as the settings panel does, through the bridge,
// and reloads so the page starts in it: what the theme-by-theme scenarios share.
import type { Page } from '@playwright/test';

export async function chooseTheme(page: Page, theme: string): Promise<void> {
  await page.evaluate(
    (t) =>
      (
        window as unknown as { reader: { updateSettings(p: object): Promise<unknown> } }
      ).reader.updateSettings({ theme: t }),
    theme,
  );
  await page.reload();
}

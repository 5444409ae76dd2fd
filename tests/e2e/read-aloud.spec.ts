// Read aloud through a fake speechSynthesis (tests/e2e/fake-speech.ts): where
// it starts, the mark moving sentence by sentence, skipping, pausing, the
// speed and voice from the settings, stopping (at the end, on Esc, on
// leaving), and the message where nothing can speak.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Block } from '../../common/model';
import { article, writeCollection } from '../support/collection-fixture';
import {
  FAKE_VOICES,
  installFakeSpeech,
  markedText,
  speechOf,
  type FakeVoice,
} from './fake-speech';
import { expect, test } from './fixtures';
import { ROOT, type LaunchOptions, type LaunchedReader } from './harness';
import { selectText } from './select-text';
import { chooseTheme } from './choose-theme';

const filler = (n: number) => `Paragraph ${n} says one thing. Paragraph ${n} says another thing.`;
const heading = (id: string, text: string): Block => ({ id, kind: 'heading', level: 2, text });

// Long enough to scroll: an introduction, then two sections.
const SPEAKING = article('speaking', 'Speaking Aloud', [
  'The opening sentence. The second sentence.',
  ...Array.from({ length: 14 }, (_, i) => filler(i + 1)),
  heading('speaking-middle', 'The Middle Part'),
  'Middle one. Middle two.',
  ...Array.from({ length: 14 }, (_, i) => filler(i + 15)),
  heading('speaking-final', 'The Final Part'),
  'Nearly done. The very last sentence.',
]);

let contentDir: string;
test.beforeAll(async () => {
  contentDir = await writeCollection([SPEAKING]);
});
test.afterAll(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

type Launch = (options?: LaunchOptions) => Promise<LaunchedReader>;

async function openArticle(
  launch: Launch,
  voices: FakeVoice[] | 'no-speech' = FAKE_VOICES,
  options: LaunchOptions = {},
): Promise<Page> {
  const { page } = await launch({ contentDir, ...options });
  await installFakeSpeech(page, voices);
  await page.getByRole('link', { name: 'Speaking Aloud' }).click();
  // Focus on the title is set by the same effects that install the reader's
  // keys: from here a key press is heard.
  await expect(page.getByRole('heading', { level: 1, name: 'Speaking Aloud' })).toBeFocused();
  return page;
}

const playbackBar = (page: Page) => page.getByRole('region', { name: 'Read aloud' });
const block = (page: Page, index: number) => page.locator(`[data-block-id="speaking-b${index}"]`);

/** Waits out a smooth scroll: the page is where it stays. */
const scrollingSettles = (page: Page) =>
  expect
    .poll(async () => {
      const before = await page.evaluate(() => scrollY);
      await page.waitForTimeout(150);
      return (await page.evaluate(() => scrollY)) === before;
    })
    .toBe(true);

/** Where the spoken-sentence mark is on screen. */
const markBox = (page: Page) =>
  page.evaluate(() => {
    const range = [...(CSS.highlights.get('read-aloud-sentence') ?? [])][0] as Range | undefined;
    const rect = range?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom, windowHeight: innerHeight } : null;
  });

test('reads from the reading line, moves the mark sentence by sentence, keeps it in view and stops at the end', async ({
  launch,
}) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  // Paragraph 5 at the reading line, just under the top bar.
  await block(page, 5).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));

  await page.keyboard.press('r');
  await speech.expectSpeaking('Paragraph 5 says one thing.');
  expect(await speech.last()).toEqual({
    text: 'Paragraph 5 says one thing.',
    lang: 'en',
    rate: 1,
    voice: 'Alice',
  });
  await expect.poll(() => markedText(page)).toBe('Paragraph 5 says one thing.');
  await expect(playbackBar(page).getByRole('status')).toHaveText('Reading aloud');
  await expect(page.getByRole('button', { name: 'Pause reading aloud' })).toBeVisible();

  // The word the engine reports is marked inside the sentence.
  await speech.boundary('Paragraph 5 '.length, 'says'.length);
  await expect.poll(() => markedText(page, 'read-aloud-word')).toBe('says');

  // Each sentence's end starts the next, and the mark follows; while it
  // stays on screen the page does not move, and the status is not re-announced.
  const scrolled = await page.evaluate(() => scrollY);
  await speech.end();
  await speech.expectSpeaking('Paragraph 5 says another thing.');
  await expect.poll(() => markedText(page)).toBe('Paragraph 5 says another thing.');
  expect(await markedText(page, 'read-aloud-word')).toBeNull();
  await speech.end();
  await speech.expectSpeaking('Paragraph 6 says one thing.');
  await expect.poll(() => markedText(page)).toBe('Paragraph 6 says one thing.');
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  await expect(playbackBar(page).getByRole('status')).toHaveText('Reading aloud');

  // Far down the article, the page scrolls to keep the spoken sentence in view.
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await speech.expectSpeaking('The Final Part');
  await expect(playbackBar(page).getByRole('status')).toHaveText('Reading aloud: The Final Part');
  await expect
    .poll(async () => {
      const box = await markBox(page);
      return box !== null && box.top >= 56 && box.bottom <= box.windowHeight;
    })
    .toBe(true);

  // A reader who scrolls away to look at something is not pulled back.
  await scrollingSettles(page);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await speech.end();
  await speech.expectSpeaking('Nearly done.');
  await expect.poll(() => markedText(page)).toBe('Nearly done.');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await speech.end();
  await speech.expectSpeaking('The very last sentence.');
  await speech.end();
  await speech.expectSpeaking(null);
  await expect(playbackBar(page)).toBeHidden();
  await expect(page.getByText('Finished reading aloud: the end of the article.')).toBeVisible();
  expect(await markedText(page)).toBeNull();
  expect((await speech.texts()).at(-1)).toBe('The very last sentence.');
  await expect(page.getByRole('button', { name: 'Read aloud', exact: true })).toBeVisible();
});

test('reads from a selection, and Esc clears the selection, then stops, then leaves', async ({
  launch,
}) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  await selectText(page, 'says another thing');
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  // From the selection's first word, then on with the next sentence.
  await speech.expectSpeaking('says another thing.');
  await expect.poll(() => markedText(page)).toBe('says another thing.');
  await speech.end();
  await speech.expectSpeaking('Paragraph 2 says one thing.');

  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.getSelection()!.isCollapsed)).toBe(true);
  await expect(playbackBar(page)).toBeVisible();
  expect(await speech.current()).toBe('Paragraph 2 says one thing.');

  await page.keyboard.press('Escape');
  await expect(playbackBar(page)).toBeHidden();
  await speech.expectSpeaking(null);
  expect(await markedText(page)).toBeNull();
  await expect(page.getByRole('heading', { level: 1, name: 'Speaking Aloud' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});

test('reads from the caret while it is in sight: caret mode or a click; Esc leaves caret mode first', async ({
  launch,
}) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  // Caret mode starts at the reading line; a line down, reading starts there.
  await block(page, 20).evaluate((el) =>
    el.scrollIntoView({ block: 'start', behavior: 'instant' }),
  );
  await page.keyboard.press('F7');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('r');
  await speech.expectSpeaking('Paragraph 19 says one thing.');
  // Esc leaves caret mode first, then stops reading.
  await page.keyboard.press('Escape');
  await expect(page.getByText('Caret mode off.')).toBeVisible();
  expect(await speech.current()).toBe('Paragraph 19 says one thing.');
  await page.keyboard.press('Escape');
  await speech.expectSpeaking(null);

  // A caret inside a word, as a click leaves it: reading starts at that word.
  await page.evaluate(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    const walker = document.createTreeWalker(
      document.querySelector('article')!,
      NodeFilter.SHOW_TEXT,
    );
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf('Paragraph 3 says one');
      if (at >= 0) {
        window.getSelection()!.collapse(node, at + 'Paragraph 3 says o'.length);
        return;
      }
    }
  });
  await page.keyboard.press('r');
  await speech.expectSpeaking('one thing.');
  await page.keyboard.press('Escape');
  await speech.expectSpeaking(null);

  // Scrolled away from it, the caret is not the reader's place: the reading line is.
  await block(page, 20).evaluate((el) =>
    el.scrollIntoView({ block: 'start', behavior: 'instant' }),
  );
  await page.keyboard.press('r');
  await speech.expectSpeaking('Paragraph 18 says one thing.');
});

test('the mark spans highlighted text and stays on its sentence when a highlight is added', async ({
  launch,
}) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  const highlights = page.locator('mark[data-highlight-id]');
  await selectText(page, 'says one');
  await page.keyboard.press('h');
  await expect(highlights).toHaveCount(1);
  await page.evaluate(() => window.getSelection()!.removeAllRanges());

  await block(page, 1).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.keyboard.press('r');
  await speech.expectSpeaking('Paragraph 1 says one thing.');
  // The sentence is three runs of text (before, in and after the highlight): one mark.
  await expect.poll(() => markedText(page)).toBe('Paragraph 1 says one thing.');

  // Highlighting while it reads re-renders the paragraph under the mark.
  await selectText(page, 'another thing');
  await page.keyboard.press('h');
  await expect(highlights).toHaveCount(2);
  await expect.poll(() => markedText(page)).toBe('Paragraph 1 says one thing.');
  expect(await speech.current()).toBe('Paragraph 1 says one thing.');
});

test('skips by sentence and section from the keys and the playback bar', async ({ launch }) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  await page.keyboard.press('r');
  await speech.expectSpeaking('The opening sentence.');

  await page.keyboard.press('.');
  await speech.expectSpeaking('The second sentence.');
  await page.keyboard.press(',');
  await speech.expectSpeaking('The opening sentence.');
  await page.keyboard.press(']');
  await speech.expectSpeaking('The Middle Part');
  await expect.poll(() => markedText(page)).toBe('The Middle Part');
  await page.keyboard.press(']');
  await speech.expectSpeaking('The Final Part');
  // In the last section, next section has nowhere to go: reading goes on.
  const said = (await speech.texts()).length;
  await page.keyboard.press(']');
  expect(await speech.texts()).toHaveLength(said);
  // From a section's heading, back to the section before; from inside one, to its start.
  await page.keyboard.press('[');
  await speech.expectSpeaking('The Middle Part');
  await page.keyboard.press('.');
  await speech.expectSpeaking('Middle one.');
  await page.keyboard.press('[');
  await speech.expectSpeaking('The Middle Part');

  const bar = playbackBar(page);
  await bar.getByRole('button', { name: 'Previous sentence' }).click();
  await speech.expectSpeaking('Paragraph 14 says another thing.');
  await bar.getByRole('button', { name: 'Next sentence' }).click();
  await speech.expectSpeaking('The Middle Part');
  await bar.getByRole('button', { name: 'Next section' }).click();
  await speech.expectSpeaking('The Final Part');
  await bar.getByRole('button', { name: 'Previous section' }).click();
  await speech.expectSpeaking('The Middle Part');

  // Stopped, the bar is gone, focus is on the reader bar's button, and ] moves between sections again.
  await bar.getByRole('button', { name: 'Stop reading aloud' }).click();
  await expect(bar).toBeHidden();
  await speech.expectSpeaking(null);
  await expect(page.getByRole('button', { name: 'Read aloud', exact: true })).toBeFocused();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { name: 'The Middle Part' })).toBeFocused();
  expect(await speech.current()).toBeNull();

  // Leaving the article stops reading.
  await page.keyboard.press('r');
  await expect(bar).toBeVisible();
  expect(await speech.current()).not.toBeNull();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  await speech.expectSpeaking(null);
});

test('pauses and resumes from the word reached, from the key and the bar', async ({ launch }) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  await page.keyboard.press('r');
  await speech.expectSpeaking('The opening sentence.');
  await speech.boundary('The '.length, 'opening'.length);

  await page.keyboard.press('r');
  const bar = playbackBar(page);
  await expect(bar.getByRole('status')).toHaveText('Paused');
  await speech.expectSpeaking(null);
  await expect(page.getByRole('button', { name: 'Resume reading aloud' })).toBeVisible();
  // The sentence stays marked while paused.
  expect(await markedText(page)).toBe('The opening sentence.');

  await page.keyboard.press('r');
  await speech.expectSpeaking('opening sentence.');
  await expect(bar.getByRole('status')).toHaveText('Reading aloud');
  expect(await markedText(page)).toBe('The opening sentence.');

  await bar.getByRole('button', { name: 'Pause' }).click();
  await expect(bar.getByRole('status')).toHaveText('Paused');
  await speech.expectSpeaking(null);
  await bar.getByRole('button', { name: 'Resume' }).click();
  await speech.expectSpeaking('opening sentence.');
});

test('the speed and the voice chosen in the settings reach the utterances, and are kept', async ({
  launch,
}) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Reading settings' });
  const readAloud = settings.getByRole('group', { name: 'Read aloud' });
  await readAloud.getByRole('button', { name: 'Faster' }).click();
  await readAloud.getByRole('button', { name: 'Faster' }).click();
  await expect(readAloud.locator('output')).toHaveText('1.2×');
  // Voices arrive late (voiceschanged); then the list offers them by language.
  const voice = readAloud.getByRole('combobox', { name: 'Voice' });
  await expect(voice.locator('optgroup')).toHaveCount(2);
  await voice.selectOption({ label: 'Bob' });
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await page.keyboard.press('r');
  await speech.expectSpeaking('The opening sentence.');
  expect(await speech.last()).toMatchObject({ rate: 1.2, voice: 'Bob' });

  // A change while reading applies at once, from the word being read.
  await speech.boundary('The '.length, 'opening'.length);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await readAloud.getByRole('button', { name: 'Slower' }).click();
  await speech.expectSpeaking('opening sentence.');
  expect(await speech.last()).toMatchObject({ rate: 1.1, voice: 'Bob' });

  // Saved like every setting: back after a relaunch of the page.
  const saved = () =>
    page.evaluate(async () => {
      const reader = (
        window as unknown as {
          reader: {
            getSettings(): Promise<{ value: { speechRate: number; speechVoice: string } }>;
          };
        }
      ).reader;
      const { speechRate, speechVoice } = (await reader.getSettings()).value;
      return { speechRate, speechVoice };
    });
  await expect.poll(saved).toEqual({ speechRate: 1.1, speechVoice: 'fake:Bob' });
  await page.reload();
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(readAloud.locator('output')).toHaveText('1.1×');
  await expect(voice).toHaveValue('fake:Bob');
});

test('a failing engine stops reading with the reason', async ({ launch }) => {
  const page = await openArticle(launch);
  const speech = speechOf(page);
  await page.keyboard.press('r');
  await speech.expectSpeaking('The opening sentence.');
  await speech.fail('audio-busy');
  await expect(playbackBar(page)).toBeHidden();
  await expect(
    page.getByText('Reading aloud stopped: the sound output is in use by another program.'),
  ).toBeVisible();
  expect(await markedText(page)).toBeNull();
});

test('with no voice installed, the button and the settings say how to get one', async ({
  launch,
}) => {
  const page = await openArticle(launch, []);
  const message =
    'No voice is installed for reading aloud. On Linux, install speech-dispatcher with a voice for it (for example the speech-dispatcher-espeak-ng package), then restart the app.';
  const button = page.getByRole('button', { name: 'Read aloud', exact: true });
  await button.click();
  await expect(page.getByText(message)).toBeVisible();
  await expect(playbackBar(page)).toBeHidden();
  await expect(button).toHaveAttribute('title', message);
  await page.keyboard.press('r');
  await expect(page.getByText(message)).toHaveCount(1);

  await page.getByRole('button', { name: 'Reading settings' }).click();
  const readAloud = page
    .getByRole('dialog', { name: 'Reading settings' })
    .getByRole('group', { name: 'Read aloud' });
  await expect(readAloud).toContainText(message);
  await expect(readAloud.getByRole('combobox')).toHaveCount(0);
});

test('without speech synthesis at all, the button says so', async ({ launch }) => {
  const page = await openArticle(launch, 'no-speech');
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  await expect(
    page.getByText(
      'Reading aloud is not available: this window has no speech synthesis (the Web Speech API).',
    ),
  ).toBeVisible();
  await expect(playbackBar(page)).toBeHidden();
});

const SHOTS = join(ROOT, 'test-results', 'screenshots');

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`screenshots of the playback bar, ${theme}`, async ({ launch }) => {
    await mkdir(SHOTS, { recursive: true });
    const page = await openArticle(launch, FAKE_VOICES, { viewport: { width: 1280, height: 800 } });
    await chooseTheme(page, theme);
    const speech = speechOf(page);
    await block(page, 3).evaluate((el) =>
      el.scrollIntoView({ block: 'start', behavior: 'instant' }),
    );
    await page.keyboard.press('r');
    await speech.expectSpeaking('Paragraph 3 says one thing.');
    await page.keyboard.press(']');
    await speech.expectSpeaking('The Middle Part');
    await speech.end();
    await speech.expectSpeaking('Middle one.');
    await speech.boundary(0, 'Middle'.length);
    await expect.poll(() => markedText(page, 'read-aloud-word')).toBe('Middle');
    for (const width of [1280, 900, 400, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await expect(playbackBar(page)).toBeVisible();
      // The smaller window reflows the text and the page follows the mark: let it settle.
      await scrollingSettles(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scrolling at ${width} px`).toBe(0);
      const bar = await playbackBar(page).boundingBox();
      expect(bar!.x).toBeGreaterThanOrEqual(0);
      expect(bar!.x + bar!.width).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SHOTS, `read-aloud-${theme}-${width}.png`) });
    }
  });
}

// How numbers, dates and progress read in the UI, in the interface's locale
// (renderer/src/i18n): its separators, month names and plural rules.
import type { IntlShape } from 'react-intl';

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A publication date as the reader's locale writes it, or undefined when the
 * value is missing or not a date. A bare YYYY-MM-DD is a calendar day, so it
 * is shown in UTC: in local time it could slip to the day before.
 */
export function formatPublished(
  intl: IntlShape,
  published: string | undefined,
): string | undefined {
  if (!published) return undefined;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return undefined;
  return intl.formatDate(date, DATE_ONLY.test(published) ? { ...DATE, timeZone: 'UTC' } : DATE);
}

/** When a highlight was made, written like the library's dates ("Dec 2, 2026"). */
export function formatDay(intl: IntlShape, isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : intl.formatDate(date, DATE);
}

/** "4 min read"; nothing for an empty article. */
export function formatReadingTime(intl: IntlShape, minutes: number): string | undefined {
  return minutes > 0 ? intl.formatMessage({ id: 'format.readingTime' }, { minutes }) : undefined;
}

/** Progress at or past this fraction counts as finished: the last lines rarely reach the top. */
export const FINISHED_AT = 0.99;

export function formatProgress(intl: IntlShape, progress: number): string {
  return progress >= FINISHED_AT
    ? intl.formatMessage({ id: 'format.progress.finished' })
    : intl.formatMessage({ id: 'format.progress.read' }, { progress });
}

/** "1.2M words" style compaction for large totals, plain for small ones. */
export function formatWordCount(intl: IntlShape, words: number): string {
  return intl.formatMessage(
    { id: words < 100_000 ? 'format.words' : 'format.words.compact' },
    { words },
  );
}

// How numbers, dates and progress read in the UI. Intl picks the reader's
// own conventions (separators, month names) from the system locale.
const numberFormat = new Intl.NumberFormat();
const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});
const dateOnlyFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "3,183 articles", "1 article". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}

/**
 * A publication date as the reader's locale writes it, or undefined when the
 * value is missing or not a date. A bare YYYY-MM-DD is a calendar day, so it
 * is shown in UTC: in local time it could slip to the day before.
 */
export function formatPublished(published: string | undefined): string | undefined {
  if (!published) return undefined;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return undefined;
  return (DATE_ONLY.test(published) ? dateOnlyFormat : dateFormat).format(date);
}

/** When a highlight was made, written like the library's dates ("Dec 2, 2026"). */
export function formatDay(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : dateFormat.format(date);
}

/** "4 min read"; nothing for an empty article. */
export function formatReadingTime(minutes: number): string | undefined {
  return minutes > 0 ? `${numberFormat.format(minutes)} min read` : undefined;
}

/** Progress at or past this fraction counts as finished: the last lines rarely reach the top. */
export const FINISHED_AT = 0.99;

export function formatProgress(progress: number): string {
  return progress >= FINISHED_AT ? 'Finished' : `Read ${Math.round(progress * 100)}%`;
}

/** "1.2 million words" style compaction for large totals, plain for small ones. */
export function formatWordCount(words: number): string {
  if (words < 100_000) return formatCount(words, 'word');
  const compact = new Intl.NumberFormat(undefined, {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return `${compact.format(words)} words`;
}

// The read-aloud speed setting: steps of a tenth, between the limits the
// settings schema accepts.
import { SPEECH_RATE_MAX, SPEECH_RATE_MIN } from '../../../common/settings';

export const SPEECH_RATE_STEP = 0.1;

/** One or more steps faster (positive) or slower, rounded to a tenth and kept in range. */
export function stepSpeechRate(rate: number, steps: number): number {
  const next = Math.round((rate + steps * SPEECH_RATE_STEP) * 10) / 10;
  return Math.min(SPEECH_RATE_MAX, Math.max(SPEECH_RATE_MIN, next));
}

/** "1.2×" ("1,2×" in French): the speed as a multiple of the voice's own pace. */
export function formatSpeechRate(rate: number, locale: string): string {
  const tenths = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${tenths.format(rate)}×`;
}

export { SPEECH_RATE_MAX, SPEECH_RATE_MIN };

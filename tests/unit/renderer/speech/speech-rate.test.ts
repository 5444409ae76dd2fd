import { describe, expect, it } from 'vitest';
import { SettingsSchema, DEFAULT_SETTINGS } from '../../../../common/settings';
import {
  SPEECH_RATE_MAX,
  SPEECH_RATE_MIN,
  formatSpeechRate,
  stepSpeechRate,
} from '../../../../renderer/src/speech/speech-rate';

describe('the read-aloud speed', () => {
  it('steps by tenths without drifting', () => {
    let rate = 1;
    for (let i = 0; i < 3; i++) rate = stepSpeechRate(rate, 1);
    expect(rate).toBe(1.3);
    expect(stepSpeechRate(1.3, -2)).toBe(1.1);
  });

  it('stays within the limits the settings accept', () => {
    expect(stepSpeechRate(SPEECH_RATE_MAX, 1)).toBe(SPEECH_RATE_MAX);
    expect(stepSpeechRate(SPEECH_RATE_MIN, -1)).toBe(SPEECH_RATE_MIN);
    for (let steps = -20; steps <= 20; steps++) {
      const speechRate = stepSpeechRate(1, steps);
      expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, speechRate }).success).toBe(true);
    }
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, speechRate: 2.1 }).success).toBe(false);
  });

  it('is shown as a multiple of the voice’s own pace', () => {
    expect(formatSpeechRate(1, 'en')).toBe('1.0×');
    expect(formatSpeechRate(1.5, 'en')).toBe('1.5×');
    expect(formatSpeechRate(1.5, 'fr')).toBe('1,5×');
  });
});

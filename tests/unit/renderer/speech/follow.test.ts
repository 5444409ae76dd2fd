import { describe, expect, it } from 'vitest';
import { isInWindow, scrollAdjustment } from '../../../../renderer/src/speech/follow';

// A window with the top bar's reading line at 60 and the playback bar at 700.
const band = { top: 72, bottom: 676 };

describe('keeping the spoken sentence in view', () => {
  it('does not move the page while the sentence is inside the band', () => {
    expect(scrollAdjustment({ top: 72, bottom: 100 }, band)).toBe(0);
    expect(scrollAdjustment({ top: 400, bottom: 676 }, band)).toBe(0);
  });

  it('brings a sentence that went below the band back near its top', () => {
    // 20 % of the way down the band: 72 + 0.2 × 604.
    expect(scrollAdjustment({ top: 660, bottom: 700 }, band)).toBe(660 - 193);
  });

  it('brings a sentence above the band (a skip back) down to the same place', () => {
    expect(scrollAdjustment({ top: -300, bottom: -260 }, band)).toBe(-300 - 193);
  });

  it('puts a sentence taller than most of the band at its top', () => {
    expect(scrollAdjustment({ top: 500, bottom: 1200 }, band)).toBe(500 - 72);
  });

  it('tells whether any of the sentence is in the window', () => {
    expect(isInWindow({ top: -40, bottom: 10 }, 800)).toBe(true);
    expect(isInWindow({ top: -40, bottom: 0 }, 800)).toBe(false);
    expect(isInWindow({ top: 800, bottom: 840 }, 800)).toBe(false);
  });
});

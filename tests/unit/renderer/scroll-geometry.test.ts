import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atDocumentEnd,
  lastAtOrAbove,
  sectionAt,
  type ScrollGeometry,
} from '../../../renderer/src/lib/scroll-geometry';

describe('lastAtOrAbove', () => {
  it('finds the last value at or above a line, and -1 above the first', () => {
    const tops = [100, 400, 900, 1500];
    expect(lastAtOrAbove(tops, 99)).toBe(-1);
    expect(lastAtOrAbove(tops, 100)).toBe(0);
    expect(lastAtOrAbove(tops, 899.5)).toBe(1);
    expect(lastAtOrAbove(tops, 900)).toBe(2);
    expect(lastAtOrAbove(tops, 1e9)).toBe(3);
    expect(lastAtOrAbove([], 50)).toBe(-1);
  });

  it('agrees with a linear scan for any ascending list (equal values included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 }),
        fc.integer({ min: -10, max: 5010 }),
        (values, y) => {
          const sorted = [...values].sort((a, b) => a - b);
          let expected = -1;
          sorted.forEach((value, index) => {
            if (value <= y) expected = index;
          });
          expect(lastAtOrAbove(sorted, y)).toBe(expected);
        },
      ),
    );
  });
});

// Headings at these distances from the document's top; the reading line 80 px below the window's top.
const geometry: ScrollGeometry = {
  tops: [200, 1200, 3000, 9600],
  bottoms: [240, 1240, 3040, 9640],
  line: 80,
  documentHeight: 10_000,
};
const WINDOW = 800;
const SLACK = 8;

describe('sectionAt (the contents’ current entry)', () => {
  it('is none before the first heading reaches the line, then the last heading above it', () => {
    expect(sectionAt(geometry, 0, WINDOW, SLACK)).toBe(-1);
    // The first heading's top is 200 px down: at 120 px of scroll it is on the line.
    expect(sectionAt(geometry, 119, WINDOW, SLACK)).toBe(0);
    expect(sectionAt(geometry, 1000, WINDOW, SLACK)).toBe(0);
    expect(sectionAt(geometry, 1120, WINDOW, SLACK)).toBe(1);
    expect(sectionAt(geometry, 5000, WINDOW, SLACK)).toBe(2);
  });

  it('counts a heading a few px below the line, where a jump to it may land', () => {
    expect(sectionAt(geometry, 3000 - 80 - 5, WINDOW, SLACK)).toBe(2);
    expect(sectionAt(geometry, 3000 - 80 - 20, WINDOW, SLACK)).toBe(1);
  });

  it('at the very end, takes the last heading on screen even when it never reaches the line', () => {
    const end = geometry.documentHeight - WINDOW;
    // The last heading (9,600) is on screen but 400 px below the line.
    expect(sectionAt(geometry, end - 1, WINDOW, SLACK)).toBe(3);
    expect(sectionAt(geometry, end - 50, WINDOW, SLACK)).toBe(2);
  });
});

describe('atDocumentEnd', () => {
  it('is true only when the window shows the last pixel, give or take rounding', () => {
    expect(atDocumentEnd({ documentHeight: 5000 }, 4200, 800)).toBe(true);
    expect(atDocumentEnd({ documentHeight: 5000 }, 4199.5, 800)).toBe(true);
    expect(atDocumentEnd({ documentHeight: 5000 }, 4190, 800)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type TextRange } from '../../../common/segments';

type Named = TextRange & { name: string };
const cut = (text: string, decorations: Named[]) =>
  segmentText(text.length, decorations).map((s) => [
    text.slice(s.start, s.end),
    s.decorations.map((d) => d.name).join('+'),
  ]);

describe('segmentText', () => {
  it('leaves undecorated text whole', () => {
    expect(cut('plain text', [])).toEqual([['plain text', '']]);
  });

  it('marks one range and keeps the text around it', () => {
    expect(cut('the casualty rate', [{ start: 4, end: 12, name: 'a' }])).toEqual([
      ['the ', ''],
      ['casualty', 'a'],
      [' rate', ''],
    ]);
  });

  it('splits overlapping ranges so the overlap lists both, in the given order', () => {
    expect(
      cut('abcdefgh', [
        { start: 1, end: 5, name: 'yellow' },
        { start: 3, end: 7, name: 'blue' },
      ]),
    ).toEqual([
      ['a', ''],
      ['bc', 'yellow'],
      ['de', 'yellow+blue'],
      ['fg', 'blue'],
      ['h', ''],
    ]);
  });

  it('ignores empty and inverted ranges and clamps ranges past the end', () => {
    expect(
      cut('abc', [
        { start: 2, end: 2, name: 'empty' },
        { start: 2, end: 1, name: 'inverted' },
        { start: 1, end: 99, name: 'long' },
      ]),
    ).toEqual([
      ['a', ''],
      ['bc', 'long'],
    ]);
  });

  it('always covers the text exactly once, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 50 }),
            end: fc.integer({ min: -5, max: 50 }),
          }),
        ),
        (text, ranges) => {
          const segments = segmentText(text.length, ranges);
          expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
          for (const s of segments) {
            expect(s.end).toBeGreaterThan(s.start);
            for (const d of s.decorations) {
              expect(d.start <= s.start && d.end >= s.end).toBe(true);
            }
          }
        },
      ),
    );
  });
});

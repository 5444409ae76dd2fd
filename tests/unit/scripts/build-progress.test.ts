import { describe, expect, it } from 'vitest';
import {
  PLAIN_INTERVAL_MS,
  PROGRESS_DELAY_MS,
  describeCompile,
  formatBar,
  formatDuration,
  progressPrinter,
} from '../../../scripts/build-progress';

describe('build progress', () => {
  it('says files done of total, the rate and the time left', () => {
    expect(describeCompile(0, 365, 500)).toBe('0/365 files');
    expect(describeCompile(73, 365, 10_000)).toBe('73/365 files · 7.3 files/s · 40 s left');
    expect(describeCompile(300, 3183, 2_000)).toBe('300/3183 files · 150 files/s · 19 s left');
    expect(formatDuration(125_000)).toBe('2 m 05 s');
  });

  it('draws a bar that fits the terminal, and only the counts where there is no room', () => {
    const bar = formatBar(50, 100, 5_000, 80);
    expect(bar).toMatch(/^\[(#+)(-+)\] 50\/100 files · 10 files\/s · 5 s left$/);
    expect(bar.length).toBeLessThan(80);
    const [, filled, empty] = /^\[(#+)(-+)\]/.exec(bar)!;
    expect(Math.abs(filled!.length - empty!.length)).toBeLessThanOrEqual(1);
    // The bar keeps its width while the text beside it grows and shrinks.
    const barWidth = (line: string) => line.indexOf(']');
    expect(barWidth(formatBar(1, 100, 500_000, 80))).toBe(barWidth(bar));
    expect(barWidth(formatBar(99, 100, 1_000, 80))).toBe(barWidth(bar));
    expect(formatBar(50, 100, 5_000, 40)).toBe('50/100 files · 10 files/s · 5 s left');
    expect(formatBar(50, 100, 5_000, 30)).toBe('50/100 files · 10 files/s');
    expect(formatBar(50, 100, 5_000, 12)).toBe('50/100 files');
  });

  it('redraws one terminal line in place and clears it before the summary', () => {
    let clock = 0;
    const written: string[] = [];
    const printer = progressPrinter({
      line: () => expect.unreachable('no plain lines on a terminal'),
      terminal: { columns: 80, write: (text) => written.push(text) },
      now: () => clock,
    });
    printer.update({ phase: 'compile', done: 1, total: 10 });
    expect(written).toEqual([]); // a short build shows nothing
    clock = PROGRESS_DELAY_MS + 1;
    printer.update({ phase: 'compile', done: 5, total: 10 });
    printer.update({ phase: 'compile', done: 6, total: 10 }); // too soon to redraw
    clock += 200;
    printer.update({ phase: 'compile', done: 7, total: 10 });
    printer.update({ phase: 'index', articles: 10 });
    printer.finish();
    expect(written).toHaveLength(4);
    expect(written.slice(0, 3).every((text) => text.startsWith('\r\x1b[2K'))).toBe(true);
    expect(written[0]).toContain('5/10 files');
    expect(written[1]).toContain('7/10 files');
    expect(written[2]).toContain('building the search index of 10 articles');
    expect(written[3]).toBe('\r\x1b[2K');
  });

  it('prints plain lines every few seconds when the output is not a terminal', () => {
    let clock = 0;
    const lines: string[] = [];
    const printer = progressPrinter({ line: (text) => lines.push(text), now: () => clock });
    for (let done = 1; done <= 100; done++) {
      clock = done * 200; // 20 s in all
      printer.update({ phase: 'compile', done, total: 100 });
    }
    printer.update({ phase: 'write', articles: 100 });
    printer.finish();
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.length).toBeLessThanOrEqual(20_000 / PLAIN_INTERVAL_MS + 3);
    expect(lines[0]).toMatch(/^compiled \d+\/100 files · 5\.0 files\/s/);
    expect(lines.at(-2)).toMatch(/^compiled 100\/100 files/);
    expect(lines.at(-1)).toBe('writing 100 articles');
    expect(lines.every((line) => !line.includes('\x1b'))).toBe(true);
  });
});

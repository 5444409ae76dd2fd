import { describe, expect, it } from 'vitest';
import {
  EMPTY_LOG,
  STAMP_FIELD,
  arrive,
  canGoBack,
  canGoForward,
  currentEntry,
  nameCurrent,
  neighbour,
  readStamp,
  type HistoryLog,
} from '../../../../renderer/src/navigation/history-log';

/** Plays the window: each entry's history.state, and the log the app keeps. */
class FakeSession {
  states: unknown[] = [];
  at = -1;
  log: HistoryLog = EMPTY_LOG;
  private next = 0;
  hashes: string[] = [];

  private sync() {
    const arrival = arrive(
      this.log,
      this.hashes[this.at] ?? '',
      this.states[this.at],
      () => `k${this.next++}`,
    );
    if (arrival.stamp) this.states[this.at] = { [STAMP_FIELD]: arrival.stamp };
    this.log = arrival.log;
  }
  open(hash: string) {
    this.at += 1;
    this.hashes = [...this.hashes.slice(0, this.at), hash];
    this.states = [...this.states.slice(0, this.at), null];
    this.sync();
  }
  go(step: number) {
    this.at += step;
    this.sync();
  }
  /** A reload: the page's memory is gone, the entries' states are not. */
  reload() {
    this.log = EMPTY_LOG;
    this.sync();
  }
}

describe('the session history log', () => {
  it('has nowhere to go on the first page', () => {
    const session = new FakeSession();
    session.open('#/');
    expect(canGoBack(session.log)).toBe(false);
    expect(canGoForward(session.log)).toBe(false);
    expect(currentEntry(session.log)?.hash).toBe('#/');
  });

  it('steps back and forward through followed links, each entry keeping its key', () => {
    const session = new FakeSession();
    session.open('#/');
    session.open('#/article/a');
    session.open('#/article/b?block=x');
    const keyOfA = session.log.entries[1]?.key;

    session.go(-1);
    expect(currentEntry(session.log)).toMatchObject({ hash: '#/article/a', key: keyOfA });
    expect(canGoBack(session.log)).toBe(true);
    expect(canGoForward(session.log)).toBe(true);
    expect(neighbour(session.log, 1)?.hash).toBe('#/article/b?block=x');
    expect(neighbour(session.log, -1)?.hash).toBe('#/');

    session.go(1);
    expect(currentEntry(session.log)?.hash).toBe('#/article/b?block=x');
    expect(canGoForward(session.log)).toBe(false);
  });

  it('drops the entries ahead when a link is followed after going back, as a browser does', () => {
    const session = new FakeSession();
    session.open('#/');
    session.open('#/article/a');
    session.open('#/article/b');
    session.go(-1);
    session.open('#/article/c');
    expect(session.log.entries.map((e) => e?.hash)).toEqual(['#/', '#/article/a', '#/article/c']);
    expect(canGoForward(session.log)).toBe(false);
    expect(new Set(session.log.entries.map((e) => e?.key)).size).toBe(3);
  });

  it('gives two visits to the same article their own keys, so each keeps its own place', () => {
    const session = new FakeSession();
    session.open('#/article/a');
    session.open('#/article/b');
    session.open('#/article/a');
    const [first, , second] = session.log.entries;
    expect(first?.key).not.toBe(second?.key);
  });

  it('finds its place again after a reload, from the stamps the entries carry', () => {
    const session = new FakeSession();
    session.open('#/');
    session.open('#/article/a');
    session.open('#/article/b');
    const keyOfB = currentEntry(session.log)?.key;
    session.reload();
    expect(currentEntry(session.log)?.key).toBe(keyOfB);
    expect(canGoBack(session.log)).toBe(true);
    session.go(-1);
    expect(currentEntry(session.log)?.hash).toBe('#/article/a');
    expect(canGoForward(session.log)).toBe(true);
  });

  it('keeps what an entry shows for the tooltips, only for the entry on screen', () => {
    const session = new FakeSession();
    session.open('#/article/a');
    const key = currentEntry(session.log)?.key ?? '';
    session.open('#/article/b');
    expect(nameCurrent(session.log, key, 'Tea')).toBe(session.log);
    session.go(-1);
    const named = nameCurrent(session.log, key, 'Tea');
    expect(currentEntry(named)?.title).toBe('Tea');
    expect(nameCurrent(named, key, 'Tea')).toBe(named);
  });

  it('ignores a history.state that is not its own stamp', () => {
    expect(readStamp(null)).toBeNull();
    expect(readStamp({ other: 1 })).toBeNull();
    expect(readStamp({ [STAMP_FIELD]: { key: '', index: 0 } })).toBeNull();
    expect(readStamp({ [STAMP_FIELD]: { key: 'k', index: -1 } })).toBeNull();
    expect(readStamp({ [STAMP_FIELD]: { key: 'k', index: 1.5 } })).toBeNull();
    expect(readStamp({ [STAMP_FIELD]: { key: 'k', index: 2 } })).toEqual({ key: 'k', index: 2 });
  });
});

// Many highlight notes in one article: a hit shows a few of them with a count
// of the rest, like its text passages, and a search does not read every note.
import { describe, expect, it } from 'vitest';
import type { SearchableNote } from '../../../../main/search/notes';
import { MAX_NOTE_PASSAGES } from '../../../../main/search/notes';
import { MAX_PASSAGES } from '../../../../main/search/passages';
import { article } from '../../../support/collection-fixture';
import { engineFor } from '../../../support/search-fixture';

const articles = [
  article('alliance', 'A Dangerous Alliance', [
    'Troops stationed in the Kursk region.',
    'A defense treaty was signed.',
  ]),
  article('homecoming', 'A Grim Homecoming', ['Many were sent to gulags after the war.']),
];

function manyNotes(count: number): SearchableNote[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `note-${i}`,
    articleId: 'alliance',
    blockId: 'alliance-b1',
    text: `Note ${i}: the treaty and the troops, ${i % 10 === 0 ? 'before winter' : 'in summer'}.`,
  }));
}

describe('many notes in one article', () => {
  const notes = manyNotes(2000);
  const engine = engineFor(articles, { notes: { notes: () => notes } });

  it('shows a few matching notes ahead of the text passages and counts the rest', () => {
    const results = engine.search('treaty');
    expect(results.hits).toHaveLength(1);
    const [hit] = results.hits;
    const fromNotes = hit!.passages.filter((p) => p.fromNote);
    expect(fromNotes.map((p) => p.snippet)).toEqual(
      notes.slice(0, MAX_NOTE_PASSAGES).map((n) => n.text),
    );
    expect(hit!.passages.slice(MAX_NOTE_PASSAGES)).toEqual([
      expect.objectContaining({ blockId: 'alliance-b1' }),
    ]);
    expect(hit!.passages.length).toBeLessThanOrEqual(MAX_NOTE_PASSAGES + MAX_PASSAGES);
    expect(hit!.moreNotes).toBe(2000 - MAX_NOTE_PASSAGES);
    // It was 2,000 passages; a screenful of results stays small.
    expect(JSON.stringify(results).length).toBeLessThan(5000);
  });

  it('counts only the notes that match: an excluded word and a phrase are respected', () => {
    const winter = engine.search('treaty winter').hits[0]!;
    // Every note has "treaty"; the count is of notes with any query word.
    expect(winter.moreNotes).toBe(2000 - MAX_NOTE_PASSAGES);
    const notWinter = engine.search('treaty -winter').hits[0]!;
    expect(notWinter.passages.filter((p) => p.fromNote)).toHaveLength(MAX_NOTE_PASSAGES);
    expect(notWinter.moreNotes).toBe(1800 - MAX_NOTE_PASSAGES);
    const phrase = engine.search('"before winter"').hits[0]!;
    expect(phrase.passages.filter((p) => p.fromNote).map((p) => p.snippet)).toEqual([
      notes[0]!.text,
      notes[10]!.text,
      notes[20]!.text,
    ]);
    expect(phrase.moreNotes).toBe(200 - MAX_NOTE_PASSAGES);
  });

  it('reads only the notes it shows once the list has been searched', () => {
    let reads = 0;
    const counted = manyNotes(2000).map((note) => ({
      ...note,
      get text() {
        reads++;
        return note.text;
      },
    }));
    const watched = engineFor(articles, { notes: { notes: () => counted } });
    watched.search('treaty');
    reads = 0;
    watched.search('troops');
    watched.search('gulags');
    // It read all 2,000 notes on every search.
    expect(reads).toBeLessThanOrEqual(2 * MAX_NOTE_PASSAGES * 3);
    expect(watched.search('summer').hits[0]!.moreNotes).toBe(1800 - MAX_NOTE_PASSAGES);
  });

  it('finds an edited note in the next list sent, and forgets the old words', () => {
    const edited = notes.map((note, i) =>
      i === 7 ? { ...note, text: 'Nothing about that any more: kursk.' } : note,
    );
    const again = engineFor(articles, { notes: { notes: () => edited } });
    expect(again.search('treaty').hits[0]!.moreNotes).toBe(1999 - MAX_NOTE_PASSAGES);
    const kursk = again.search('kursk').hits[0]!;
    expect(kursk.passages[0]).toMatchObject({ fromNote: true, snippet: edited[7]!.text });
    expect(kursk.moreNotes).toBeUndefined();
  });
});

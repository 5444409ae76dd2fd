import { describe, expect, it } from 'vitest';
import {
  SHORTCUTS,
  bindingsOf,
  chordLabels,
  chordMatches,
  parseKeys,
} from '../../../renderer/src/lib/shortcuts';
import { CATALOGUES } from '../../../renderer/src/i18n/catalogues';
import { keyNames } from '../../../renderer/src/i18n/key-names';
import { intlFor } from './intl-for';

const english = keyNames(intlFor('en'));
const french = keyNames(intlFor('fr'));
const german = keyNames(intlFor('de'));
const spanish = keyNames(intlFor('es'));

const press = (
  key: string,
  held: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
) => ({
  key,
  ctrlKey: held.ctrl ?? false,
  metaKey: held.meta ?? false,
  altKey: held.alt ?? false,
  shiftKey: held.shift ?? false,
});

describe('keyboard shortcuts', () => {
  it('reads sequences, modifiers and the plus key', () => {
    expect(parseKeys('g g')).toHaveLength(2);
    expect(parseKeys('Mod+k')).toEqual([{ key: 'k', mod: true, alt: false, shift: false }]);
    expect(parseKeys('+')).toEqual([{ key: '+', mod: false, alt: false, shift: false }]);
    expect(parseKeys('Shift+F3')[0]).toMatchObject({ key: 'F3', shift: true });
  });

  it('takes Mod as Cmd on a Mac and as Ctrl elsewhere, never both', () => {
    const [chord] = parseKeys('Mod+k');
    expect(chordMatches(chord!, press('k', { ctrl: true }), false)).toBe(true);
    expect(chordMatches(chord!, press('k', { meta: true }), false)).toBe(false);
    expect(chordMatches(chord!, press('k', { meta: true }), true)).toBe(true);
    expect(chordMatches(chord!, press('k', { ctrl: true }), true)).toBe(false);
    expect(chordMatches(chord!, press('k'), false)).toBe(false);
  });

  it('matches punctuation by the character typed, whatever Shift the layout needs', () => {
    const [question] = parseKeys('?');
    expect(chordMatches(question!, press('?', { shift: true }), false)).toBe(true);
    expect(chordMatches(question!, press('/'), false)).toBe(false);
  });

  it('tells a letter from its Shift form', () => {
    const [lower] = parseKeys('g');
    const [upper] = parseKeys('Shift+g');
    expect(chordMatches(lower!, press('g'), false)).toBe(true);
    expect(chordMatches(lower!, press('G', { shift: true }), false)).toBe(false);
    expect(chordMatches(upper!, press('G', { shift: true }), false)).toBe(true);
  });

  it('labels keys the way each system writes them', () => {
    const [chord] = parseKeys('Mod+k');
    expect(chordLabels(chord!, english, false)).toEqual(['Ctrl', 'K']);
    expect(chordLabels(chord!, english, true)).toEqual(['⌘', 'K']);
    expect(chordLabels(parseKeys('Escape')[0]!, english, false)).toEqual(['Esc']);
    expect(chordLabels(parseKeys('Shift+ArrowLeft')[0]!, english, true)).toEqual(['⇧', '←']);
  });

  it('writes the keys as French keyboards label them', () => {
    expect(chordLabels(parseKeys('Escape')[0]!, french, false)).toEqual(['Échap']);
    expect(chordLabels(parseKeys('Shift+F3')[0]!, french, false)).toEqual(['Maj', 'F3']);
    expect(chordLabels(parseKeys('Mod+Home')[0]!, french, false)).toEqual(['Ctrl', 'Début']);
    expect(chordLabels(parseKeys('Enter')[0]!, french, false)).toEqual(['Entrée']);
  });

  it('writes the keys as German keyboards label them', () => {
    expect(chordLabels(parseKeys('Mod+k')[0]!, german, false)).toEqual(['Strg', 'K']);
    expect(chordLabels(parseKeys('Shift+F3')[0]!, german, false)).toEqual(['Umschalt', 'F3']);
    expect(chordLabels(parseKeys('Mod+Home')[0]!, german, false)).toEqual(['Strg', 'Pos1']);
    expect(chordLabels(parseKeys('End')[0]!, german, false)).toEqual(['Ende']);
    expect(chordLabels(parseKeys('Enter')[0]!, german, false)).toEqual(['Eingabe']);
  });

  it('writes the keys as Spanish keyboards label them', () => {
    expect(chordLabels(parseKeys('Shift+F3')[0]!, spanish, false)).toEqual(['Mayús', 'F3']);
    expect(chordLabels(parseKeys('Mod+Home')[0]!, spanish, false)).toEqual(['Ctrl', 'Inicio']);
    expect(chordLabels(parseKeys('End')[0]!, spanish, false)).toEqual(['Fin']);
    expect(chordLabels(parseKeys('Enter')[0]!, spanish, false)).toEqual(['Intro']);
  });

  it('writes the keys in English for Chinese and Japanese, whose keyboards do', () => {
    for (const locale of ['zh-Hans', 'ja'] as const) {
      const names = keyNames(intlFor(locale));
      expect(chordLabels(parseKeys('Shift+F3')[0]!, names, false), locale).toEqual(['Shift', 'F3']);
      expect(chordLabels(parseKeys('Mod+Home')[0]!, names, false), locale).toEqual([
        'Ctrl',
        'Home',
      ]);
    }
  });

  it('lets the read-aloud keys act before the keys they share, which they fall through to', () => {
    // The handler runs the first matching entry; one that answers false passes the key on.
    const position = (id: string) => SHORTCUTS.findIndex((shortcut) => shortcut.id === id);
    expect(position('read-aloud-next-section')).toBeLessThan(position('next-section'));
    expect(position('read-aloud-previous-section')).toBeLessThan(position('previous-section'));
    const readAloudKeys = SHORTCUTS.filter((s) => s.id.startsWith('read-aloud')).flatMap(
      (s) => s.keys,
    );
    expect(readAloudKeys).toEqual(['r', '.', ',', ']', '[']);
  });

  it('gives every shortcut a unique id within its scope and a sentence in the catalogue', () => {
    const seen = new Set<string>();
    for (const shortcut of SHORTCUTS) {
      const key = `${shortcut.scope}/${shortcut.id}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(CATALOGUES.en[`shortcut.${shortcut.id}`].length, shortcut.id).toBeGreaterThan(0);
    }
  });

  it('lets Shift select with every caret move, and only with those', () => {
    const matching = (scope: 'caret' | 'reader', event: ReturnType<typeof press>) =>
      bindingsOf(scope)
        .filter(({ chords }) => chords.length === 1 && chordMatches(chords[0]!, event, false))
        .map(({ shortcut }) => shortcut.id);
    expect(matching('caret', press('ArrowRight'))).toEqual(['caret-character']);
    expect(matching('caret', press('ArrowRight', { shift: true }))).toEqual(['caret-character']);
    expect(matching('caret', press('ArrowRight', { shift: true, ctrl: true }))).toEqual([
      'caret-word',
    ]);
    expect(matching('caret', press('End', { shift: true }))).toEqual(['caret-line-boundary']);
    // s is a plain key: Shift+s is not "select the sentence".
    expect(matching('caret', press('S', { shift: true }))).toEqual([]);
    // Reading keys keep their exact chords.
    expect(matching('reader', press('End', { shift: true }))).toEqual([]);
    expect(matching('reader', press('End'))).toEqual(['go-to-end']);
  });
});

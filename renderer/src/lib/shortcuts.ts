// The one table of keyboard shortcuts. The key handler (hooks/useShortcuts)
// matches events against it and the shortcuts overlay draws it, so what the
// overlay lists is exactly what the keys do. What each one does is said in
// the catalogue, as `shortcut.<id>` (a shortcut without one fails the type
// check in ShortcutsDialog). Each view must supply a handler
// for every shortcut of its scope: the types refuse a listed-but-dead key.

export type ShortcutScope =
  'everywhere' | 'library' | 'reader' | 'caret' | 'highlights' | 'notebook';

/** In the order the shortcuts dialog lists them. */
export const SHORTCUT_SCOPES: readonly ShortcutScope[] = [
  'everywhere',
  'library',
  'reader',
  'caret',
  'highlights',
  'notebook',
];

interface ShortcutDefinition {
  readonly id: string;
  readonly scope: ShortcutScope;
  /**
   * Alternatives, each a chord ("j", "Mod+k", "Alt+ArrowLeft", "Shift+g") or
   * a two-key sequence ("g g"). "Mod" is Cmd on macOS and Ctrl elsewhere.
   */
  readonly keys: readonly string[];
  /** Also fires while a text field has focus (only for chords with a modifier). */
  readonly whileTyping?: boolean;
  /** Each chord also fires with Shift held, which selects as it moves (caret keys). */
  readonly shiftSelects?: boolean;
}

/** Read once; without a navigator (Node, where this module is unit-tested) it is not a Mac. */
export const IS_MAC =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

// Caret keys follow each system's own text-editing keys, so a reader's
// habits from any text field work here.
const WORD = IS_MAC ? 'Alt+' : 'Mod+';
const PARAGRAPH = IS_MAC ? 'Alt+' : 'Mod+';
const LINE_BOUNDARY = IS_MAC ? ['Mod+ArrowLeft', 'Mod+ArrowRight'] : ['Home', 'End'];
const ARTICLE_BOUNDARY = IS_MAC ? ['Mod+ArrowUp', 'Mod+ArrowDown'] : ['Mod+Home', 'Mod+End'];

export const SHORTCUTS = [
  {
    id: 'leave-notebook',
    scope: 'notebook',
    keys: ['Escape'],
  },
  {
    id: 'show-shortcuts',
    scope: 'everywhere',
    keys: ['?'],
  },
  // As in a browser: Alt+arrows everywhere, and Cmd+[ and Cmd+] on a Mac too.
  {
    id: 'history-back',
    scope: 'everywhere',
    keys: IS_MAC ? ['Mod+[', 'Alt+ArrowLeft'] : ['Alt+ArrowLeft'],
  },
  {
    id: 'history-forward',
    scope: 'everywhere',
    keys: IS_MAC ? ['Mod+]', 'Alt+ArrowRight'] : ['Alt+ArrowRight'],
  },
  {
    id: 'cycle-theme',
    scope: 'everywhere',
    keys: ['d'],
  },

  {
    id: 'focus-search',
    scope: 'library',
    keys: ['/', 'Mod+k'],
    whileTyping: true,
  },
  { id: 'focus-filter', scope: 'library', keys: ['f'] },
  { id: 'next-article', scope: 'library', keys: ['j', 'ArrowDown'] },
  {
    id: 'previous-article',
    scope: 'library',
    keys: ['k', 'ArrowUp'],
  },
  { id: 'first-article', scope: 'library', keys: ['Home', 'g g'] },
  { id: 'last-article', scope: 'library', keys: ['End', 'Shift+g'] },
  { id: 'open-article', scope: 'library', keys: ['Enter', 'o'] },
  { id: 'cycle-sort', scope: 'library', keys: ['s'] },

  {
    id: 'search-library',
    scope: 'reader',
    keys: ['/', 'Mod+k'],
    whileTyping: true,
  },
  {
    id: 'find-in-article',
    scope: 'reader',
    keys: ['Mod+f'],
    whileTyping: true,
  },
  // Listed before the section keys and Esc: while matches are marked, these
  // keys step through them (and Esc clears them); otherwise they fall through.
  {
    id: 'next-match',
    scope: 'reader',
    keys: [']', 'F3'],
  },
  {
    id: 'previous-match',
    scope: 'reader',
    keys: ['[', 'Shift+F3'],
  },
  {
    id: 'clear-matches',
    scope: 'reader',
    keys: ['Escape'],
  },
  // Read aloud: the skip keys act while it reads (or is paused) and otherwise
  // fall through, so [ and ] still move between sections; Esc stops it
  // (see back-to-library).
  {
    id: 'read-aloud',
    scope: 'reader',
    keys: ['r'],
  },
  {
    id: 'read-aloud-next-sentence',
    scope: 'reader',
    keys: ['.'],
  },
  {
    id: 'read-aloud-previous-sentence',
    scope: 'reader',
    keys: [','],
  },
  {
    id: 'read-aloud-next-section',
    scope: 'reader',
    keys: [']'],
  },
  {
    id: 'read-aloud-previous-section',
    scope: 'reader',
    keys: ['['],
  },
  {
    id: 'back-to-library',
    scope: 'reader',
    keys: ['Escape'],
  },
  {
    id: 'print-article',
    scope: 'reader',
    keys: ['Mod+p'],
    whileTyping: true,
  },
  { id: 'toggle-contents', scope: 'reader', keys: ['t'] },
  { id: 'scroll-down', scope: 'reader', keys: ['j'] },
  { id: 'scroll-up', scope: 'reader', keys: ['k'] },
  { id: 'next-section', scope: 'reader', keys: [']'] },
  { id: 'previous-section', scope: 'reader', keys: ['['] },
  { id: 'go-to-top', scope: 'reader', keys: ['g g', 'Home'] },
  { id: 'go-to-end', scope: 'reader', keys: ['Shift+g', 'End'] },
  { id: 'larger-text', scope: 'reader', keys: ['+', '='] },
  { id: 'smaller-text', scope: 'reader', keys: ['-'] },
  { id: 'reset-text-size', scope: 'reader', keys: ['0'] },
  { id: 'cycle-line-width', scope: 'reader', keys: ['w'] },
  {
    id: 'toggle-caret-mode',
    scope: 'reader',
    keys: ['F7'],
  },

  // Only while caret mode is on; with Shift held each of them selects.
  {
    id: 'caret-character',
    scope: 'caret',
    keys: ['ArrowLeft', 'ArrowRight'],
    shiftSelects: true,
  },
  {
    id: 'caret-word',
    scope: 'caret',
    keys: [`${WORD}ArrowLeft`, `${WORD}ArrowRight`],
    shiftSelects: true,
  },
  {
    id: 'caret-line',
    scope: 'caret',
    keys: ['ArrowUp', 'ArrowDown'],
    shiftSelects: true,
  },
  {
    id: 'caret-line-boundary',
    scope: 'caret',
    keys: LINE_BOUNDARY,
    shiftSelects: true,
  },
  {
    id: 'caret-paragraph',
    scope: 'caret',
    keys: [`${PARAGRAPH}ArrowUp`, `${PARAGRAPH}ArrowDown`],
    shiftSelects: true,
  },
  {
    id: 'caret-article-boundary',
    scope: 'caret',
    keys: ARTICLE_BOUNDARY,
    shiftSelects: true,
  },
  {
    id: 'select-sentence',
    scope: 'caret',
    keys: ['s'],
  },
  {
    id: 'select-paragraph',
    scope: 'caret',
    keys: ['p'],
  },

  {
    id: 'highlight-selection',
    scope: 'highlights',
    keys: ['h'],
  },
  {
    id: 'open-selection-toolbar',
    scope: 'highlights',
    keys: ['Enter'],
  },
  {
    id: 'toggle-bookmark',
    scope: 'highlights',
    keys: ['b'],
  },
  {
    id: 'colour-1',
    scope: 'highlights',
    keys: ['1'],
  },
  { id: 'colour-2', scope: 'highlights', keys: ['2'] },
  { id: 'colour-3', scope: 'highlights', keys: ['3'] },
  { id: 'colour-4', scope: 'highlights', keys: ['4'] },
  {
    id: 'colour-5',
    scope: 'highlights',
    keys: ['5'],
  },
] as const satisfies readonly ShortcutDefinition[];

export type Shortcut = (typeof SHORTCUTS)[number];
export type ShortcutId<Scope extends ShortcutScope> = Extract<Shortcut, { scope: Scope }>['id'];

/** A handler answers false when the key was not for it (the browser then acts as usual). */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void;
export type ShortcutHandlers<Scope extends ShortcutScope> = Record<
  ShortcutId<Scope>,
  ShortcutHandler
>;

export interface KeyChord {
  key: string;
  mod: boolean;
  alt: boolean;
  shift: boolean;
}

export interface ShortcutBinding {
  shortcut: Shortcut;
  chords: KeyChord[];
}

/** Every key combination of a scope's shortcuts, with the Shift forms of caret keys. */
export function bindingsOf(scope: ShortcutScope): ShortcutBinding[] {
  return SHORTCUTS.filter((shortcut) => shortcut.scope === scope).flatMap((shortcut) =>
    shortcut.keys.flatMap((keys) => {
      const chords = parseKeys(keys);
      const selecting =
        'shiftSelects' in shortcut && shortcut.shiftSelects
          ? [{ shortcut, chords: chords.map((chord) => ({ ...chord, shift: true })) }]
          : [];
      return [{ shortcut, chords }, ...selecting];
    }),
  );
}

/** "g g" is two chords; "Mod+k" is one. */
export function parseKeys(keys: string): KeyChord[] {
  return keys.split(' ').map(parseChord);
}

function parseChord(text: string): KeyChord {
  const parts = text.split('+');
  // "+" alone is the plus key, not a separator.
  const key = text === '+' ? '+' : (parts.pop() ?? text);
  const modifiers = text === '+' ? [] : parts;
  return {
    key,
    mod: modifiers.includes('Mod'),
    alt: modifiers.includes('Alt'),
    shift: modifiers.includes('Shift'),
  };
}

type ChordEvent = Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>;

/** Mod is Cmd on a Mac and Ctrl elsewhere; the other one must not be held. */
export function chordMatches(chord: KeyChord, event: ChordEvent, mac = IS_MAC): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== chord.mod || otherMod || event.altKey !== chord.alt) return false;
  if (chord.key.length === 1 && !/[a-z0-9]/i.test(chord.key)) {
    // Punctuation ("?", "+", "[") needs Shift on some layouts and not on
    // others: the character produced is what counts.
    return event.key === chord.key;
  }
  if (event.shiftKey !== chord.shift) return false;
  return chord.key.length === 1
    ? event.key.toLowerCase() === chord.key.toLowerCase()
    : event.key === chord.key;
}

/** Keys whose caps carry a word, which each language writes its own way ("Maj" for Shift in French). */
export type NamedKey = 'Mod' | 'Alt' | 'Shift' | 'Escape' | 'Home' | 'End' | 'Enter';
export type KeyNames = Readonly<Record<NamedKey, string>>;

const KEY_SYMBOLS: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
};

const NAMED_KEYS: ReadonlySet<string> = new Set<NamedKey>(['Escape', 'Home', 'End', 'Enter']);

/** The caps to draw for one chord, e.g. ["Ctrl", "K"]; a Mac draws its modifiers as symbols. */
export function chordLabels(chord: KeyChord, names: KeyNames, mac = IS_MAC): string[] {
  const labels: string[] = [];
  if (chord.mod) labels.push(mac ? '⌘' : names.Mod);
  if (chord.alt) labels.push(mac ? '⌥' : names.Alt);
  if (chord.shift) labels.push(mac ? '⇧' : names.Shift);
  const key = NAMED_KEYS.has(chord.key)
    ? names[chord.key as NamedKey]
    : (KEY_SYMBOLS[chord.key] ?? chord.key);
  labels.push(
    key.length === 1 && (chord.mod || chord.alt || chord.shift) ? key.toUpperCase() : key,
  );
  return labels;
}

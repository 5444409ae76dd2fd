// The one table of keyboard shortcuts. The key handler (hooks/useShortcuts)
// matches events against it and the shortcuts overlay draws it, so what the
// overlay lists is exactly what the keys do. Each view must supply a handler
// for every shortcut of its scope: the types refuse a listed-but-dead key.

export type ShortcutScope =
  'everywhere' | 'library' | 'reader' | 'caret' | 'highlights' | 'notebook';

export const SHORTCUT_SCOPE_TITLES: Record<ShortcutScope, string> = {
  everywhere: 'Everywhere',
  library: 'Library',
  reader: 'Reading',
  caret: 'Caret mode (F7): move and select with the keyboard',
  highlights: 'Highlights and bookmarks',
  notebook: 'Notebook',
};

interface ShortcutDefinition {
  readonly id: string;
  readonly scope: ShortcutScope;
  /**
   * Alternatives, each a chord ("j", "Mod+k", "Alt+ArrowLeft", "Shift+g") or
   * a two-key sequence ("g g"). "Mod" is Cmd on macOS and Ctrl elsewhere.
   */
  readonly keys: readonly string[];
  readonly description: string;
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
    description: 'Close the open editor, else back to the library',
  },
  {
    id: 'show-shortcuts',
    scope: 'everywhere',
    keys: ['?'],
    description: 'Show keyboard shortcuts',
  },
  // As in a browser: Alt+arrows everywhere, and Cmd+[ and Cmd+] on a Mac too.
  {
    id: 'history-back',
    scope: 'everywhere',
    keys: IS_MAC ? ['Mod+[', 'Alt+ArrowLeft'] : ['Alt+ArrowLeft'],
    description: 'Back to where you were (the mouse’s back button too)',
  },
  {
    id: 'history-forward',
    scope: 'everywhere',
    keys: IS_MAC ? ['Mod+]', 'Alt+ArrowRight'] : ['Alt+ArrowRight'],
    description: 'Forward again (the mouse’s forward button too)',
  },
  {
    id: 'cycle-theme',
    scope: 'everywhere',
    keys: ['d'],
    description: 'Switch theme: light, dark, sepia, system',
  },

  {
    id: 'focus-search',
    scope: 'library',
    keys: ['/', 'Mod+k'],
    description: 'Search',
    whileTyping: true,
  },
  { id: 'focus-filter', scope: 'library', keys: ['f'], description: 'Filter articles' },
  { id: 'next-article', scope: 'library', keys: ['j', 'ArrowDown'], description: 'Next article' },
  {
    id: 'previous-article',
    scope: 'library',
    keys: ['k', 'ArrowUp'],
    description: 'Previous article',
  },
  { id: 'first-article', scope: 'library', keys: ['Home', 'g g'], description: 'First article' },
  { id: 'last-article', scope: 'library', keys: ['End', 'Shift+g'], description: 'Last article' },
  { id: 'open-article', scope: 'library', keys: ['Enter', 'o'], description: 'Open article' },
  { id: 'cycle-sort', scope: 'library', keys: ['s'], description: 'Change sort order' },

  {
    id: 'search-library',
    scope: 'reader',
    keys: ['/', 'Mod+k'],
    description: 'Search the library',
    whileTyping: true,
  },
  {
    id: 'find-in-article',
    scope: 'reader',
    keys: ['Mod+f'],
    description: 'Find in this article',
    whileTyping: true,
  },
  // Listed before the section keys and Esc: while matches are marked, these
  // keys step through them (and Esc clears them); otherwise they fall through.
  {
    id: 'next-match',
    scope: 'reader',
    keys: [']', 'F3'],
    description: 'Next match (while matches are marked)',
  },
  {
    id: 'previous-match',
    scope: 'reader',
    keys: ['[', 'Shift+F3'],
    description: 'Previous match (while matches are marked)',
  },
  {
    id: 'clear-matches',
    scope: 'reader',
    keys: ['Escape'],
    description: 'Clear marked matches',
  },
  // Read aloud: the skip keys act while it reads (or is paused) and otherwise
  // fall through, so [ and ] still move between sections; Esc stops it
  // (see back-to-library).
  {
    id: 'read-aloud',
    scope: 'reader',
    keys: ['r'],
    description: 'Read aloud from here or the selection, pause, resume',
  },
  {
    id: 'read-aloud-next-sentence',
    scope: 'reader',
    keys: ['.'],
    description: 'Next sentence (while reading aloud)',
  },
  {
    id: 'read-aloud-previous-sentence',
    scope: 'reader',
    keys: [','],
    description: 'Previous sentence (while reading aloud)',
  },
  {
    id: 'read-aloud-next-section',
    scope: 'reader',
    keys: [']'],
    description: 'Read the next section (while reading aloud)',
  },
  {
    id: 'read-aloud-previous-section',
    scope: 'reader',
    keys: ['['],
    description: 'Read this section again, or the one before (while reading aloud)',
  },
  {
    id: 'back-to-library',
    scope: 'reader',
    keys: ['Escape'],
    description: 'Close what is open or stop reading aloud, else back to the library',
  },
  {
    id: 'print-article',
    scope: 'reader',
    keys: ['Mod+p'],
    description: 'Print this article',
    whileTyping: true,
  },
  { id: 'toggle-contents', scope: 'reader', keys: ['t'], description: 'Show or hide contents' },
  { id: 'scroll-down', scope: 'reader', keys: ['j'], description: 'Scroll down' },
  { id: 'scroll-up', scope: 'reader', keys: ['k'], description: 'Scroll up' },
  { id: 'next-section', scope: 'reader', keys: [']'], description: 'Next section' },
  { id: 'previous-section', scope: 'reader', keys: ['['], description: 'Previous section' },
  { id: 'go-to-top', scope: 'reader', keys: ['g g', 'Home'], description: 'Go to the top' },
  { id: 'go-to-end', scope: 'reader', keys: ['Shift+g', 'End'], description: 'Go to the end' },
  { id: 'larger-text', scope: 'reader', keys: ['+', '='], description: 'Larger text' },
  { id: 'smaller-text', scope: 'reader', keys: ['-'], description: 'Smaller text' },
  { id: 'reset-text-size', scope: 'reader', keys: ['0'], description: 'Reset text size' },
  { id: 'cycle-line-width', scope: 'reader', keys: ['w'], description: 'Change line width' },
  {
    id: 'toggle-caret-mode',
    scope: 'reader',
    keys: ['F7'],
    description: 'Caret mode: move and select with the keyboard',
  },

  // Only while caret mode is on; with Shift held each of them selects.
  {
    id: 'caret-character',
    scope: 'caret',
    keys: ['ArrowLeft', 'ArrowRight'],
    shiftSelects: true,
    description: 'By character (with Shift: select)',
  },
  {
    id: 'caret-word',
    scope: 'caret',
    keys: [`${WORD}ArrowLeft`, `${WORD}ArrowRight`],
    shiftSelects: true,
    description: 'By word (with Shift: select)',
  },
  {
    id: 'caret-line',
    scope: 'caret',
    keys: ['ArrowUp', 'ArrowDown'],
    shiftSelects: true,
    description: 'By line (with Shift: select)',
  },
  {
    id: 'caret-line-boundary',
    scope: 'caret',
    keys: LINE_BOUNDARY,
    shiftSelects: true,
    description: 'To the start or end of the line (with Shift: select)',
  },
  {
    id: 'caret-paragraph',
    scope: 'caret',
    keys: [`${PARAGRAPH}ArrowUp`, `${PARAGRAPH}ArrowDown`],
    shiftSelects: true,
    description: 'By paragraph (with Shift: select)',
  },
  {
    id: 'caret-article-boundary',
    scope: 'caret',
    keys: ARTICLE_BOUNDARY,
    shiftSelects: true,
    description: 'To the start or end of the article (with Shift: select)',
  },
  {
    id: 'select-sentence',
    scope: 'caret',
    keys: ['s'],
    description: 'Select the sentence (again: add the next one)',
  },
  {
    id: 'select-paragraph',
    scope: 'caret',
    keys: ['p'],
    description: 'Select the paragraph (again: add the next one)',
  },

  {
    id: 'highlight-selection',
    scope: 'highlights',
    keys: ['h'],
    description: 'Highlight the selected text',
  },
  {
    id: 'open-selection-toolbar',
    scope: 'highlights',
    keys: ['Enter'],
    description: 'Go to the toolbar of the selected text (Note, Copy, colours)',
  },
  {
    id: 'toggle-bookmark',
    scope: 'highlights',
    keys: ['b'],
    description: 'Bookmark the paragraph you are reading (again to remove)',
  },
  {
    id: 'colour-1',
    scope: 'highlights',
    keys: ['1'],
    description: 'Highlight or recolour: yellow',
  },
  { id: 'colour-2', scope: 'highlights', keys: ['2'], description: 'Highlight or recolour: green' },
  { id: 'colour-3', scope: 'highlights', keys: ['3'], description: 'Highlight or recolour: blue' },
  { id: 'colour-4', scope: 'highlights', keys: ['4'], description: 'Highlight or recolour: pink' },
  {
    id: 'colour-5',
    scope: 'highlights',
    keys: ['5'],
    description: 'Highlight or recolour: high contrast',
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

const KEY_LABELS: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

/** The caps to draw for one chord, e.g. ["Ctrl", "K"]. */
export function chordLabels(chord: KeyChord, mac = IS_MAC): string[] {
  const labels: string[] = [];
  if (chord.mod) labels.push(mac ? '⌘' : 'Ctrl');
  if (chord.alt) labels.push(mac ? '⌥' : 'Alt');
  if (chord.shift) labels.push(mac ? '⇧' : 'Shift');
  const key = KEY_LABELS[chord.key] ?? chord.key;
  labels.push(
    key.length === 1 && (chord.mod || chord.alt || chord.shift) ? key.toUpperCase() : key,
  );
  return labels;
}

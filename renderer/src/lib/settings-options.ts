// Labels and cycling order for each setting, shared by the settings panel,
// the library toolbar and the keyboard shortcuts so they always agree.
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  LIBRARY_SORTS,
  LINE_WIDTHS,
  THEMES,
  type Settings,
} from '../../../common/settings';

export type Theme = Settings['theme'];
export type LineWidth = Settings['lineWidth'];
export type LibrarySort = Settings['librarySort'];

export const THEME_LABELS: Record<Theme, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
};

export const LINE_WIDTH_LABELS: Record<LineWidth, string> = {
  narrow: 'Narrow',
  medium: 'Medium',
  wide: 'Wide',
};

export const LIBRARY_SORT_LABELS: Record<LibrarySort, string> = {
  title: 'Title',
  published: 'Newest first',
  'reading-time': 'Shortest first',
  recent: 'Recently read',
};

/** Cycling order for the theme key: the explicit themes first, then back to following the system. */
export const THEME_CYCLE: readonly Theme[] = ['light', 'dark', 'sepia', 'system'];

export { LIBRARY_SORTS, LINE_WIDTHS, THEMES };

export function nextInCycle<T>(cycle: readonly T[], current: T): T {
  const index = cycle.indexOf(current);
  return cycle[(index + 1) % cycle.length] ?? current;
}

/** The font size one step up or down, kept inside the allowed range. */
export function stepFontSize(size: number, steps: number): number {
  return Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, size + steps));
}

export { DEFAULT_SETTINGS, FONT_SIZE_MAX, FONT_SIZE_MIN };

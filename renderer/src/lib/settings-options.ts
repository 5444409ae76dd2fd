// Labels (catalogue ids) and cycling order for each setting, shared by the settings panel,
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
import type { MessageId } from '../i18n/catalogues';

export type Theme = Settings['theme'];
export type LineWidth = Settings['lineWidth'];
export type LibrarySort = Settings['librarySort'];

export const THEME_LABELS: Record<Theme, MessageId> = {
  system: 'settings.theme.system',
  light: 'settings.theme.light',
  dark: 'settings.theme.dark',
  sepia: 'settings.theme.sepia',
};

export const LINE_WIDTH_LABELS: Record<LineWidth, MessageId> = {
  narrow: 'settings.lineWidth.narrow',
  medium: 'settings.lineWidth.medium',
  wide: 'settings.lineWidth.wide',
};

export const LIBRARY_SORT_LABELS: Record<LibrarySort, MessageId> = {
  title: 'library.sort.title',
  published: 'library.sort.published',
  'reading-time': 'library.sort.readingTime',
  recent: 'library.sort.recent',
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

import { sayErrorsWith } from './error-text';
import { createContext, useContext, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { RawIntlProvider, createIntl, createIntlCache, type IntlShape } from 'react-intl';
import {
  CATALOGUES,
  CATALOGUE_LOCALES,
  SOURCE_LOCALE,
  type CatalogueLocale,
  type InterfaceLanguage,
} from './catalogues';
import { languageDirection } from '../../../common/text-direction';
import { matchLocale } from './match-locale';

/**
 * The interface's language: the one the reader chose, else the first of the
 * system's that a catalogue speaks, else English. A chosen language is
 * formatted with the system's own tag for it when there is one ("fr-CA"
 * dates for a Canadian who chose Français).
 */
export function chooseLocale(requested: readonly string[], choice: InterfaceLanguage = 'system') {
  if (choice !== 'system') return matchLocale<CatalogueLocale>(requested, [choice], choice);
  return matchLocale<CatalogueLocale>(requested, CATALOGUE_LOCALES, SOURCE_LOCALE);
}

const cache = createIntlCache();

export interface InterfaceIntl {
  intl: IntlShape;
  catalogue: CatalogueLocale;
}

/** The formatter for the interface's language, for a provider and for code that notifies outside one. */
export function createInterfaceIntl(
  requested: readonly string[],
  choice: InterfaceLanguage = 'system',
): InterfaceIntl {
  const { catalogue, locale } = chooseLocale(requested, choice);
  const intl = createIntl(
    { locale, defaultLocale: SOURCE_LOCALE, messages: CATALOGUES[catalogue] },
    cache,
  );
  // The newest formatter is the language the interface has just switched to.
  sayErrorsWith(intl);
  return { intl, catalogue };
}

/**
 * Every string the interface shows comes from the catalogue given here;
 * the locale drives plurals, dates and numbers. The app has two: one at the
 * root in the system's language, for what shows before the settings are
 * read, and one under the settings (SettingsProvider) for the chosen one.
 */
export function I18nProvider({
  languages,
  choice = 'system',
  children,
}: {
  languages: readonly string[];
  choice?: InterfaceLanguage;
  children: ReactNode;
}) {
  const value = useMemo(() => createInterfaceIntl(languages, choice), [languages, choice]);
  return <InterfaceIntlProvider value={value}>{children}</InterfaceIntlProvider>;
}

// The innermost provider speaks for the page, whichever mounted last: each
// records its catalogue by its depth and <html lang> and <html dir> are the
// deepest's. The direction mirrors the whole interface for Arabic; articles
// carry their own lang and dir, so an English article stays left to right.
const Depth = createContext(0);
const pageLanguages = new Map<number, CatalogueLocale>();

function applyPageLanguage() {
  const deepest = Math.max(...pageLanguages.keys());
  const catalogue = pageLanguages.get(deepest);
  if (!catalogue) return;
  document.documentElement.lang = catalogue;
  document.documentElement.dir = languageDirection(catalogue);
}

export function InterfaceIntlProvider({
  value,
  children,
}: {
  value: InterfaceIntl;
  children: ReactNode;
}) {
  const { intl, catalogue } = value;
  const depth = useContext(Depth) + 1;
  // The page is in the interface's language and runs its way: screen readers
  // pick their voice by it, and the article and its parts carry their own lang.
  useLayoutEffect(() => {
    pageLanguages.set(depth, catalogue);
    applyPageLanguage();
    return () => {
      pageLanguages.delete(depth);
      applyPageLanguage();
    };
  }, [depth, catalogue]);
  return (
    <Depth.Provider value={depth}>
      <RawIntlProvider value={intl}>{children}</RawIntlProvider>
    </Depth.Provider>
  );
}

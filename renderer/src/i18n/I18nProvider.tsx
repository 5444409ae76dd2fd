import { useLayoutEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { CATALOGUES, CATALOGUE_LOCALES, SOURCE_LOCALE, type CatalogueLocale } from './catalogues';
import { matchLocale } from './match-locale';

/** The interface's language: the first of the system's that a catalogue speaks, else English. */
export function chooseLocale(requested: readonly string[]) {
  return matchLocale<CatalogueLocale>(requested, CATALOGUE_LOCALES, SOURCE_LOCALE);
}

/**
 * Every string the interface shows comes from the catalogue given here;
 * `locale` (the reader's own tag) drives plurals, dates and numbers.
 */
export function I18nProvider({
  languages,
  children,
}: {
  languages: readonly string[];
  children: ReactNode;
}) {
  const { catalogue, locale } = chooseLocale(languages);
  // The page is in the interface's language: screen readers pick their voice
  // by it, and the article and its parts carry their own lang.
  useLayoutEffect(() => {
    document.documentElement.lang = catalogue;
  }, [catalogue]);
  return (
    <IntlProvider locale={locale} defaultLocale={SOURCE_LOCALE} messages={CATALOGUES[catalogue]}>
      {children}
    </IntlProvider>
  );
}

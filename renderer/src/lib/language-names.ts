// Language tags ("zh-Hans", "it") as the reader says them: in the reader's
// own language, the one their system is set to ("Simplified Chinese",
// "Italian" on an English system; "简体中文", "意大利语" on a Chinese one).
// Not each language in itself ("中文", "italiano"): a list whose every line
// is in another script asks the reader to read scripts they may not know to
// find the one they do, and a screen reader would speak them all in one
// voice.

/** Names tags in the first of `locales` Intl knows, then English. */
export function languageNamer(locales: readonly string[]): (tag: string) => string {
  const names = new Intl.DisplayNames([...supported(locales), 'en'], {
    type: 'language',
    fallback: 'code',
  });
  return (tag) => {
    try {
      return names.of(tag) ?? tag;
    } catch (error) {
      // A tag Intl cannot read (from a collection built before tags were
      // checked) is shown as written: it is still the collection's word for it.
      if (error instanceof RangeError) return tag;
      throw error;
    }
  };
}

/** The locales that are well-formed; navigator.languages may hold anything the system says. */
function supported(locales: readonly string[]): string[] {
  return locales.filter((locale) => {
    try {
      return Intl.getCanonicalLocales(locale).length > 0;
    } catch (error) {
      if (error instanceof RangeError) return false;
      throw error;
    }
  });
}

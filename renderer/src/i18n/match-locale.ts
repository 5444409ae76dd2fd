/**
 * The catalogue for the reader's languages: the first of `requested` (most
 * preferred first, as `navigator.languages`) that a catalogue speaks, by
 * language and script, so "fr-CA" reads French and "zh-TW" (Traditional)
 * never falls into a Simplified catalogue. The tag returned for formatting is
 * the reader's own, so dates and numbers follow the reader's region;
 * `fallback` when nothing matches.
 */
export function matchLocale<C extends string>(
  requested: readonly string[],
  catalogues: readonly C[],
  fallback: C,
): { catalogue: C; locale: string } {
  const available = catalogues.map((tag) => ({ tag, key: languageAndScript(tag) }));
  for (const wanted of requested) {
    const key = languageAndScript(wanted);
    if (key === undefined) continue;
    const found = available.find((candidate) => candidate.key === key);
    if (found) return { catalogue: found.tag, locale: wanted };
  }
  return { catalogue: fallback, locale: fallback };
}

/** "fr-CA" → "fr-Latn", "zh-TW" → "zh-Hant"; undefined for a tag that is not one. */
function languageAndScript(tag: string): string | undefined {
  try {
    const full = new Intl.Locale(tag).maximize();
    return `${full.language}-${full.script ?? ''}`;
  } catch {
    // navigator.languages may hold a malformed tag; it just matches nothing.
    return undefined;
  }
}

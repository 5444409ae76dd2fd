// Language tags ("zh-Hans", "it") as the interface says them: in the
// interface's language, that of every other word on screen ("Simplified
// Chinese", "Italian" in English). Not each language in itself ("简体中文",
// "italiano"): the page is in the interface's language, so a screen reader
// speaks these names in that voice, which cannot read a list of names in
// other scripts; and a reader finds their language among the others as they
// find every other control.
const namers = new Map<string, Intl.DisplayNames>();

/** "German" for "de", "Simplified Chinese" for "zh-Hans"; a tag Intl cannot name as written. */
export function languageName(tag: string, interfaceLocale: string): string {
  let namer = namers.get(interfaceLocale);
  if (!namer) {
    namer = new Intl.DisplayNames([interfaceLocale], { type: 'language' });
    namers.set(interfaceLocale, namer);
  }
  try {
    return namer.of(tag) ?? tag;
  } catch (error) {
    // Not a tag Intl can read (from a collection built before tags were
    // checked): the tag itself is still the collection's word for it.
    if (error instanceof RangeError) return tag;
    throw error;
  }
}

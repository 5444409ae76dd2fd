// Language tags ("zh-Hans", "it") as the interface says them: in English,
// the language of every other word of the interface ("Simplified Chinese",
// "Italian"). Not each language in itself ("简体中文", "italiano"): the page
// is lang="en", so a screen reader speaks these names in its English voice,
// which cannot read a list of names in other scripts; and a reader finds
// their language among the others as they find every other control.
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "German" for "de", "Simplified Chinese" for "zh-Hans"; a tag Intl cannot name as written. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch (error) {
    // Not a tag Intl can read (from a collection built before tags were
    // checked): the tag itself is still the collection's word for it.
    if (error instanceof RangeError) return tag;
    throw error;
  }
}

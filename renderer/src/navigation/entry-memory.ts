// What each history entry leaves behind when the reader moves on from it
// (the place in an article, the search that was open), so going back to the
// entry puts it back as it was. Kept in memory, per entry key (see
// history-log.ts), for the life of the window; the oldest entries are
// forgotten past a bound, as a browser forgets far-away scroll positions.

/** The place an article entry was left at: a block and a UTF-16 offset into its text. */
export interface ArticlePlace {
  articleId: string;
  blockId: string;
  offset: number;
}

/** The search field's state when one of its results was followed. */
export interface SearchMemory {
  query: string;
  /** How many pages of results were shown. */
  pages: number;
  /** The followed result, by its href, to focus again. */
  followedHref?: string;
}

interface EntryMemory {
  place?: ArticlePlace;
  search?: SearchMemory;
}

export type MemorySlot = keyof EntryMemory;

/** Far more entries than anyone steps back through. */
export const REMEMBERED_ENTRIES = 500;

export class EntryMemories {
  private readonly byKey = new Map<string, EntryMemory>();

  constructor(private readonly limit = REMEMBERED_ENTRIES) {}

  get<Slot extends MemorySlot>(key: string, slot: Slot): EntryMemory[Slot] | undefined {
    return this.byKey.get(key)?.[slot];
  }

  set<Slot extends MemorySlot>(key: string, slot: Slot, value: EntryMemory[Slot]): void {
    const memory = this.byKey.get(key) ?? {};
    // Re-inserted so the map's order is the order of last use.
    this.byKey.delete(key);
    this.byKey.set(key, { ...memory, [slot]: value });
    while (this.byKey.size > this.limit) {
      const oldest = this.byKey.keys().next().value;
      if (oldest === undefined) break;
      this.byKey.delete(oldest);
    }
  }
}

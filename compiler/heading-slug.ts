// Heading anchors as GitHub names them, so a link written for GitHub
// (`guide.md#getting-started`) reaches the same heading here: lowercase,
// punctuation dropped, spaces as hyphens, and a repeat numbered -1, -2.

export class HeadingSlugs {
  #seen = new Map<string, number>();

  slug(text: string): string {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = this.#seen.get(base);
    this.#seen.set(base, (count ?? -1) + 1);
    return count === undefined ? base : `${base}-${count + 1}`;
  }
}

// reST footnotes and citations: a reference ([1]_, [#]_, [#name]_, [*]_,
// [CIT2002]_) and its definition (`.. [1] text`, `.. [CIT2002] text`) meet
// at one footnote container id, whichever comes first. Auto-numbered ones
// are numbered in order of appearance, and the k-th anonymous reference [#]_
// goes with the k-th anonymous `.. [#]`. A citation shows its label as
// written; references to it match whatever their case.

export interface FootnoteNote {
  /** The footnote container's id, which the reference's note-ref names. */
  id: string;
  /** What the reference shows, and the container's label. */
  label: string;
}

export class RestFootnotes {
  /** The citations the document defines, lowercased: a reference to another is text. */
  readonly #citations: ReadonlySet<string>;
  #byKey = new Map<string, FootnoteNote>();
  #autoNumber = 0;
  #anonymousReferences = 0;
  #anonymousDefinitions = 0;

  constructor(citations: ReadonlySet<string> = new Set()) {
    this.#citations = citations;
  }

  /** Whether `[label]_` refers to a citation of this document. */
  isCitation(label: string): boolean {
    return this.#citations.has(label.toLowerCase());
  }

  /** The note a citation reference `[label]_`, or its definition `.. [label]`, belongs to. */
  citation(label: string): FootnoteNote {
    return this.#note(`citation:${label.toLowerCase()}`, false, label);
  }

  /** The note a reference `[label]_` points at. */
  reference(label: string): FootnoteNote {
    if (label === '#') return this.#note(`#${++this.#anonymousReferences}`, true);
    return this.#note(label, label.startsWith('#') || label === '*');
  }

  /** The note a definition `.. [label]` holds. */
  definition(label: string): FootnoteNote {
    if (label === '#') return this.#note(`#${++this.#anonymousDefinitions}`, true);
    return this.#note(label, label.startsWith('#') || label === '*');
  }

  #note(key: string, automatic: boolean, shown = key): FootnoteNote {
    let note = this.#byKey.get(key);
    if (!note) {
      // An automatic number skips those the document has already given by hand.
      if (automatic)
        do this.#autoNumber++;
        while (this.#byKey.has(String(this.#autoNumber)));
      const label = automatic ? String(this.#autoNumber) : shown;
      note = { id: `fn-${this.#byKey.size + 1}`, label };
      this.#byKey.set(key, note);
    }
    return note;
  }
}

/** A footnote label as reST writes it: a number, #, #name or *. */
export const FOOTNOTE_LABEL = /^(?:[0-9]+|#[\w-]*|\*)$/;

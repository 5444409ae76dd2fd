// The lists, items, boxes (note, warning...), definitions and quotes around
// plain-text blocks, read from indentation as reStructuredText does: a run
// indented past a bullet is inside that item, one indented past `.. note::`
// is inside the note, and a run back at or before either's column has left
// it. A paragraph indented past the text of where it stands is a quote.
import { MAX_CONTAINER_DEPTH, type Container } from '../common/model';

interface Level {
  /** The column of the bullet or of the `..`. */
  indent: number;
  containers: Container[];
  /** Set for a list: its kind, so a bullet of another kind at the same column starts a new list. */
  ordered?: boolean;
  /** Set for a definition list: the container its next term at this column joins. */
  definitions?: Container;
  /**
   * The column its text starts at: an item's after the bullet, otherwise
   * its first paragraph's. A paragraph indented deeper is quoted.
   */
  bodyIndent?: number;
}

export class PlainStructure {
  #stack: Level[] = [];
  #counters = new Map<string, number>();

  /** The containers of a run at `indent` that is not a bullet. */
  at(indent: number): Container[] {
    while (this.#top() && indent <= (this.#top()?.indent ?? 0)) this.#stack.pop();
    return this.path();
  }

  /** A new item at a bullet in column `indent`: of the list at that column, or of a new one. */
  item(
    indent: number,
    ordered: boolean,
    start: number | undefined,
    textIndent: number,
  ): Container[] {
    for (let top = this.#top(); top; top = this.#top()) {
      const [list] = top.containers;
      if (top.indent === indent && top.ordered === ordered && list) {
        top.containers = [list, this.#container({ type: 'item' })];
        top.bodyIndent = textIndent;
        return this.path();
      }
      if (indent > top.indent) break;
      this.#stack.pop();
    }
    const list = this.#container({
      type: 'list',
      ordered,
      ...(ordered && start !== undefined && start !== 1 ? { start } : {}),
    });
    this.#stack.push({
      indent,
      ordered,
      bodyIndent: textIndent,
      containers: [list, this.#container({ type: 'item' })],
    });
    return this.path();
  }

  /**
   * A term at column `indent`, of the definition list at that column or of a
   * new one: the term's containers, and its description's, which the runs
   * indented below it are in.
   */
  definition(indent: number): { term: Container[]; description: Container[] } {
    for (let top = this.#top(); top; top = this.#top()) {
      if (top.indent === indent && top.definitions) break;
      if (indent > top.indent) break;
      this.#stack.pop();
    }
    const top = this.#top();
    const definitions =
      (top?.indent === indent && top.definitions) || this.#container({ type: 'definitions' });
    let level = top;
    if (level === undefined || level.definitions !== definitions) {
      level = { indent, definitions, containers: [] };
      this.#stack.push(level);
    }
    level.containers = [definitions];
    const term = this.path();
    level.containers = [definitions, this.#container({ type: 'description' })];
    return { term, description: this.path() };
  }

  /** A box whose text starts at the directive in column `indent`. */
  aside(indent: number, label: string): Container[] {
    this.at(indent);
    const aside = this.#container({ type: 'aside', ...(label ? { label } : {}) });
    this.#stack.push({ indent, containers: [aside] });
    return this.path();
  }

  /** A figure (picture and caption) at the directive in column `indent`. */
  figure(indent: number): Container[] {
    this.at(indent);
    this.#stack.push({ indent, containers: [this.#container({ type: 'figure' })] });
    return this.path();
  }

  /** A footnote whose text starts at the `..` in column `indent`. */
  footnote(indent: number, id: string, label: string): Container[] {
    this.at(indent);
    this.#stack.push({ indent, containers: [{ type: 'footnote', id, label }] });
    return this.path();
  }

  /**
   * The body of a directive at column `indent` that is neither a box nor a
   * figure (`.. only::`, `.. c:function::`): no container, but its indented
   * paragraphs are its text, not quotes.
   */
  directive(indent: number): Container[] {
    this.at(indent);
    this.#stack.push({ indent, containers: [] });
    return this.path();
  }

  /**
   * The containers of a paragraph at `indent`, which has just left what it
   * is not inside (`at`): a quote when it is indented past the text around
   * it, the same quote as the paragraph before it at that column.
   */
  paragraph(indent: number): Container[] {
    const top = this.#top();
    if (top && top.bodyIndent === undefined) top.bodyIndent = indent;
    const around = top?.bodyIndent ?? 0;
    if (indent > around) {
      this.#stack.push({
        indent: around,
        bodyIndent: indent,
        containers: [this.#container({ type: 'quote' })],
      });
    }
    return this.path();
  }

  /** A section title ends every list and box. */
  clear(): void {
    this.#stack = [];
  }

  /** Past the deepest the model allows, blocks stay in the deepest container reached. */
  path(): Container[] {
    return this.#stack.flatMap((level) => level.containers).slice(0, MAX_CONTAINER_DEPTH);
  }

  #top(): Level | undefined {
    return this.#stack.at(-1);
  }

  #container(fields: WithoutId<Container>): Container {
    const count = (this.#counters.get(fields.type) ?? 0) + 1;
    this.#counters.set(fields.type, count);
    return { ...fields, id: `${PREFIX[fields.type] ?? fields.type}${count}` } as Container;
  }
}

/** A container before its id, for each of the model's kinds. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const PREFIX: Partial<Record<Container['type'], string>> = {
  list: 'l',
  item: 'i',
  aside: 'a',
  figure: 'fig',
  definitions: 'd',
  description: 'dd',
  quote: 'q',
};

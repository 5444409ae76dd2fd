// The link pass: once every file has compiled, links between source files
// become links between articles and blocks. A link's path is resolved
// against its file's folder within the input folder, to the article compiled
// from the file it names; its fragment, through that article's anchors, to
// a block. A reST `:ref:` names a label instead, found in its own file or
// in any other of the collection. A link that leads to no article keeps its
// text without the link and is a warning, with file and line, as is an
// anchor the article lacks.
import path from 'node:path';
import type { Article, Block, LinkTarget, Mark } from '../common/model';
import { articleContentHash } from './hash';
import { formatOfFileName } from './limits';
import type { ArticleLinks, CompileWarning, PendingLink, SourceLinkTarget } from './types';

/** One compiled article, with where it came from and the links it still has to resolve. */
export interface LinkSource {
  /** The source's path within the input folder: '/'-separated, in NFC. */
  relativePath: string;
  /** The source path as the caller named it, for warnings. */
  path: string;
  article: Article;
  links?: ArticleLinks;
}

export interface LinkPassOptions {
  /** Files of the input folder that did not become articles ('/'-separated, NFC), named as such in warnings. */
  rejectedPaths?: ReadonlySet<string>;
}

export interface LinkPassResult {
  /** In the order given; an article whose links changed has its content hash again. */
  articles: Article[];
  /** The warnings of each source, in the order given, by link. */
  warnings: CompileWarning[][];
}

/**
 * Extensions a link to another source may be written with while the
 * collection holds the file under another (a Sphinx page's .html, a kernel
 * reference's .rst to a .txt); any other extension (.png, .pdf) names
 * exactly that file.
 */
const SOURCE_LIKE_EXTENSIONS = new Set(['', '.html', '.htm', '.md', '.markdown', '.txt', '.rst']);

/** Whether the link pass has links of this article to resolve, and so makes it anew. */
export function hasLinksToResolve(links: ArticleLinks | undefined): boolean {
  return links !== undefined && links.pending.length > 0;
}

export function resolveLinks(
  sources: readonly LinkSource[],
  options: LinkPassOptions = {},
): LinkPassResult {
  const collection = new Collection(sources, options.rejectedPaths ?? new Set());
  const articles: Article[] = [];
  const warnings: CompileWarning[][] = [];
  for (const source of sources) {
    const found: CompileWarning[] = [];
    articles.push(
      hasLinksToResolve(source.links)
        ? withLinks(source, collection.resolveAll(source, found))
        : source.article,
    );
    warnings.push(found);
  }
  return { articles, warnings };
}

type Lookup =
  | { found: LinkSource }
  | { missing: string }
  | { outside: true }
  | { notRelative: true }
  | { ambiguous: string; candidates: string[] }
  | { rejected: string };

class Collection {
  readonly #byPath = new Map<string, LinkSource>();
  /** Sources by folder and name without extension ("guide/setup"). */
  readonly #byStem = new Map<string, LinkSource[]>();
  /** Folders holding at least one source. */
  readonly #folders = new Set<string>();
  readonly #anchors = new Map<LinkSource, Map<string, number>>();
  /** Every reST label of the collection: the first file (in the order given) to define one keeps it. */
  readonly #labels = new Map<string, { source: LinkSource; block: number }>();
  readonly #labelsOf = new Map<LinkSource, Map<string, number>>();
  /** #find's answers, by the linking file's folder and format and the path. */
  readonly #found = new Map<string, Lookup>();
  readonly #rejected: ReadonlySet<string>;

  constructor(sources: readonly LinkSource[], rejected: ReadonlySet<string>) {
    this.#rejected = rejected;
    for (const source of sources) {
      this.#byPath.set(source.relativePath, source);
      const stem = stemOf(source.relativePath);
      this.#byStem.set(stem, [...(this.#byStem.get(stem) ?? []), source]);
      for (let folder = path.posix.dirname(source.relativePath); folder !== '.';) {
        this.#folders.add(folder);
        folder = path.posix.dirname(folder);
      }
      for (const [label, block] of source.links?.labels ?? []) {
        if (!this.#labels.has(label)) this.#labels.set(label, { source, block });
      }
    }
  }

  /** Each pending link's target, or undefined for a link that leads nowhere (with its warning). */
  resolveAll(source: LinkSource, warnings: CompileWarning[]): Array<LinkTarget | undefined> {
    return (source.links?.pending ?? []).map((link) => {
      const { target } = link;
      const warn = (code: CompileWarning['code'], message: string) =>
        warnings.push({
          path: source.path,
          ...(target.line !== undefined && { line: target.line }),
          code,
          message,
        });
      if (target.label !== undefined) return this.#labelled(source, target.label, warn);
      if (target.path === '') return this.#inArticle(source, source, target, warn);
      const lookup = this.#find(source, target.path);
      if ('found' in lookup) return this.#inArticle(source, lookup.found, target, warn);
      warn(
        'broken-link',
        `link to ${JSON.stringify(target.href)} ${brokenReason(lookup)}: its text is kept without the link`,
      );
      return undefined;
    });
  }

  /** A `:ref:` label's block: this file's own label first, as Sphinx would have no two. */
  #labelled(
    from: LinkSource,
    label: string,
    warn: (code: CompileWarning['code'], message: string) => void,
  ): LinkTarget | undefined {
    const own = this.#ownLabels(from).get(label);
    const found = own === undefined ? this.#labels.get(label) : { source: from, block: own };
    if (!found) {
      warn(
        'broken-link',
        `:ref: to the label ${JSON.stringify(label)}, which no file of the collection defines (\`.. _${label}:\`): its text is kept without the link`,
      );
      return undefined;
    }
    const block = found.block < 0 ? undefined : found.source.article.blocks[found.block];
    if (found.source === from && block) return { kind: 'block', block: block.id };
    return {
      kind: 'article',
      article: found.source.article.id,
      ...(block && { block: block.id }),
    };
  }

  /** The target within the article found: the block its fragment names, or the top. */
  #inArticle(
    from: LinkSource,
    to: LinkSource,
    target: SourceLinkTarget,
    warn: (code: CompileWarning['code'], message: string) => void,
  ): LinkTarget {
    const sameArticle = from === to;
    const top: LinkTarget = { kind: 'article', article: to.article.id };
    if (target.fragment === undefined || target.fragment === '') return top;
    const index =
      this.#anchorsOf(to).get(target.fragment) ?? this.#anchorsOf(to).get(decoded(target.fragment));
    const block = index === undefined || index < 0 ? undefined : to.article.blocks[index];
    if (block === undefined) {
      if (index === undefined) {
        const where = sameArticle ? 'this article has' : `${to.relativePath} has`;
        warn(
          'missing-anchor',
          `link to ${JSON.stringify(target.href)}: ${where} no anchor ${JSON.stringify(target.fragment)}, so the link opens at the top of the article`,
        );
      }
      return top;
    }
    return sameArticle
      ? { kind: 'block', block: block.id }
      : { kind: 'article', article: to.article.id, block: block.id };
  }

  #ownLabels(source: LinkSource): Map<string, number> {
    let labels = this.#labelsOf.get(source);
    if (!labels) {
      labels = new Map(source.links?.labels ?? []);
      this.#labelsOf.set(source, labels);
    }
    return labels;
  }

  #anchorsOf(source: LinkSource): Map<string, number> {
    let anchors = this.#anchors.get(source);
    if (!anchors) {
      anchors = new Map(source.links?.anchors ?? []);
      this.#anchors.set(source, anchors);
    }
    return anchors;
  }

  /**
   * The source a link's path names, from the linking file's folder. A plain
   * text file names other files as prose ("Documentation/process/howto.rst"),
   * from the top of the project rather than from itself, so its paths are
   * also tried from the input folder's top, and without a first folder the
   * input folder does not have (the kernel's documentation is compiled from
   * inside its "Documentation" folder).
   */
  #find(from: LinkSource, linkPath: string): Lookup {
    // Pages of a site link to the same few pages over and over.
    const key = `${path.posix.dirname(from.relativePath)}\0${isPlainText(from)}\0${linkPath}`;
    let lookup = this.#found.get(key);
    if (!lookup) {
      lookup = this.#findOnce(from, linkPath);
      this.#found.set(key, lookup);
    }
    return lookup;
  }

  #findOnce(from: LinkSource, linkPath: string): Lookup {
    if (linkPath.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(linkPath)) {
      return { notRelative: true };
    }
    const folder = path.posix.dirname(from.relativePath);
    const first = this.#lookUp(path.posix.join(folder, linkPath));
    if ('found' in first || !isPlainText(from)) return first;
    const fromTop = this.#lookUp(linkPath);
    if ('found' in fromTop) return fromTop;
    const [head, ...rest] = path.posix.normalize(linkPath).split('/');
    // The warning names the last place tried: the one the author most likely meant.
    if (head && rest.length > 0 && head !== '..' && !this.#folders.has(head)) {
      return this.#lookUp(rest.join('/'));
    }
    return fromTop;
  }

  /** A path within the input folder (not yet normalised) -> its source. */
  #lookUp(joined: string): Lookup {
    let missing: string | undefined;
    // As written, then percent-decoded segment by segment ("my%20notes.md",
    // and "%2e%2e" is "..", as a browser reads it).
    for (const candidate of unique([joined, decodedPath(joined)])) {
      const normalized = path.posix.normalize(candidate).normalize('NFC');
      if (normalized === '..' || normalized.startsWith('../')) return { outside: true };
      // A link to a folder opens its index page, as a web server would serve it.
      const wanted =
        candidate.endsWith('/') || normalized === '.'
          ? path.posix.join(normalized, 'index')
          : normalized;
      missing ??= wanted;
      const exact = this.#byPath.get(wanted);
      if (exact) return { found: exact };
      if (this.#rejected.has(wanted)) return { rejected: wanted };
      if (!SOURCE_LIKE_EXTENSIONS.has(path.posix.extname(wanted).toLowerCase())) continue;
      const sameStem = this.#byStem.get(stemOf(wanted)) ?? [];
      if (sameStem.length === 1) return { found: sameStem[0]! };
      if (sameStem.length > 1) {
        return { ambiguous: wanted, candidates: sameStem.map((s) => s.relativePath) };
      }
    }
    return { missing: missing ?? joined };
  }
}

function brokenReason(lookup: Exclude<Lookup, { found: LinkSource }>): string {
  if ('rejected' in lookup) return `leads to ${lookup.rejected}, which was rejected`;
  if ('ambiguous' in lookup) {
    return `could mean any of ${lookup.candidates.join(', ')}; write the file's extension`;
  }
  if ('outside' in lookup) return 'leads outside the input folder';
  if ('notRelative' in lookup) return 'is not a path relative to this file';
  return `leads to ${lookup.missing}, which is not in the input folder`;
}

/** The article with its resolved links back in their blocks, in the order the parser made them. */
function withLinks(source: LinkSource, targets: ReadonlyArray<LinkTarget | undefined>): Article {
  const byBlock = new Map<number, Array<{ link: PendingLink; target: LinkTarget | undefined }>>();
  for (const [index, link] of (source.links?.pending ?? []).entries()) {
    const list = byBlock.get(link.block) ?? [];
    list.push({ link, target: targets[index] });
    byBlock.set(link.block, list);
  }
  const blocks = source.article.blocks.map((block, index) => {
    const links = byBlock.get(index);
    return links ? withMarks(block, links) : block;
  });
  const { id, contentHash: _old, ...content } = source.article;
  const next = { ...content, blocks };
  return { id, ...next, contentHash: articleContentHash(next) };
}

function withMarks(
  block: Block,
  links: ReadonlyArray<{ link: PendingLink; target: LinkTarget | undefined }>,
): Block {
  const kept = block.marks ?? [];
  const marks: Mark[] = [];
  let next = 0;
  let pending = 0;
  // The kept marks and the pending links together were the parser's marks, in its order.
  for (let position = 0; position < kept.length + links.length; position++) {
    const entry = links[pending];
    if (entry && entry.link.mark === position) {
      pending++;
      if (entry.target) {
        const { start, end, title } = entry.link;
        marks.push({
          type: 'link',
          start,
          end,
          target: entry.target,
          ...(title !== undefined && { title }),
        });
      }
    } else if (next < kept.length) {
      marks.push(kept[next++]!);
    }
  }
  const { marks: _old, ...rest } = block;
  return marks.length > 0 ? { ...rest, marks } : rest;
}

function isPlainText(source: LinkSource): boolean {
  return formatOfFileName(path.posix.basename(source.relativePath)) === 'plaintext';
}

function stemOf(relativePath: string): string {
  const extension = path.posix.extname(relativePath);
  return extension === '' ? relativePath : relativePath.slice(0, -extension.length);
}

function decodedPath(text: string): string {
  return text.split('/').map(decoded).join('/');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a lone "%": the text is taken as written
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

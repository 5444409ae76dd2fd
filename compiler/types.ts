// Shapes passed between the compiler's steps. Parsers produce draft blocks
// (no ids yet); article.ts turns a parsed document into a validated Article.
import type { Article, BlockKind, Cell, Container, Image, Mark } from '../common/model';
import type { ImageAsset, ImageCheck } from './images';

/**
 * A link as a parser finds it: already resolved (web, same block), or a
 * reference to another source file ("../library/os.html#os.walk",
 * "#install") that only the collection can resolve, once every file has
 * compiled (see the link pass).
 */
export type DraftLinkTarget = Extract<Mark, { type: 'link' }>['target'] | SourceLinkTarget;

/** A link to a source file of the collection, as the parser read it. */
export interface SourceLinkTarget {
  kind: 'source';
  /** The href as written, for warnings. */
  href: string;
  /** The target's path relative to this file, or '' for this file; no fragment. */
  path: string;
  /** The fragment without '#', if any. */
  fragment?: string;
  /**
   * A reST `:ref:` label, lowercased: the target is the block that carries
   * it, in this file or any other of the collection; path is then ''.
   */
  label?: string;
  /** 1-based source line, for the warning when it cannot be resolved. */
  line?: number;
}

export type DraftMark =
  | Exclude<Mark, { type: 'link' }>
  | (Omit<Extract<Mark, { type: 'link' }>, 'target'> & { target: DraftLinkTarget });

/** A block before it has an id: what each source format parser produces. */
export interface DraftBlock {
  kind: BlockKind;
  /** Only for headings. */
  level?: number;
  text: string;
  marks?: DraftMark[];
  /** The structure around the block, outermost first (see common/model.ts). */
  within?: Container[];
  /** Only for code. */
  language?: string;
  /** Only for cells. */
  cell?: Cell;
  /** Only for images, once the image is in the collection's assets. */
  image?: Image;
  /**
   * Only for images, as the source wrote them, before the asset step
   * (images.ts) checks the file and copies it into the collection: `src` as
   * written, relative to the source file; `alt` the text shown instead.
   * A parser sets this and leaves `image` unset.
   */
  imageSource?: { src: string; alt: string; title?: string; line?: number };
  /**
   * Names a link can use to reach this block: HTML ids and names, Markdown
   * heading slugs, reST labels. Resolved to block ids by the link pass; not
   * stored in the article.
   */
  anchors?: string[];
  /**
   * Only for reST: the `.. _label:` targets naming this block, lowercased,
   * which a `:ref:` in any file of the collection reaches (also among
   * `anchors`, for a `#label` link). Not stored in the article.
   */
  labels?: string[];
}

/** Metadata a source may declare (front matter, or HTML meta tags). */
export interface SourceMetadata {
  id?: string;
  title?: string;
  byline?: string;
  source?: string;
  sourceUrl?: string;
  published?: string;
  language?: string;
  tags?: string[];
  summary?: string;
}

/** What the Markdown and plain-text parsers return for a body. */
export interface ParsedBody {
  blocks: DraftBlock[];
  /**
   * The body's own title (first H1, first heading line) when it provides the
   * article's title; that heading is not among the blocks.
   */
  bodyTitle?: string;
  /** The anchors of that heading (see ParsedDocument.titleAnchors). */
  titleAnchors?: string[];
  /** The reST labels of that heading (see ParsedDocument.titleLabels). */
  titleLabels?: string[];
  /** Text of the body left out on purpose, with lines counted from the body's start. */
  warnings?: SourceWarning[];
}

/** What a format parser hands to article.ts. */
export interface ParsedDocument {
  metadata: SourceMetadata;
  /**
   * A title found in the body (first H1, first heading line, <title>), used
   * when the metadata has none. The block it came from is already removed.
   */
  bodyTitle?: string;
  /**
   * Names a link can use to reach the heading that became the title (a
   * Sphinx page's "module-os"): they lead to the article's top.
   */
  titleAnchors?: string[];
  /** The reST labels above the heading that became the title: a `:ref:` to one opens the article's top. */
  titleLabels?: string[];
  blocks: DraftBlock[];
  /** An HTML page's <title> as written (see site-name.ts). */
  pageTitle?: string;
  /** Lines are the source file's. */
  warnings?: SourceWarning[];
}

export type WarningCode =
  /** Content a reader of the source would see that a text article cannot hold (images, video, embedded pages). */
  | 'not-shown'
  /** A directive that pulls text in from elsewhere (an include, a toctree, kernel-doc), which the compiler does not follow. */
  | 'not-included'
  /** A source comment (reST `.. comment`) that looks like text but is not shown in the rendered document. */
  | 'comment'
  /** A link to a file that is not in the collection (missing, rejected, outside the input folder): its text stays, without the link. */
  | 'broken-link'
  /** A link to an article of the collection at an anchor it does not have: it opens at the article's top. */
  | 'missing-anchor'
  /**
   * An image the compiler does not bring into the collection (missing,
   * remote, outside the input folder, not an image, too large); its alt
   * text, when it has one, stands in its place.
   */
  | 'image';

/**
 * Text of the main content that the compiler leaves out on purpose. The
 * article is still compiled; the publisher is told where, so nothing is lost
 * without a word.
 */
export interface CompileWarning {
  /** The source path as the caller named it. */
  path: string;
  /** 1-based line in the source file, when the parser knows it. */
  line?: number;
  code: WarningCode;
  /** One line a publisher can act on. */
  message: string;
}

/** A warning as a parser reports it, before the file's path is known. */
export type SourceWarning = Omit<CompileWarning, 'path'>;

export type RejectionCode =
  | 'unsupported-type'
  | 'too-large'
  | 'unreadable'
  | 'not-text'
  | 'empty'
  | 'bad-front-matter'
  | 'bad-id'
  | 'duplicate-id'
  | 'invalid-article'
  /** Nested so deeply that reading it would take minutes or overflow the stack. */
  | 'too-complex'
  /** A bug in the compiler, reported against the file that triggered it. */
  | 'compiler-error';

/** Why one source file did not become an article. */
export interface Rejection {
  /** The source path as the caller named it. */
  path: string;
  code: RejectionCode;
  /** One line a publisher can act on. */
  reason: string;
}

export type CompileResult =
  | {
      article: Article;
      warnings: CompileWarning[];
      /** An HTML page's <title> as written, for the collection to find a shared site name in. */
      pageTitle?: string;
      /** The SHA-256 of the bytes compiled (compileFile), which the compile cache keys the article by. */
      sourceSha256?: string;
      /** Links to source files and the article's anchors, for the link pass; absent when it has neither. */
      links?: ArticleLinks;
      /** The image files the article shows (images.ts); none when absent. */
      assets?: ImageAsset[];
      /** What each image reference came to, for the compile cache to check again. */
      imageChecks?: ImageCheck[];
      /** What each reST include came to, for the compile cache to check again (include.ts). */
      includeChecks?: IncludeCheck[];
    }
  | { rejection: Rejection };

/**
 * A link to a source file, taken out of its block until the link pass
 * (links.ts) knows the whole collection. Blocks are found by index, not id:
 * taking a site name off a title can remove the first block and renumber
 * the ids of the others.
 */
export interface PendingLink {
  /** The block's index in article.blocks. */
  block: number;
  /** The link's index among the block's marks as the parser made them: where it goes back. */
  mark: number;
  start: number;
  end: number;
  title?: string;
  target: SourceLinkTarget;
}

/** What the link pass needs of one article, kept beside it and never stored in it. */
export interface ArticleLinks {
  /** In block order, and in mark order within a block. */
  pending: PendingLink[];
  /**
   * Each name a link can use to reach a block, with the block's index; -1 is
   * the article's top (the heading that became the title). Pairs, not an
   * object: a name is the source's text, "__proto__" included.
   */
  anchors: Array<[name: string, block: number]>;
  /** The reST labels among them, which `:ref:` roles of every file reach; none when absent. */
  labels?: Array<[name: string, block: number]>;
}

/**
 * One include as the compile read it: the target as written, the real path
 * of the file it was written in, and what it came to (the hash of the text
 * read, or why nothing was). A warm build reuses the article only if every
 * include comes to the same again, so editing, adding or removing an
 * included file recompiles the files that include it.
 */
export interface IncludeCheck {
  target: string;
  from: string;
  outcome: string;
}

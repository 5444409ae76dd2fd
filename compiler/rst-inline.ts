// A plain-text or reStructuredText paragraph's inline markup -> the text a
// reader of the rendered docs sees, with marks: ``literals`` and code roles
// as code, *emphasis*, **strong**, bare URLs and `text <url>`_ as web links,
// :doc: and :ref: roles and written paths to other documents as links to
// those sources (resolved by the link pass). Start and end strings follow
// reST's rules (an asterisk inside a word, as in the glob KVM_GET_*, is text).
import path from 'node:path';
import { InlineText, type InlineResult } from './inline-text';
import { linkTargetOf } from './link-target';
import type { RestFootnotes } from './rst-footnotes';
import type { DraftLinkTarget } from './types';

export interface RestInlineContext {
  /**
   * This file's path from the documentation's root, with "/" between
   * folders ("admin-guide/kernel-parameters.txt"), when known: paths written
   * from the root ("Documentation/process/howto.rst", :doc:`/process/howto`)
   * are made relative to this file with it, and otherwise left unlinked.
   */
  pathFromRoot?: string;
  /** 1-based line of the paragraph, for warnings about its links. */
  line?: number;
  /** The document's footnotes and citations, which references [1]_ and [CIT2002]_ point at. */
  footnotes?: RestFootnotes;
}

/** Pages Sphinx generates, as a `:ref:` to them reads in the rendered docs. */
const SPHINX_GENERATED_PAGES = new Map([
  ['genindex', 'Index'],
  ['modindex', 'Module Index'],
  ['search', 'Search Page'],
]);

/** Roles the rendered docs show in a fixed-width font. */
const CODE_ROLE =
  /^(?:(?:c|cpp|py|js|rst):)?(?:func|function|type|macro|member|struct|union|enum|enumerator|var|data|const|attr|class|meth|mod|exc|obj|expr|texpr|samp|file|command|program|envvar|option|kbd|literal|code|manpage|dir|role)$/;

const BEFORE_START = String.raw`(?<=^|[\s\-:/'"<(\[{])`;
const AFTER_END = String.raw`(?=$|[\s\-.,:;!?\\/'")\]}>])`;

const INLINE = new RegExp(
  [
    String.raw`(?<![\w\]])\[(?<note>[0-9]+|#[\w-]*|\*)\]_(?!\w)`,
    String.raw`(?<![\w\]])\[(?<citation>\d*[A-Za-z_][\w.+:-]*)\]_(?!\w)`,
    String.raw`(?<![\w\x60]):(?<role>[\w.+-]+(?::[\w.+-]+)*):\x60(?<roleText>[^\x60]+)\x60`,
    String.raw`\x60\x60(?<literal>\S|\S.*?\S)\x60\x60(?!\w)`,
    String.raw`(?<![\w\x60])\x60(?<reference>[^\x60]+)\x60__?(?!\w)`,
    String.raw`(?<![\w\x60])\x60(?<interpreted>\S(?:[^\x60]*?\S)?)\x60(?![\w\x60])`,
    String.raw`${BEFORE_START}\*\*(?<strong>[^\s*](?:.*?[^\s*])?)\*\*${AFTER_END}`,
    String.raw`${BEFORE_START}\*(?<emphasis>[^\s*](?:[^*]*?[^\s*])?)\*${AFTER_END}`,
    String.raw`(?<![\w/@.-])(?<url>(?:https?:\/\/|mailto:)[^\s<>"\x60]+)`,
    String.raw`(?<![\w/.@-])(?<path>(?:\.{1,2}\/)*(?:[\w][\w+-]*\/(?:[\w][\w.+-]*\/)*)?[\w][\w+-]*(?:\.[\w+-]+)*\.(?:rst|txt|md|html?))(?![\w/-])`,
  ].join('|'),
  'gu',
);

/** A target that names another document: its extension says so. */
const DOCUMENT = /^[^\s#]+\.(?:rst|txt|md|html?)(?:#\S*)?$/;

export function restInline(text: string, context: RestInlineContext): InlineResult {
  const out = new InlineText();
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const groups = match.groups ?? {};
    out.append(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (groups.note !== undefined) footnoteReference(out, groups.note, match[0], context);
    else if (groups.citation !== undefined)
      citationReference(out, groups.citation, match[0], context);
    else if (groups.role !== undefined) role(out, groups.role, groups.roleText ?? '', context);
    else if (groups.literal !== undefined) out.marked({ type: 'code' }, groups.literal);
    else if (groups.reference !== undefined) hyperlink(out, groups.reference, context);
    else if (groups.interpreted !== undefined) out.append(groups.interpreted);
    else if (groups.strong !== undefined) out.marked({ type: 'strong' }, groups.strong);
    else if (groups.emphasis !== undefined) out.marked({ type: 'emphasis' }, groups.emphasis);
    else if (groups.url !== undefined) last -= bareUrl(out, groups.url);
    else if (groups.path !== undefined)
      linked(out, groups.path, sourcePath(groups.path, context), context);
  }
  out.append(text.slice(last));
  return out.take();
}

function footnoteReference(
  out: InlineText,
  label: string,
  written: string,
  context: RestInlineContext,
): void {
  if (!context.footnotes) {
    out.append(written);
    return;
  }
  const note = context.footnotes.reference(label);
  out.marked({ type: 'note-ref', note: note.id }, note.label);
}

/** `[CIT2002]_`: a reference to the document's citation, or its text as written when there is none. */
function citationReference(
  out: InlineText,
  label: string,
  written: string,
  context: RestInlineContext,
): void {
  if (!context.footnotes?.isCitation(label)) {
    out.append(written);
    return;
  }
  const note = context.footnotes.citation(label);
  out.marked({ type: 'note-ref', note: note.id }, note.label);
}

function role(out: InlineText, name: string, inner: string, context: RestInlineContext): void {
  const shown = (name === 'ref' && SPHINX_GENERATED_PAGES.get(inner)) || referenceText(inner);
  const target = /<([^<>]+)>$/.exec(inner)?.[1]?.trim() ?? inner.replace(/^[~!]/, '').trim();
  if (name === 'doc') {
    const file = target.startsWith('/')
      ? fromRoot(`${target.slice(1)}.rst`, context)
      : `${target}.rst`;
    linked(out, shown, file === undefined ? undefined : { path: file }, context);
  } else if (name === 'ref') {
    // The pages Sphinx generates are in no collection: their name is all there is to show.
    if (SPHINX_GENERATED_PAGES.has(inner)) out.append(shown);
    else labelled(out, shown, target.replace(/\s+/g, ' ').toLowerCase(), context);
  } else if (CODE_ROLE.test(name)) {
    out.marked({ type: 'code' }, shown);
  } else {
    out.append(shown);
  }
}

/** A `:ref:` to a label, which the link pass finds in this file or another of the collection. */
function labelled(out: InlineText, shown: string, label: string, context: RestInlineContext): void {
  const link: DraftLinkTarget = {
    kind: 'source',
    href: `:ref:\`${label}\``,
    path: '',
    label,
    ...(context.line === undefined ? {} : { line: context.line }),
  };
  out.marked({ type: 'link', target: link }, shown);
}

/** `text <https://...>`_ or `text <other.rst>`_: the text, linked when the target is one. */
function hyperlink(out: InlineText, inner: string, context: RestInlineContext): void {
  const target = /<([^<>]+)>$/s.exec(inner)?.[1]?.trim();
  const shown = referenceText(inner);
  if (target === undefined) {
    out.append(shown);
    return;
  }
  const web = linkTargetOf(target, context.line);
  if (web?.kind === 'web') out.marked({ type: 'link', target: web }, shown);
  // `text <Other Name_>`_ points at a named target, not a file.
  else if (DOCUMENT.test(target)) linked(out, shown, sourcePath(target, context), context);
  else out.append(shown);
}

/**
 * A bare URL, without the punctuation that ends its sentence. Returns how
 * many characters of the match were not part of it, to be read as text.
 */
function bareUrl(out: InlineText, written: string): number {
  let url = written.replace(/[.,;:!?'"*]+$/, '');
  // A closing bracket belongs to the URL only when it opens one too.
  while (
    /[)\]>]$/.test(url) &&
    count(url, url.at(-1) === ')' ? '(' : '[') < count(url, url.at(-1) ?? '')
  ) {
    url = url.slice(0, -1).replace(/[.,;:!?'"*]+$/, '');
  }
  const target = linkTargetOf(url);
  if (target?.kind === 'web') out.marked({ type: 'link', target }, url);
  else out.append(url);
  return written.length - url.length;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function linked(
  out: InlineText,
  shown: string,
  target: { path: string; fragment?: string } | undefined,
  context: RestInlineContext,
): void {
  if (!target) {
    out.append(shown);
    return;
  }
  const link: DraftLinkTarget = {
    kind: 'source',
    href: target.fragment === undefined ? target.path : `${target.path}#${target.fragment}`,
    path: target.path,
    ...(target.fragment === undefined ? {} : { fragment: target.fragment }),
    ...(context.line === undefined ? {} : { line: context.line }),
  };
  out.marked({ type: 'link', target: link }, shown);
}

/** A written path to another document, relative to this file, or undefined when it cannot be placed. */
function sourcePath(
  written: string,
  context: RestInlineContext,
): { path: string; fragment?: string } | undefined {
  if (written.startsWith('Documentation/')) {
    const file = fromRoot(written.slice('Documentation/'.length), context);
    return file === undefined ? undefined : { path: file };
  }
  const target = linkTargetOf(written, context.line);
  if (target?.kind !== 'source' || target.path === '') return undefined;
  return target.fragment === undefined
    ? { path: target.path }
    : { path: target.path, fragment: target.fragment };
}

function fromRoot(file: string, context: RestInlineContext): string | undefined {
  if (context.pathFromRoot === undefined) return undefined;
  return path.posix.relative(path.posix.dirname(context.pathFromRoot), file);
}

/** `text <target>` inside a role or link: the reader sees the text (or the target if there is none). */
function referenceText(inner: string): string {
  const labelled = /^(.*?)\s*<[^<>]+>$/s.exec(inner);
  if (labelled?.[1]) return labelled[1];
  // `~module.name` shows only the last part; `!name` suppresses the link.
  if (inner.startsWith('~')) return inner.slice(1).split('.').at(-1) ?? inner;
  return inner.replace(/^!/, '');
}

// Article ids. They become file names in the compiled collection, so they are
// checked against ARTICLE_ID_PATTERN, which has no dots or slashes (an id can
// never name a path outside the articles folder) and no device name Windows
// keeps (con, nul, com1...; see common/model.ts). Paths are taken in NFC, so
// a file copied between systems keeps its id.
import { createHash } from 'node:crypto';
import { ARTICLE_ID_PATTERN } from '../common/model';
import { SourceRejected } from './rejection';

const MAX_ID_CHARS = 120;

/**
 * The id of a source from its path relative to the input folder, so two
 * files of the same name in two folders are two articles:
 * "session/intro.html" -> "session-intro", "Kernel Docs__README.rst.txt" ->
 * "kernel-docs-readme-rst". Only the file's own extension goes ("v1.2/a.md"
 * -> "v1-2-a"). Either separator is a folder's end, so an id does not depend
 * on the system the collection was built on.
 */
export function slugFromSourcePath(relativePath: string): string {
  // NFC first: macOS writes names decomposed (NFD), other systems composed,
  // and a file copied between them must keep its id (highlights hang on it).
  const stem = relativePath
    .normalize('NFC')
    .replace(/\\/g, '/')
    .replace(/\.[^./]*$/, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD: é -> e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name with no Latin letters or digits (日本.md) still needs an id: a
  // hash of the path is stable for the file and distinct from its neighbours.
  if (slug === '') return `article-${shortHash(stem)}`;
  // CON.md, nul.txt: names Windows keeps for devices get the hash too.
  if (!ARTICLE_ID_PATTERN.test(slug) && slug.length <= MAX_ID_CHARS) {
    return `${slug}-${shortHash(stem)}`;
  }
  if (slug.length <= MAX_ID_CHARS) return slug;
  // Cutting long paths could make two of them equal; the hash keeps them apart.
  const hashPart = `-${shortHash(slug)}`;
  return `${slug.slice(0, MAX_ID_CHARS - hashPart.length).replace(/-+$/, '')}${hashPart}`;
}

/** The id from front matter if given (and valid), else the slug of the source's relative path. */
export function articleId(declaredId: string | undefined, relativePath: string): string {
  if (declaredId === undefined) return slugFromSourcePath(relativePath);
  if (!ARTICLE_ID_PATTERN.test(declaredId)) {
    throw new SourceRejected(
      'bad-id',
      `id ${JSON.stringify(declaredId)} is not allowed: an id is 1-120 lowercase letters, digits and dashes, starting with a letter or digit, and not a name Windows keeps for devices (con, nul, com1...)`,
    );
  }
  return declaredId;
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

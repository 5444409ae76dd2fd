import type { Annotation } from './annotations';

/**
 * The article's annotations once the stored list arrives. Anything the reader
 * made or changed while it was on its way (a `b` pressed as the article
 * opened) is newer than the list and is kept, not overwritten.
 */
export function mergeLoadedAnnotations(
  loaded: readonly Annotation[],
  madeMeanwhile: readonly Annotation[],
): Annotation[] {
  const local = new Set(madeMeanwhile.map((a) => a.id));
  return [...loaded.filter((a) => !local.has(a.id)), ...madeMeanwhile];
}

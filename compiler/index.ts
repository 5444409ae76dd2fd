// The content compiler's public surface, for the CLI (scripts/content-build.ts),
// the benchmarks and the tests. The app never runs the compiler (a lint rule
// keeps its code from importing it): collections are compiled ahead of time.
export { compileCollection, DEFAULT_COLLECTION_TITLE } from './collection';
export type { CollectionBuildResult, CompileCollectionOptions } from './collection';
export { compileFolder } from './compile';
export type { BuildProgress, CompiledFolder, CompileFolderOptions } from './compile';
export { compileFile, compileSource } from './compile-source';
export type { SourceFile } from './compile-source';
export { MAX_SOURCE_BYTES, SUPPORTED_EXTENSIONS } from './limits';
export type { CompileResult, Rejection, RejectionCode } from './types';

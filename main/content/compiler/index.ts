// The content compiler's public surface, for the CLI (scripts/content-build.ts)
// and for the main process (importing a reader's own files).
export { compileCollection, DEFAULT_COLLECTION_TITLE } from './collection';
export type { CollectionBuildResult, CompileCollectionOptions } from './collection';
export { compileFolder } from './compile';
export type { BuildProgress, CompiledFolder, CompileFolderOptions } from './compile';
export { compileFile, compileSource } from './compile-source';
export type { SourceFile } from './compile-source';
export { MAX_SOURCE_BYTES, SUPPORTED_EXTENSIONS } from './limits';
export type { CompileResult, Rejection, RejectionCode } from './types';

// A folder of sources -> articles and rejections. Every file is compiled even
// after a rejection, so a publisher sees every problem in one run instead of
// fixing them one build at a time; whether anything is written despite
// rejections is the caller's decision (compileCollection's keepGoing).
import type { Article } from '../../../common/model';
import { compileFile } from './compile-source';
import type { CompileWarning, Rejection } from './types';
import { listSourceFiles } from './walk';

export type BuildProgress =
  | { phase: 'compile'; done: number; total: number }
  | { phase: 'index'; articles: number }
  | { phase: 'write'; articles: number };

export interface CompileFolderOptions {
  /** The folder holding the sources (searched recursively). */
  sourceDir: string;
  onProgress?: (progress: BuildProgress) => void;
}

export interface CompiledFolder {
  articles: Article[];
  rejections: Rejection[];
  /** Text the compiled articles leave out on purpose, file by file in the order compiled. */
  warnings: CompileWarning[];
  /** Files found, including rejected ones and any not reached. */
  fileCount: number;
}

export async function compileFolder(options: CompileFolderOptions): Promise<CompiledFolder> {
  const { sourceDir, onProgress } = options;
  const listing = await listSourceFiles(sourceDir);
  const total = listing.files.length + listing.rejections.length;
  const articles: Article[] = [];
  const rejections: Rejection[] = [...listing.rejections];
  const warnings: CompileWarning[] = [];
  /** Which file first used each id, for the duplicate message. */
  const firstPathOfId = new Map<string, string>();

  let done = listing.rejections.length;
  for (const file of listing.files) {
    const compiled = await compileFile(file);
    done++;
    onProgress?.({ phase: 'compile', done, total });
    let rejection = 'rejection' in compiled ? compiled.rejection : undefined;
    if ('article' in compiled) {
      const firstPath = firstPathOfId.get(compiled.article.id);
      if (firstPath === undefined) {
        firstPathOfId.set(compiled.article.id, file);
        articles.push(compiled.article);
        // A loop, not push(...): a file may have more warnings than fit on the stack.
        for (const warning of compiled.warnings) warnings.push(warning);
      } else {
        rejection = {
          path: file,
          code: 'duplicate-id',
          reason: `duplicate id "${compiled.article.id}": already used by ${firstPath}`,
        };
      }
    }
    if (rejection) {
      rejections.push(rejection);
    }
  }
  return { articles, rejections, warnings, fileCount: total };
}

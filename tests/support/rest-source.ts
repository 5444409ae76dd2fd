// reST test documents: lines made into a file the compiler reads as
// reStructuredText (the kernel's licence tag on top says so), and the draft
// blocks it compiles to.
import { parsePlainText } from '../../compiler/plaintext';
import type { DraftBlock } from '../../compiler/types';

export const restSource = (...lines: string[]) =>
  ['.. SPDX-License-Identifier: GPL-2.0', '', ...lines, ''].join('\n');

export const restBlocks = (...lines: string[]): DraftBlock[] =>
  parsePlainText(restSource(...lines)).blocks;

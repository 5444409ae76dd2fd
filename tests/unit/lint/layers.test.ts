// The layer rules of eslint.config.js, proved on snippets: each import that
// crosses a layer the wrong way fails `npm run lint`, and the same import
// passes where it belongs, so no rule is blanket.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function importProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the layer lint rules', () => {
  it.each([
    ['common/leak.ts', "import { x } from '../main/services';\nvoid x;\n", /common\/ is shared/],
    ['common/leak.ts', "import { x } from '../renderer/src/App';\nvoid x;\n", /common\/ is shared/],
    ['common/leak.ts', "import { x } from '../preload/index';\nvoid x;\n", /common\/ is shared/],
    [
      'main/search/leak.ts',
      "import { log } from '../electron/log';\nvoid log;\n",
      /Services stay plain Node/,
    ],
    [
      'main/leak.ts',
      "import { log } from './electron/log';\nvoid log;\n",
      /Services stay plain Node/,
    ],
    [
      'main/services-leak.ts',
      "import { compileFolder } from '../compiler/compile';\nvoid compileFolder;\n",
      /content compiler is a build tool/,
    ],
    [
      'main/content/leak.ts',
      "import { compileFolder } from '../../compiler/compile';\nvoid compileFolder;\n",
      /content compiler is a build tool/,
    ],
    [
      'main/electron/leak.ts',
      "import { compileFolder } from '../../compiler/compile';\nvoid compileFolder;\n",
      /content compiler is a build tool/,
    ],
    [
      'renderer/src/leak.ts',
      "import { x } from '../../compiler/index';\nvoid x;\n",
      /content compiler is a build tool/,
    ],
  ])('refuses the import in %s', async (file, code, message) => {
    const problems = await importProblems(file, code);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it.each([
    ['main/electron/ok.ts', "import { log } from './log';\nvoid log;\n"],
    [
      'main/index-ok.ts',
      "import { createReaderServices } from './services';\nvoid createReaderServices;\n",
    ],
    ['compiler/ok.ts', "import { slugify } from './slug';\nvoid slugify;\n"],
    [
      'scripts/ok.ts',
      "import { compileCollection } from '../compiler/index';\nvoid compileCollection;\n",
    ],
    [
      'tests/unit/ok.test.ts',
      "import { compileCollection } from '../../compiler/index';\nvoid compileCollection;\n",
    ],
    ['common/ok.ts', "import { x } from './model';\nvoid x;\n"],
  ])('lets the import in %s through', async (file, code) => {
    expect(await importProblems(file, code)).toEqual([]);
  });

  it('still lets main/index.ts use the Electron glue', async () => {
    expect(
      await importProblems('main/index.ts', "import { log } from './electron/log';\nvoid log;\n"),
    ).toEqual([]);
  });
});

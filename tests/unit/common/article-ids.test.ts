// Article ids become file names on every system the collection is installed
// on, so none may be a name Windows keeps for a device (con.json there opens
// the console, whatever the extension).
import { describe, expect, it } from 'vitest';
import { ArticleIdSchema } from '../../../common/model';
import { compileSource } from '../../../compiler/index';

const text = (s: string) => new TextEncoder().encode(s);

describe('article ids and Windows device names', () => {
  it.each(['con', 'prn', 'aux', 'nul', 'com1', 'lpt9'])('refuses %s as an id', (id) => {
    expect(ArticleIdSchema.safeParse(id).success).toBe(false);
    const result = compileSource({ path: 'a.md', bytes: text(`---\nid: ${id}\n---\nText.`) });
    expect('rejection' in result && result.rejection.code).toBe('bad-id');
    expect('rejection' in result && result.rejection.reason).toMatch(/Windows keeps for devices/);
  });

  it.each(['CON.md', 'nul.txt', 'Com1.html'])(
    'gives %s an id that is not a device name',
    (name) => {
      const body = name.endsWith('.html') ? '<p>Some text here.</p>' : 'Some text here.';
      const result = compileSource({ path: name, bytes: text(body) });
      expect('article' in result).toBe(true);
      const id = 'article' in result ? result.article.id : '';
      expect(ArticleIdSchema.safeParse(id).success).toBe(true);
      expect(id).toMatch(/^(con|nul|com1)-[0-9a-f]{8}$/);
    },
  );

  it('still accepts ids that merely start like one', () => {
    for (const id of ['console', 'con-men', 'nullable', 'com10', 'auxiliary']) {
      expect(ArticleIdSchema.safeParse(id).success, id).toBe(true);
    }
  });
});

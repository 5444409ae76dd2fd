// Every catalogue says what English says: the same keys, and in each message
// the same arguments (with the same formats), the same select branches and
// the same markup tags, so no translation drops a count or breaks a link.
// Plural branches may differ: each language has its own plural categories.
import { describe, expect, it } from 'vitest';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES, SOURCE_LOCALE } from '../../../../renderer/src/i18n/catalogues';

type Messages = Readonly<Record<string, string>>;

/** "count:plural", "kind:select=bookmark", "<code>": what a translation must keep. */
function shapeOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          found.add(`${element.value}:${TYPE[element.type]}`);
          break;
        case TYPE.select:
          for (const [key, option] of Object.entries(element.options)) {
            found.add(`${element.value}:select=${key}`);
            walk(option.value);
          }
          break;
        case TYPE.plural:
          found.add(`${element.value}:plural`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          found.add(`<${element.value}>`);
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** What is wrong with `catalogue` measured against `reference`, one line each. */
function catalogueProblems(reference: Messages, catalogue: Messages): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(reference)) {
    if (!(id in catalogue)) problems.push(`${id}: missing`);
  }
  for (const id of Object.keys(catalogue)) {
    if (!(id in reference)) {
      problems.push(`${id}: not in English`);
      continue;
    }
    let shape: string[];
    try {
      shape = shapeOf(catalogue[id]!);
    } catch (error) {
      problems.push(`${id}: not an ICU message (${(error as Error).message})`);
      continue;
    }
    const expected = shapeOf(reference[id]!);
    if (shape.join(' ') !== expected.join(' ')) {
      problems.push(
        `${id}: has ${shape.join(', ') || 'no arguments'}, English ${expected.join(', ')}`,
      );
    }
  }
  return problems;
}

const english: Messages = CATALOGUES[SOURCE_LOCALE];

describe('the message catalogues', () => {
  it('English parses as ICU, every message', () => {
    for (const [id, message] of Object.entries(english)) {
      expect(() => parse(message), id).not.toThrow();
    }
  });

  it.each(Object.keys(CATALOGUES).filter((locale) => locale !== SOURCE_LOCALE))(
    '%s has exactly the keys and placeholders of English',
    (locale) => {
      expect(catalogueProblems(english, CATALOGUES[locale as keyof typeof CATALOGUES])).toEqual([]);
    },
  );

  // Per language, the messages it writes as English does; any other message
  // equal to English's was left untranslated.
  const writtenAlike: Record<Exclude<keyof typeof CATALOGUES, typeof SOURCE_LOCALE>, string[]> = {
    fr: [
      'settings.textSize.value',
      'library.list.label',
      'annotation.note',
      'annotations.title',
      'notebook.filter.article',
      'readAloud.bar.pause',
      'print.untitled',
      'image.label',
      'key.mod',
      'key.alt',
    ],
    de: [
      'settings.textSize.value',
      'settings.theme.system',
      'settings.theme.sepia',
      'key.alt',
      'key.escape',
    ],
    es: ['settings.textSize.value', 'settings.theme.sepia', 'key.mod', 'key.alt', 'key.escape'],
    // Chinese and Japanese keyboards label their keys in English.
    'zh-Hans': [
      'settings.textSize.value',
      'key.mod',
      'key.alt',
      'key.shift',
      'key.escape',
      'key.home',
      'key.end',
      'key.enter',
    ],
    ja: [
      'settings.textSize.value',
      'key.mod',
      'key.alt',
      'key.shift',
      'key.escape',
      'key.home',
      'key.end',
      'key.enter',
    ],
    // Arabic keyboards carry the English key names beside the Arabic letters.
    ar: ['key.mod', 'key.alt', 'key.shift', 'key.escape', 'key.home', 'key.end', 'key.enter'],
  };

  it.each(Object.entries(writtenAlike))(
    '%s says in its own words every message that has words, save those it writes alike',
    (locale, alike) => {
      const words = (message: string) => /\p{L}{2,}/u.test(message.replace(/\{[^{}]*\}/g, ''));
      const catalogue: Messages = CATALOGUES[locale as keyof typeof CATALOGUES];
      const untranslated = Object.keys(english).filter(
        (id) => catalogue[id] === english[id] && words(english[id]!) && !alike.includes(id),
      );
      expect(untranslated).toEqual([]);
    },
  );

  // Each plural speaks its language's forms: no branch for a form the
  // language lacks (a dead "two" in French), and Arabic, with six forms,
  // gives every one of them (two articles are "مقالتان", not "2 مقالة").
  const pluralBranches = (message: string): string[][] => {
    const found: string[][] = [];
    const walk = (elements: MessageFormatElement[]) => {
      for (const element of elements) {
        if (element.type === TYPE.plural) found.push(Object.keys(element.options));
        if (element.type === TYPE.plural || element.type === TYPE.select) {
          for (const option of Object.values(element.options)) walk(option.value);
        }
        if (element.type === TYPE.tag) walk(element.children);
      }
    };
    walk(parse(message));
    return found;
  };

  it.each(Object.keys(CATALOGUES))('%s writes only the plural forms its language has', (locale) => {
    const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const catalogue: Messages = CATALOGUES[locale as keyof typeof CATALOGUES];
    const strays = Object.entries(catalogue).flatMap(([id, message]) =>
      pluralBranches(message)
        .flat()
        .filter((branch) => !branch.startsWith('=') && !forms.includes(branch as never))
        .map((branch) => `${id}: ${branch}`),
    );
    expect(strays).toEqual([]);
  });

  it('Arabic gives each plural all six of its forms', () => {
    const forms = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    expect([...forms].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    const arabic: Messages = CATALOGUES.ar;
    const short = Object.entries(arabic).flatMap(([id, message]) =>
      pluralBranches(message)
        .filter((branches) => forms.some((form) => !branches.includes(form)))
        .map((branches) => `${id}: ${branches.join(' ')}`),
    );
    expect(Object.values(arabic).some((message) => pluralBranches(message).length > 0)).toBe(true);
    expect(short).toEqual([]);
  });

  it('the check names a missing key, an extra key and a changed placeholder', () => {
    const reference = {
      'a.count': '{count, plural, one {# article} other {# articles}}',
      'a.link': 'Run <code>{command}</code>',
      'a.kind': '{kind, select, bookmark {Bookmark} other {Highlight}}',
      'a.missing': 'Missing',
    };
    expect(
      catalogueProblems(reference, {
        'a.count': '{total, plural, one {# article} few {# articles} other {# articles}}',
        'a.link': 'Lancez {command}',
        'a.kind': '{kind, select, bookmark {Signet} note {Note} other {Surlignage}}',
        'a.extra': 'Extra',
      }),
    ).toEqual([
      'a.missing: missing',
      'a.count: has total:plural, English count:plural',
      'a.link: has command:argument, English <code>, command:argument',
      'a.kind: has kind:select=bookmark, kind:select=note, kind:select=other, English kind:select=bookmark, kind:select=other',
      'a.extra: not in English',
    ]);
  });

  it('the check accepts other plural categories and names a message that does not parse', () => {
    const reference = { 'a.count': '{count, plural, one {# word} other {# words}}' };
    expect(
      catalogueProblems(reference, {
        'a.count': '{count, plural, one {# mot} many {# de mots} other {# mots}}',
      }),
    ).toEqual([]);
    expect(catalogueProblems(reference, { 'a.count': '{count, plural, one {# mot}' })).toEqual([
      expect.stringMatching(/^a\.count: not an ICU message/),
    ]);
  });
});

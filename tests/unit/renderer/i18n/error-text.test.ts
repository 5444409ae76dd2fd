// The main process's messages in the interface's language: the text an error
// names crosses the bridge with it, is checked there, and the interface says
// it from its catalogue, in English only where the error names none.
import { describe, expect, it } from 'vitest';
import {
  READER_ERROR_TEXT_IDS,
  ReaderError,
  isReaderErrorData,
  isReaderErrorText,
} from '../../../../common/errors';
import { unwrap } from '../../../../common/client';
import { CATALOGUES } from '../../../../renderer/src/i18n/catalogues';
import { errorText, sayErrorsWith } from '../../../../renderer/src/i18n/error-text';
import { describeError } from '../../../../renderer/src/lib/api';
import { intlFor } from '../intl-for';

/** What the main process sends for a full disk under the settings (main/storage/storage-errors.ts). */
const SETTINGS_DISK_FULL = {
  id: 'storage',
  values: {
    lead: { id: 'storage.lead.settings' },
    reason: { id: 'storage.reason.full', values: { dir: '/home/ada/.config/reader' } },
  },
} as const;

describe('error texts', () => {
  it('names only messages every catalogue has', () => {
    for (const id of READER_ERROR_TEXT_IDS) {
      expect(Object.keys(CATALOGUES.en)).toContain(`error.${id}`);
    }
  });

  it('says a full disk in French and in Arabic, and in English as the main process writes it', () => {
    expect(errorText(SETTINGS_DISK_FULL, intlFor('fr'))).toBe(
      'Vos réglages n’ont pas pu être enregistrés : le disque est plein (/home/ada/.config/reader) ; libérez de la place, puis réessayez.',
    );
    expect(errorText(SETTINGS_DISK_FULL, intlFor('ar'))).toBe(
      'تعذّر حفظ إعداداتك: القرص ممتلئ (/home/ada/.config/reader)؛ أفرغ بعض المساحة ثم حاول مجددًا.',
    );
    expect(errorText(SETTINGS_DISK_FULL, intlFor('en'))).toBe(
      'Your settings could not be saved: the disk is full (/home/ada/.config/reader); free some space, then try again.',
    );
  });

  it('says a missing collection and a file too large to import in the reader’s words', () => {
    expect(
      errorText({ id: 'collection.missing', values: { dir: '/opt/reader' } }, intlFor('fr')),
    ).toBe(
      'Aucune collection compilée n’a été trouvée dans /opt/reader. Reconstruisez-la avec `npm run content:build`.',
    );
    expect(
      errorText({ id: 'import.tooLarge', values: { chars: 2500000, max: 2000000 } }, intlFor('de')),
    ).toBe(
      'Die Datei hat 2.500.000 Zeichen; höchstens 2.000.000 können auf einmal importiert werden.',
    );
  });

  it('keeps the text across the bridge, and describeError says it in the interface’s language', () => {
    const failure = new ReaderError('not-found', 'There is no article "tea" in this collection.', {
      id: 'article.notFound',
      values: { id: 'tea' },
    });
    let thrown: unknown;
    try {
      unwrap({ ok: false, error: JSON.parse(JSON.stringify(failure.toData())) as never });
    } catch (error) {
      thrown = error;
    }
    sayErrorsWith(intlFor('de'));
    expect(describeError(thrown)).toEqual({
      code: 'not-found',
      message: 'Diese Sammlung enthält keinen Artikel „tea“.',
      text: { id: 'article.notFound', values: { id: 'tea' } },
    });
    sayErrorsWith(intlFor('en'));
    // An error with no text is shown as written.
    expect(describeError(new ReaderError('internal', 'Saving as PDF is not available.'))).toEqual({
      code: 'internal',
      message: 'Saving as PDF is not available.',
    });
  });

  it('refuses a text that is not one of the app’s, so a page never formats what it was not given', () => {
    expect(isReaderErrorText({ id: 'storage.reason.full', values: { dir: '/x' } })).toBe(true);
    expect(isReaderErrorText({ id: 'settings.title' })).toBe(false);
    expect(isReaderErrorText({ id: 'storage', values: { lead: ['x'] } })).toBe(false);
    expect(isReaderErrorText({ id: 'storage', values: { lead: { id: 'nope' } } })).toBe(false);
    const deep = {
      id: 'storage',
      values: {
        a: { id: 'storage', values: { b: { id: 'storage', values: { c: { id: 'storage' } } } } },
      },
    };
    expect(isReaderErrorText(deep)).toBe(false);
    expect(isReaderErrorData({ code: 'internal', message: 'm', text: { id: 'x' } })).toBe(false);
  });
});

// A failed save says what could not be saved and why, in English and by the
// catalogue ids the interface says it with (renderer/src/i18n/error-text.ts).
import { describe, expect, it } from 'vitest';
import { storageFailure } from '../../../../main/storage/storage-errors';

const failure = (code: string, path?: string) =>
  Object.assign(new Error(`${code}: it failed`), { code, ...(path && { path }) });

describe('storageFailure', () => {
  it('names a full disk under the settings, as the interface will say it', () => {
    const error = storageFailure('settings', failure('ENOSPC'), '/home/ada/.config/reader');
    expect(error.code).toBe('storage-failed');
    expect(error.message).toBe(
      'Your settings could not be saved: the disk is full (/home/ada/.config/reader); free some space, then try again.',
    );
    expect(error.toData().text).toEqual({
      id: 'storage',
      values: {
        lead: { id: 'storage.lead.settings' },
        reason: { id: 'storage.reason.full', values: { dir: '/home/ada/.config/reader' } },
      },
    });
  });

  it.each([
    ['EROFS', 'storage.reason.readOnly', { dir: '/d' }],
    ['EACCES', 'storage.reason.forbidden', { dir: '/d' }],
    ['EISDIR', 'storage.reason.folderInTheWay', { path: '/d/f' }],
    ['EIO', 'storage.reason.io', { path: '/d/f' }],
    ['EBUSY', 'storage.reason.other', { path: '/d/f', detail: 'EBUSY: it failed' }],
  ])('names %s by its reason', (code, id, values) => {
    const error = storageFailure('pdf', failure(code, '/d/f'), '/d');
    expect(error.message).toMatch(/^The PDF could not be saved: /);
    expect(error.toData().text?.values?.reason).toEqual({ id, values });
  });
});

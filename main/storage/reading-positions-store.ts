// Where the reader left each article: block id + offset, never pixels, so the
// place survives a different window size or font size.
import { join } from 'node:path';
import { z } from 'zod';
import {
  ReadingPositionSchema,
  type ReadingPosition,
  type StoredReadingPosition,
} from '../../common/settings';
import { openJsonFile } from './json-file';

export const READING_POSITIONS_FILE = 'reading-positions.json';

const StoredSchema = z.record(z.string(), ReadingPositionSchema.extend({ updatedAt: z.string() }));

export function openReadingPositionsStore(userDataDir: string, log?: (m: string) => void) {
  const file = openJsonFile<Record<string, StoredReadingPosition>>({
    path: join(userDataDir, READING_POSITIONS_FILE),
    saveLead: 'readingPlace',

    schema: StoredSchema,
    defaults: () => ({}),
    log,
  });
  return {
    getAll: () => file.read(),
    async save(articleId: string, position: ReadingPosition): Promise<StoredReadingPosition> {
      const stored = { ...position, updatedAt: new Date().toISOString() };
      await file.update((all) => ({ ...all, [articleId]: stored }));
      return stored;
    },
  };
}

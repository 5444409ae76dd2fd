import type { StoredReadingPosition } from '../../../common/settings';

/** Where the reader left each article, by article id. */
export type ReadingPositions = Readonly<Record<string, StoredReadingPosition>>;

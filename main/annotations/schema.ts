// The on-disk shape of the annotations store and the migrations between its
// versions. A store written by an older app is migrated on load; one written
// by a newer app is never guessed at (see AnnotationStoreError 'too-new').
import { z } from 'zod';
import { AnnotationSchema, type Annotation } from '../../common/annotations';

export const STORE_FORMAT = 'offline-reader-annotations';
export const CURRENT_SCHEMA_VERSION = 2;

export const SnapshotSchema = z.object({
  format: z.literal(STORE_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  savedAt: z.string(),
  items: z.array(AnnotationSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** One line of the journal: a change made after the snapshot was written. */
export const JournalEntrySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), items: z.array(AnnotationSchema).min(1) }),
  z.object({ op: z.literal('delete'), ids: z.array(z.string()).min(1) }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/**
 * Version 1 (the first development format, before bookmarks and tags) held
 * highlights only, with `note: string | null` and no `kind` or `tags`.
 */
function migrateItemV1(item: Record<string, unknown>): Record<string, unknown> {
  const { note, ...rest } = item;
  return { kind: 'highlight', tags: [], ...rest, note: typeof note === 'string' ? note : '' };
}

/** Item migrations by the version they upgrade from; each takes an item one version up. */
const ITEM_MIGRATIONS: Record<number, (item: Record<string, unknown>) => Record<string, unknown>> =
  {
    1: migrateItemV1,
  };

export class SchemaVersionError extends Error {
  constructor(
    readonly version: unknown,
    message: string,
  ) {
    super(message);
  }
}

/** Upgrades one raw item (from the snapshot or a journal line) written at `version`. */
export function migrateItem(raw: unknown, version: number): unknown {
  let item = raw as Record<string, unknown>;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    if (typeof item !== 'object' || item === null) return item;
    item = ITEM_MIGRATIONS[v]!(item);
  }
  return item;
}

/** Reads the version of a raw snapshot and checks that this app can migrate it. */
export function snapshotVersion(raw: unknown): number {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SchemaVersionError(version, 'it has no valid schema version');
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new SchemaVersionError(
      version,
      `it was written by a newer version of the app (schema ${version}; this app reads up to ${CURRENT_SCHEMA_VERSION})`,
    );
  }
  return version;
}

/** A raw snapshot of any known version, upgraded to the current one. */
export function migrateSnapshot(raw: unknown): unknown {
  const version = snapshotVersion(raw);
  if (version === CURRENT_SCHEMA_VERSION) return raw;
  const snapshot = raw as { items?: unknown };
  return {
    ...snapshot,
    format: STORE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    items: Array.isArray(snapshot.items)
      ? snapshot.items.map((item) => migrateItem(item, version))
      : snapshot.items,
  };
}

export type { Annotation };

import type Dexie from 'dexie';

/**
 * Every schema version that ever shipped, oldest first. Never edit a shipped entry: add a new one
 * with its `upgrade`, a fixture database in `test/fixtures/db/vN.json`, and the migration test
 * picks it up. Indexes are only the fields we query: keys, domain lookup, per-prospect rows,
 * recency and stage for the dashboard – never text bodies.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      prospects: 'id, *domains, updatedAt, stage, owner',
      notes: 'prospectId',
      clips: 'id, [prospectId+capturedAt]',
      portraits: 'prospectId',
      portraitTemplates: 'id',
      people: 'id, prospectId',
      briefs: 'prospectId',
      needs: 'id, prospectId',
      offerProfiles: 'id',
      uspDrafts: 'id, prospectId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * An upgrade of stored records failed. IndexedDB then aborts the whole version change, so the
 * database stays as it was, at its old version, and can still be read (see `readRawDatabase`).
 */
export class SchemaUpgradeError extends Error {
  override readonly name = 'UpgradeError';
  constructor(
    readonly version: number,
    override readonly cause: unknown,
  ) {
    super(
      `Upgrading the database to version ${version} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/** Declares versions up to `upTo` on a Dexie instance (the app: all; the migration test: a prefix). */
export function declareVersions(
  db: Dexie,
  upTo = CURRENT_SCHEMA_VERSION,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): void {
  for (const v of versions) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    const upgrade = v.upgrade;
    if (upgrade) {
      version.upgrade(async (tx) => {
        try {
          await upgrade(tx);
        } catch (cause) {
          throw new SchemaUpgradeError(v.version, cause);
        }
      });
    }
  }
}

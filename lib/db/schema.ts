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

/** Declares versions up to `upTo` on a Dexie instance (the app: all; the migration test: a prefix). */
export function declareVersions(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

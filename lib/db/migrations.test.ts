import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import * as model from '../model';
import { DealBriefDb } from './database';
import { CURRENT_SCHEMA_VERSION, declareVersions, SCHEMA_VERSIONS } from './schema';

/** The zod schema each table's records must satisfy after an upgrade. */
const TABLE_SCHEMAS: Record<string, { parse: (v: unknown) => unknown }> = {
  prospects: model.Prospect,
  notes: model.Note,
  clips: model.Clip,
  portraits: model.Portrait,
  portraitTemplates: model.PortraitTemplate,
  people: model.Person,
  briefs: model.Brief,
  needs: model.Need,
  offerProfiles: model.OfferProfile,
  uspDrafts: model.UspDraft,
};

const FIXTURE_DIR = join(__dirname, '../../test/fixtures/db');
interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}
const fixtures: Fixture[] = readdirSync(FIXTURE_DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Fixture);

/** Primary key path of a table at the current schema ('id' or 'prospectId'). */
function keyPath(table: string): string {
  const current = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores[table]!;
  return current.split(',')[0]!.trim();
}

describe('schema versions', () => {
  it('has a fixture database for every schema version that shipped', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('every table of the current schema has a zod schema to check records against', () => {
    const current = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores;
    expect(Object.keys(current).sort()).toEqual(Object.keys(TABLE_SCHEMAS).sort());
  });

  for (const fixture of fixtures) {
    it(`upgrades a version ${fixture.version} database to ${CURRENT_SCHEMA_VERSION} with nothing lost`, async () => {
      const name = `migration-v${fixture.version}-${Math.random()}`;
      // Write the fixture as that version of the app would have: only its versions declared.
      const old = new Dexie(name);
      declareVersions(old, fixture.version);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd(rows);
      old.close();

      const db = new DealBriefDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(await db.table(table).count(), table).toBe(rows.length);
        const key = keyPath(table);
        for (const row of rows) {
          const stored = (await db.table(table).get(row[key] as string)) as Record<string, unknown>;
          expect(stored, `${table} ${String(row[key])}`).toBeDefined();
          // Every field of the old record is still there (an upgrade may add fields, not drop them).
          for (const [field, value] of Object.entries(row))
            expect(stored[field], `${table}.${field}`).toEqual(value);
          expect(() => TABLE_SCHEMAS[table]!.parse(stored)).not.toThrow();
        }
      }
      db.close();
      await Dexie.delete(name);
    });
  }
});

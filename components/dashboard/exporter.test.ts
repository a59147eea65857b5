import { describe, expect, it } from 'vitest';
import { getDb, readBundleData } from '@/lib/db';
import { createTranslator } from '@/lib/i18n';
import { csvZip } from '@/lib/io/csv';
import { buildTables, TABLE_SOURCES } from '@/lib/io/tables';
import { fixtureBundle } from '@/lib/io/testing';
import { tableDataFromRecords } from './exporter';
import { readDetails } from './records';

// The spreadsheets are built from what the dashboard holds; the files must be the ones a read of
// the database gives, byte for byte, for every prospect and for a filtered set.
describe('spreadsheet exports from the records the dashboard holds', () => {
  it('give the same CSV zip and tables as a read of the database', async () => {
    const db = getDb();
    const { data } = fixtureBundle();
    // Rows of one prospect stored apart from each other, and a draft: the order must still match.
    const extra = data.needs.map((n, i) => ({
      ...n,
      id: `zz-${i}`,
      statement: `${n.statement} 2`,
    }));
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(data))
        if ((rows as object[]).length) await db.table(table).bulkPut(rows as object[]);
      await db.needs.bulkPut(extra);
    });
    // Loaded the way the dashboard loads them.
    const records = { prospects: await db.prospects.toArray(), ...(await readDetails(db)) };
    const t = createTranslator('ru');
    const mtime = new Date(Date.UTC(2024, 4, 2));
    for (const prospectIds of [undefined, [data.prospects[0]!.id, 'no-such-prospect']]) {
      const fromDb = await readBundleData(db, { prospectIds, tables: TABLE_SOURCES });
      const fromPage = await tableDataFromRecords(records, prospectIds, true);
      expect(buildTables(fromPage, t)).toEqual(buildTables(fromDb, t));
      expect(csvZip(buildTables(fromPage, t), ';', mtime)).toEqual(
        csvZip(buildTables(fromDb, t), ';', mtime),
      );
    }
  });
});

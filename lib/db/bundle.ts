import type { Table } from 'dexie';
import { BUNDLE_TABLES, emptyBundleData, type BundleData, type BundleTable } from '../io/bundle';
import { sameData } from '../io/canonical';
import { matchProspects, planImport, type ImportPlan, type MergeOptions } from '../io/merge';
import {
  chooseRecordIds,
  OWN_ID_TABLES,
  type OwnIdTable,
  type RecordLookup,
} from '../io/recordIds';
import type { DealBriefDb } from './database';

export type ProgressCallback = (done: number, total: number) => void;

function tableOf(db: DealBriefDb, table: BundleTable): Table<object, string> {
  return db[table] as unknown as Table<object, string>;
}

/** Tables shared by all prospects; every other table's rows hang off one prospect. */
const GLOBAL: ReadonlySet<BundleTable> = new Set(['offerProfiles', 'portraitTemplates']);

/**
 * Reads the records to export in one read transaction (a consistent snapshot): everything, or the
 * given prospects with everything that hangs off them, plus the offer profiles and portrait
 * templates they use. Records are returned as stored: they were validated when written.
 */
export async function readBundleData(
  db: DealBriefDb,
  options: {
    prospectIds?: readonly string[];
    /** Only these tables (the rest stay empty): a spreadsheet needs no clips or notes. */
    tables?: readonly BundleTable[];
    onProgress?: ProgressCallback;
  } = {},
): Promise<BundleData> {
  const out = emptyBundleData();
  const ids = options.prospectIds;
  const tables = options.tables ?? BUNDLE_TABLES;
  const want = (table: BundleTable) => tables.includes(table);
  let done = 0;
  const step = () => options.onProgress?.(++done, tables.length);
  await db.transaction(
    'r',
    BUNDLE_TABLES.map((t) => tableOf(db, t)),
    async () => {
      if (!ids) {
        // Every request at once: the database reads the next table while this thread decodes
        // the last one (one after another is about 10 % slower with 170,000 records).
        await Promise.all(
          tables.map(async (table) => {
            (out[table] as object[]) = await tableOf(db, table).toArray();
            step();
          }),
        );
        return;
      }
      const wanted = new Set(ids);
      // Prospects are always read: the offer profiles and templates to include follow from them.
      out.prospects = (await db.prospects.bulkGet([...wanted])).filter((p) => p !== undefined);
      if (want('prospects')) step();
      for (const table of ['notes', 'portraits', 'briefs'] as const) {
        if (!want(table)) continue;
        (out[table] as object[]) = (await tableOf(db, table).bulkGet([...wanted])).filter(
          (r) => r !== undefined,
        );
        step();
      }
      for (const table of ['people', 'needs', 'uspDrafts'] as const) {
        if (!want(table)) continue;
        (out[table] as object[]) = await tableOf(db, table)
          .where('prospectId')
          .anyOf([...wanted])
          .toArray();
        step();
      }
      if (want('clips')) {
        out.clips = await db.clips.filter((c) => wanted.has(c.prospectId)).toArray();
        step();
      }
      if (want('offerProfiles')) {
        const profileIds = new Set<string>();
        for (const p of out.prospects) if (p.offerProfileId) profileIds.add(p.offerProfileId);
        for (const d of out.uspDrafts) profileIds.add(d.offerProfileId);
        out.offerProfiles = (await db.offerProfiles.bulkGet([...profileIds])).filter(
          (r) => r !== undefined,
        );
        step();
      }
      if (want('portraitTemplates')) {
        const templateIds = new Set(out.prospects.map((p) => p.portraitTemplateId));
        out.portraitTemplates = (await db.portraitTemplates.bulkGet([...templateIds])).filter(
          (r) => r !== undefined,
        );
        step();
      }
      if (!want('prospects')) out.prospects = [];
    },
  );
  return out;
}

/**
 * The records at `keys` (undefined where there is none). A table with fewer records than keys
 * is checked by its keys alone first, so an import into an empty or unrelated database reads
 * almost nothing instead of missing once per record of the file.
 */
async function recordsAt(
  table: Table<object, string>,
  keys: readonly string[],
): Promise<Array<object | undefined>> {
  if ((await table.count()) >= keys.length) return table.bulkGet([...keys]);
  const present = new Set(await table.toCollection().primaryKeys());
  const hits = keys.filter((k) => present.has(k));
  const found = await table.bulkGet(hits);
  const byKey = new Map(hits.map((k, i) => [k, found[i]]));
  return keys.map((k) => byKey.get(k));
}

/**
 * The database records a bundle's records could collide with: prospects with the same id or a
 * shared domain, the notes, portraits, briefs and USP drafts of the prospects the file's become,
 * offer profiles and templates with the same id, and the record at every id of the file's clips,
 * people, needs and drafts – whichever prospect it belongs to, so that planImport sees an id
 * that is another prospect's record here and gives the file's record a new one (and reads that
 * too). Keys that are not in the database cost a miss each. With `ownIds`, the clips, people,
 * needs and drafts read are those at these ids instead (and the drafts of those prospects).
 */
export async function readMergeCandidates(
  db: DealBriefDb,
  incoming: BundleData,
  ownIds?: ReadonlyMap<OwnIdTable, readonly string[]>,
): Promise<BundleData> {
  const out = emptyBundleData();
  await db.transaction(
    'r',
    BUNDLE_TABLES.map((t) => tableOf(db, t)),
    async () => {
      const domains = [...new Set(incoming.prospects.flatMap((p) => p.domains))];
      // Both requests at once, and the tables below too: the database reads one while this
      // thread decodes another.
      const [byId, byDomain] = await Promise.all([
        db.prospects.bulkGet(incoming.prospects.map((p) => p.id)),
        domains.length ? db.prospects.where('domains').anyOf(domains).toArray() : [],
      ]);
      const seen = new Map(
        [...byId.filter((p) => p !== undefined), ...byDomain].map((p) => [p.id, p]),
      );
      out.prospects = [...seen.values()];
      const matched = matchProspects(incoming.prospects, out.prospects);
      const pidOf = (pid: string) => matched.get(pid)?.id ?? pid;
      const read = async (table: BundleTable, keys: readonly string[]) => {
        const rows = await recordsAt(tableOf(db, table), keys);
        // A loop, not push(...rows): a file may hold far more rows than a call takes arguments.
        for (const row of rows) if (row !== undefined) (out[table] as object[]).push(row);
        return rows;
      };
      await Promise.all(
        BUNDLE_TABLES.map(async (table) => {
          if (table === 'prospects' || OWN_ID_TABLES.includes(table as OwnIdTable)) return;
          const rows = incoming[table] as Array<{ id?: string; prospectId?: string }>;
          const keys = new Set(rows.map((r) => (GLOBAL.has(table) ? r.id! : pidOf(r.prospectId!))));
          // The notes of every prospect of the file, even one whose note the file lacks: a
          // conflict in any table appends the kept text to them, and must find the rep's there.
          if (table === 'notes') for (const p of incoming.prospects) keys.add(pidOf(p.id));
          if (keys.size > 0) await read(table, [...keys]);
        }),
      );
      // Every id of the file, then the new ids of those that are another prospect's here.
      const found = new Map(OWN_ID_TABLES.map((t) => [t, new Map<string, object | null>()]));
      // The drafts of the prospects the file's drafts belong to, whatever their ids: a prospect
      // has one draft, and the file's meets it (planImport).
      const draftPids = [...new Set(incoming.uspDrafts.map((d) => pidOf(d.prospectId)))];
      if (draftPids.length > 0)
        for (const d of await db.uspDrafts.where('prospectId').anyOf(draftPids).toArray()) {
          out.uspDrafts.push(d);
          found.get('uspDrafts')!.set(d.id, d);
        }
      if (ownIds) {
        for (const [table, ids] of ownIds) {
          const unread = ids.filter((id) => !found.get(table)!.has(id));
          if (unread.length > 0) await read(table, unread);
        }
        return;
      }
      const lookup: RecordLookup = (table, id) => found.get(table)!.get(id) as never;
      for (;;) {
        const { unread } = chooseRecordIds(incoming, pidOf, lookup);
        if (unread.size === 0) break;
        for (const [table, ids] of unread) {
          const rows = await read(table, ids);
          ids.forEach((id, i) => found.get(table)!.set(id, rows[i] ?? null));
        }
      }
    },
  );
  return out;
}

/** A planned import with what it was planned from, to check it against the database on writing. */
export interface BundleImportPlan extends ImportPlan {
  basis: {
    incoming: BundleData;
    options: MergeOptions;
    /** The database records the plan was made over (readMergeCandidates). */
    existing: BundleData;
  };
}

/**
 * What came of confirming a plan. Written: the plan, or the same report planned again over what
 * the rep changed meanwhile. Not written: the database changed under the report in a way the
 * report shows (a count, a conflict, a kept text), and `plan` is the report to confirm instead.
 */
export type ImportOutcome = { written: boolean; plan: BundleImportPlan };

function plan(incoming: BundleData, existing: BundleData, options: MergeOptions): BundleImportPlan {
  return { ...planImport(incoming, existing, options), basis: { incoming, options, existing } };
}

/** Plans an import against the current database; nothing is written. */
export async function planBundleImport(
  db: DealBriefDb,
  incoming: BundleData,
  options: MergeOptions,
): Promise<BundleImportPlan> {
  return plan(incoming, await readMergeCandidates(db, incoming), options);
}

/**
 * Whether the records read again (`now`, by readMergeCandidates with the plan's written ids) are
 * those the plan was made over: every table read in full the same, and each clip, person, need
 * and draft read the same record or none as before.
 */
function sameCandidates(now: BundleData, then: BundleData, ownIds: Map<OwnIdTable, string[]>) {
  for (const table of BUNDLE_TABLES) {
    if (!OWN_ID_TABLES.includes(table as OwnIdTable)) {
      if (!sameData(now[table], then[table])) return false;
      continue;
    }
    const before = new Map((then[table] as Array<{ id: string }>).map((r) => [r.id, r]));
    const after = new Map((now[table] as Array<{ id: string }>).map((r) => [r.id, r]));
    for (const [id, record] of after) if (!sameData(record, before.get(id))) return false;
    for (const id of ownIds.get(table as OwnIdTable)!)
      if (before.has(id) !== after.has(id)) return false;
  }
  return true;
}

/**
 * Writes a planned import in one transaction over every table: all of it, or nothing. The rep may
 * confirm the report long after it was planned, having typed notes or moved a stage meanwhile: in
 * the same transaction, the records the plan was made over are read again, and when any changed,
 * the file is planned again over them as they are now, so that nothing written since is
 * overwritten. When that new report differs from the confirmed one, nothing is written and it is
 * returned to confirm. Of the clips, people, needs and drafts only those the plan writes (and the
 * prospects' drafts) are checked: the plan leaves the others as they are, changed or not, and
 * reading them all again would make confirming a large re-import take as long as planning it.
 */
export async function applyImportPlan(
  db: DealBriefDb,
  confirmed: BundleImportPlan,
): Promise<ImportOutcome> {
  return db.transaction(
    'rw',
    BUNDLE_TABLES.map((t) => tableOf(db, t)),
    async () => {
      const { incoming, options } = confirmed.basis;
      const written = new Map(
        OWN_ID_TABLES.map((t) => [
          t,
          (confirmed.writes[t] as Array<{ id: string }>).map((r) => r.id),
        ]),
      );
      const now = await readMergeCandidates(db, incoming, written);
      let current = confirmed;
      if (!sameCandidates(now, confirmed.basis.existing, written)) {
        current = plan(incoming, await readMergeCandidates(db, incoming), options);
        if (!sameData(current.report, confirmed.report)) return { written: false, plan: current };
      }
      for (const table of BUNDLE_TABLES) {
        const rows = current.writes[table] as object[];
        if (rows.length > 0) await tableOf(db, table).bulkPut(rows);
      }
      return { written: true, plan: current };
    },
  );
}

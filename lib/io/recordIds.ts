// The ids records of an imported file take in the database. A record of the file is the
// database's record with the same id only when both belong to the same prospect (after the
// file's prospects are matched to the database's); an id that is another prospect's record here
// – a coincidence, or a file made to take that record over – gets the file's record a new id,
// and every reference to it in the file follows. Nothing of the rep's is replaced or moved.
import type { BundleData } from './bundle';
import { fingerprint } from './canonical';

/** Tables whose records hang off one prospect and are keyed by their own id. */
export const OWN_ID_TABLES = ['clips', 'people', 'needs', 'uspDrafts'] as const;
export type OwnIdTable = (typeof OWN_ID_TABLES)[number];

/** New ids tried for one record before the import gives up (nothing is written then). */
const MAX_ID_ATTEMPTS = 8;

/**
 * The database's record at an id of a table: the record, null when there is none, undefined
 * when it has not been read (the reader reads it and asks again).
 */
export type RecordLookup = (
  table: OwnIdTable,
  id: string,
) => { prospectId?: unknown } | null | undefined;

/** A record of the file that takes a new id in the database. */
export interface MovedRecord {
  table: OwnIdTable;
  /** The prospect it belongs to, as in the database (after matching). */
  prospectId: string;
  fileId: string;
  newId: string;
}

export interface IdChoice {
  moved: MovedRecord[];
  /** Ids to read from the database before the choice is final (empty when it is). */
  unread: Map<OwnIdTable, string[]>;
}

/**
 * The `attempt`-th new id of a record: derived from its own id and its prospect, so importing
 * the same file again finds the record the first import added (and changes nothing).
 */
export function movedId(id: string, prospectId: string, attempt: number): string {
  return `${id.slice(0, 80)}~${fingerprint(`${prospectId}\n${id}\n${attempt}`)}`;
}

/**
 * Chooses the id of every record of the file's own-id tables: its own id when that is free in
 * the database or already this prospect's record, else the first free new id that no other
 * record of the file has. `prospectOf` maps a prospect id of the file to the database's.
 */
export function chooseRecordIds(
  incoming: BundleData,
  prospectOf: (fileProspectId: string) => string,
  lookup: RecordLookup,
): IdChoice {
  const moved: MovedRecord[] = [];
  const unread = new Map<OwnIdTable, string[]>();
  for (const table of OWN_ID_TABLES) {
    const rows = incoming[table] as ReadonlyArray<{ id: string; prospectId: string }>;
    const fileIds = new Set(rows.map((r) => r.id));
    const taken = new Set<string>();
    const toRead: string[] = [];
    for (const row of rows) {
      const pid = prospectOf(row.prospectId);
      let chosen: string | undefined;
      let waiting = false;
      for (let attempt = -1; attempt < MAX_ID_ATTEMPTS && !chosen && !waiting; attempt++) {
        const id = attempt < 0 ? row.id : movedId(row.id, pid, attempt);
        if (attempt >= 0 && (fileIds.has(id) || taken.has(id))) continue;
        const there = lookup(table, id);
        if (there === undefined) {
          toRead.push(id);
          waiting = true;
        } else if (there === null || there.prospectId === pid) chosen = id;
      }
      if (waiting) continue;
      if (!chosen) throw new Error(`No free id for ${table} ${row.id} of the file`);
      taken.add(chosen);
      if (chosen !== row.id) moved.push({ table, prospectId: pid, fileId: row.id, newId: chosen });
    }
    if (toRead.length > 0) unread.set(table, toRead);
  }
  return { moved, unread };
}

type Rename = (id: string) => string;

function renamer(moved: readonly MovedRecord[], table: OwnIdTable): Rename {
  const ids = new Map(moved.filter((m) => m.table === table).map((m) => [m.fileId, m.newId]));
  return (id) => ids.get(id) ?? id;
}

/**
 * The file with the moved records under their new ids and every reference to them following:
 * who a person reports to and influences, who voiced a need, the needs a USP draft answers
 * (links, those set aside for other offer profiles, lines, saved versions). When nothing moves,
 * the file itself.
 */
export function withMovedIds(incoming: BundleData, moved: readonly MovedRecord[]): BundleData {
  if (moved.length === 0) return incoming;
  const person = renamer(moved, 'people');
  const need = renamer(moved, 'needs');
  const own = (table: OwnIdTable) => {
    const rename = renamer(moved, table);
    return <T extends { id: string }>(r: T): T =>
      rename(r.id) === r.id ? r : { ...r, id: rename(r.id) };
  };
  const line = <T extends { needId?: string }>(l: T): T =>
    l.needId === undefined ? l : { ...l, needId: need(l.needId) };
  const link = <T extends { needId: string }>(l: T): T => ({ ...l, needId: need(l.needId) });
  return {
    ...incoming,
    clips: incoming.clips.map(own('clips')),
    people: incoming.people.map(own('people')).map((p) => ({
      ...p,
      ...(p.reportsTo === undefined ? {} : { reportsTo: person(p.reportsTo) }),
      influences: p.influences.map(person),
    })),
    needs: incoming.needs
      .map(own('needs'))
      .map((n) => (n.voicedBy === undefined ? n : { ...n, voicedBy: person(n.voicedBy) })),
    uspDrafts: incoming.uspDrafts.map(own('uspDrafts')).map((d) => ({
      ...d,
      links: d.links.map(link),
      ...(d.parkedLinks === undefined
        ? {}
        : {
            parkedLinks: Object.fromEntries(
              Object.entries(d.parkedLinks).map(([profile, links]) => [profile, links.map(link)]),
            ),
          }),
      lines: d.lines.map(line),
      versions: d.versions.map((v) => ({ ...v, lines: v.lines.map(line) })),
    })),
  };
}

import * as z from 'zod/mini';
import { newId, Person, Role, type ContactInput, type Evidence } from '../model';
import { mergePeople, type MergeOptions } from '../people/mergePeople';
import type { DealBriefDb } from './database';
import { createProspect } from './prospects';

export type PersonPatch = Partial<Omit<Person, 'id' | 'prospectId' | 'createdAt' | 'updatedAt'>>;

/**
 * What a new person needs; everything else takes the model's defaults. Contacts found on a page
 * come without ids: the model gives them theirs.
 */
export type NewPerson = Omit<PersonPatch, 'contacts'> & {
  fullName: string;
  contacts?: ContactInput[];
};

/** Only what the role statistics read, so a bad notes field elsewhere does not hide a row. */
const StatRow = z.object({ prospectId: z.string(), position: z.string(), role: Role });
export type PersonStatRow = z.infer<typeof StatRow>;

/** People of a prospect, oldest first (the order they were found in). */
export async function listPeople(db: DealBriefDb, prospectId: string): Promise<Person[]> {
  const rows = await db.people.where('prospectId').equals(prospectId).toArray();
  return rows
    .map((r) => Person.parse(r))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export async function getPerson(db: DealBriefDb, id: string): Promise<Person | undefined> {
  const found = await db.people.get(id);
  return found ? Person.parse(found) : undefined;
}

export async function addPerson(
  db: DealBriefDb,
  prospectId: string,
  input: NewPerson,
  now = Date.now(),
): Promise<Person> {
  const person = Person.parse({
    ...input,
    id: newId(),
    prospectId,
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.people, db.prospects, async () => {
    await db.people.add(person);
    await db.prospects.update(prospectId, { updatedAt: now });
  });
  return person;
}

/**
 * Applies a patch (or a function of the current record, for list fields edited in place) in one
 * transaction, so two fields autosaving at once never overwrite each other.
 */
export async function updatePerson(
  db: DealBriefDb,
  id: string,
  patch: PersonPatch | ((current: Person) => PersonPatch),
  now = Date.now(),
): Promise<Person> {
  return db.transaction('rw', db.people, db.prospects, async () => {
    const raw = await db.people.get(id);
    if (!raw) throw new Error(`Person ${id} not found`);
    const current = Person.parse(raw);
    const changes = typeof patch === 'function' ? patch(current) : patch;
    const next = Person.parse({ ...current, ...changes, id, prospectId: current.prospectId });
    // "Reports to" may be cleared: an explicit undefined in the patch removes it.
    if ('reportsTo' in changes && changes.reportsTo === undefined) delete next.reportsTo;
    if ('lastContactAt' in changes && !changes.lastContactAt) delete next.lastContactAt;
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    next.updatedAt = now;
    await db.people.put(next);
    await db.prospects.update(current.prospectId, { updatedAt: now });
    return next;
  });
}

/** Removes references to `id` from the other people of the prospect (a boss, an influence). */
function withoutReferences(p: Person, id: string, replacement?: string): Person | null {
  const reports = p.reportsTo === id;
  const influences = p.influences.includes(id);
  if (!reports && !influences) return null;
  const next: Person = { ...p };
  if (reports) {
    if (replacement && replacement !== p.id) next.reportsTo = replacement;
    else delete next.reportsTo;
  }
  if (influences) {
    const list = p.influences.map((x) => (x === id ? replacement : x));
    next.influences = [...new Set(list.filter((x): x is string => !!x && x !== p.id))];
  }
  return Person.parse(next);
}

/**
 * Points the needs of a prospect that `from` voiced ("who said it") at `to`, or at no one.
 * Returns the ids of the needs changed.
 */
async function revoiceNeeds(
  db: DealBriefDb,
  prospectId: string,
  from: string,
  to?: string,
): Promise<string[]> {
  const changed: string[] = [];
  await db.needs
    .where('prospectId')
    .equals(prospectId)
    .filter((n) => n.voicedBy === from)
    .modify((n) => {
      changed.push(n.id);
      if (to) n.voicedBy = to;
      else delete n.voicedBy;
    });
  return changed;
}

/** A deleted person and the links to them that went with them, for `restorePerson` (undo). */
export interface DeletedPerson {
  person: Person;
  /** The people who reported to them. */
  reports: string[];
  /** The people who influenced them. */
  influencers: string[];
  /** The needs they voiced. */
  needs: string[];
}

/**
 * Deletes a person and unlinks them from the map and from the needs they voiced. Returns the
 * person and the links removed, so the panel can undo it with `restorePerson`; null when the
 * person was already gone.
 */
export async function deletePerson(db: DealBriefDb, id: string): Promise<DeletedPerson | null> {
  return db.transaction('rw', db.people, db.needs, async () => {
    const raw = await db.people.get(id);
    if (!raw) return null;
    const person = Person.parse(raw);
    const deleted: DeletedPerson = { person, reports: [], influencers: [], needs: [] };
    for (const other of await listPeople(db, person.prospectId)) {
      if (other.id === id) continue;
      const next = withoutReferences(other, id);
      if (!next) continue;
      if (other.reportsTo === id) deleted.reports.push(other.id);
      if (other.influences.includes(id)) deleted.influencers.push(other.id);
      await db.people.put(next);
    }
    deleted.needs = await revoiceNeeds(db, person.prospectId, id);
    await db.people.delete(id);
    return deleted;
  });
}

/**
 * Undoes `deletePerson` in one transaction: the person comes back, and the links to them are
 * put back into the people and needs as they are now, so nothing typed into them since the
 * deletion is reverted. A link the rep has set otherwise meanwhile (another boss, another
 * voice) stays as set; the person's own links to someone deleted since are dropped.
 */
export async function restorePerson(db: DealBriefDb, deleted: DeletedPerson): Promise<void> {
  const person = Person.parse(deleted.person);
  await db.transaction('rw', db.people, db.needs, async () => {
    const present = new Set(
      await db.people.where('prospectId').equals(person.prospectId).primaryKeys(),
    );
    const own: Person = { ...person, influences: person.influences.filter((x) => present.has(x)) };
    if (own.reportsTo && !present.has(own.reportsTo)) delete own.reportsTo;
    await db.people.put(own);
    await db.people
      .where('id')
      .anyOf(deleted.reports)
      .modify((p) => {
        p.reportsTo ??= person.id;
      });
    await db.people
      .where('id')
      .anyOf(deleted.influencers)
      .modify((p) => {
        const influences = p.influences ?? [];
        if (!influences.includes(person.id)) p.influences = [...influences, person.id];
      });
    await db.needs
      .where('id')
      .anyOf(deleted.needs)
      .modify((n) => {
        n.voicedBy ??= person.id;
      });
  });
}

/**
 * Merges two entries of one person into the older one (see `mergePeople`: nothing is lost) and
 * points everyone who reported to, or was influenced by, the removed entry – and the needs it
 * voiced – at the merged one.
 */
export async function mergePeopleRecords(
  db: DealBriefDb,
  aId: string,
  bId: string,
  options: MergeOptions = {},
  now = Date.now(),
): Promise<Person> {
  return db.transaction('rw', db.people, db.needs, db.prospects, async () => {
    const [a, b] = await Promise.all([getPerson(db, aId), getPerson(db, bId)]);
    if (!a || !b) throw new Error('Person not found');
    if (a.prospectId !== b.prospectId) throw new Error('People of different prospects');
    const merged = Person.parse({ ...mergePeople(a, b, options), updatedAt: now });
    const dropped = merged.id === a.id ? b.id : a.id;
    for (const other of await listPeople(db, merged.prospectId)) {
      if (other.id === a.id || other.id === b.id) continue;
      const next = withoutReferences(other, dropped, merged.id);
      if (next) await db.people.put(next);
    }
    await revoiceNeeds(db, merged.prospectId, dropped, merged.id);
    await db.people.delete(dropped);
    await db.people.put(merged);
    await db.prospects.update(merged.prospectId, { updatedAt: now });
    return merged;
  });
}

/**
 * Every person's prospect, position and role across the whole base, for the "who decides"
 * statistics. Rows that fail validation are skipped rather than failing the table.
 */
export async function listPeopleForStats(db: DealBriefDb): Promise<PersonStatRow[]> {
  const out: PersonStatRow[] = [];
  await db.people.each((raw) => {
    const row = StatRow.safeParse(raw);
    if (row.success)
      out.push({
        prospectId: row.data.prospectId,
        position: row.data.position,
        role: row.data.role,
      });
  });
  return out;
}

export interface CapturePersonInput {
  domain: string;
  siteName: string;
  owner: string;
  person: NewPerson;
  evidence: Evidence;
  now?: number;
}

/**
 * Saves a person found on a page (menu or scanner) on the site's prospect, creating the prospect
 * if needed, in one transaction: either both are written or neither.
 */
export async function capturePerson(db: DealBriefDb, input: CapturePersonInput): Promise<Person> {
  const now = input.now ?? Date.now();
  return db.transaction('rw', db.prospects, db.people, async () => {
    const prospect = await createProspect(db, {
      domain: input.domain,
      name: input.siteName,
      owner: input.owner,
      now,
    });
    return addPerson(
      db,
      prospect.id,
      { ...input.person, evidence: [...(input.person.evidence ?? []), input.evidence] },
      now,
    );
  });
}

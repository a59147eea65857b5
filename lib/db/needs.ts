import { Need } from '../model';
import type { DealBriefDb } from './database';

/** Needs of a prospect, oldest first (the order they were heard in). */
export async function listNeeds(db: DealBriefDb, prospectId: string): Promise<Need[]> {
  const rows = await db.needs.where('prospectId').equals(prospectId).toArray();
  return rows
    .map((r) => Need.parse(r))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export async function getNeed(db: DealBriefDb, id: string): Promise<Need | undefined> {
  const found = await db.needs.get(id);
  return found ? Need.parse(found) : undefined;
}

/** "Last update" of the prospect moves forward only (a need may carry an older date). */
async function touchProspect(db: DealBriefDb, prospectId: string, at: number): Promise<void> {
  await db.prospects
    .where('id')
    .equals(prospectId)
    .modify((p) => {
      if (p.updatedAt < at) p.updatedAt = at;
    });
}

export async function addNeed(db: DealBriefDb, need: Need): Promise<Need> {
  const valid = Need.parse(need);
  await db.transaction('rw', db.needs, db.prospects, async () => {
    await db.needs.add(valid);
    await touchProspect(db, valid.prospectId, valid.updatedAt);
  });
  return valid;
}

export type NeedPatch = Partial<Omit<Need, 'id' | 'prospectId' | 'createdAt'>>;

/**
 * Changes a need. `edit` sees the freshest stored need (so the category can follow the wording
 * without overwriting a choice made in another window meanwhile). Throws when the need is gone.
 */
export async function updateNeed(
  db: DealBriefDb,
  id: string,
  edit: NeedPatch | ((need: Need) => NeedPatch),
  now = Date.now(),
): Promise<Need> {
  return db.transaction('rw', db.needs, db.prospects, async () => {
    const stored = await db.needs.get(id);
    if (!stored) throw new Error(`Need ${id} not found`);
    const current = Need.parse(stored);
    const patch = typeof edit === 'function' ? edit(current) : edit;
    const next = Need.parse({
      ...current,
      ...patch,
      id,
      prospectId: current.prospectId,
      updatedAt: now,
    });
    await db.needs.put(next);
    await touchProspect(db, current.prospectId, now);
    return next;
  });
}

/** Deletes a need and returns it as it was stored, for an undo (`restoreNeed`). */
export async function deleteNeed(db: DealBriefDb, id: string): Promise<Need | undefined> {
  return db.transaction('rw', db.needs, async () => {
    const found = await db.needs.get(id);
    await db.needs.delete(id);
    return found ? Need.parse(found) : undefined;
  });
}

/** Puts a deleted need back (undo). */
export async function restoreNeed(db: DealBriefDb, need: Need): Promise<void> {
  await db.needs.put(Need.parse(need));
}

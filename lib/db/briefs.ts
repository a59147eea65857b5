import { Brief } from '../model';
import { emptyBrief } from '../brief/briefEdits';
import type { DealBriefDb } from './database';

export async function getBrief(db: DealBriefDb, prospectId: string): Promise<Brief | undefined> {
  const found = await db.briefs.get(prospectId);
  return found ? Brief.parse(found) : undefined;
}

/**
 * Applies an edit to the stored brief (an empty one when there is none yet) in one transaction,
 * so edits of different fields saved at the same moment never overwrite each other. The result
 * is validated before it is written, and the prospect is touched so "updated" reflects the work.
 * An edit that changes nothing writes nothing.
 */
export async function updateBrief(
  db: DealBriefDb,
  prospectId: string,
  edit: (brief: Brief) => Brief,
  now = Date.now(),
): Promise<Brief> {
  return db.transaction('rw', db.briefs, db.prospects, async () => {
    const stored = await db.briefs.get(prospectId);
    const current = stored ? Brief.parse(stored) : emptyBrief(prospectId, now);
    const edited = edit(current);
    if (stored && JSON.stringify(edited) === JSON.stringify(current)) return current;
    const next = Brief.parse({ ...edited, prospectId, updatedAt: now });
    await db.briefs.put(next);
    await db.prospects.update(prospectId, { updatedAt: now });
    return next;
  });
}

import { Clip, newId } from '../model';
import type { DealBriefDb } from './database';
import { createProspect } from './prospects';

export interface CaptureInput {
  domain: string;
  siteName: string;
  owner: string;
  quote: string;
  url: string;
  pageTitle: string;
  now?: number;
}

/**
 * Saves a selection as a clip on the site's prospect, creating the prospect if needed, in one
 * transaction: either both are written or neither.
 */
export async function captureClip(db: DealBriefDb, input: CaptureInput): Promise<Clip> {
  const now = input.now ?? Date.now();
  return db.transaction('rw', db.prospects, db.clips, async () => {
    const prospect = await createProspect(db, {
      domain: input.domain,
      name: input.siteName,
      owner: input.owner,
      now,
    });
    const clip = Clip.parse({
      id: newId(),
      prospectId: prospect.id,
      quote: input.quote,
      url: input.url,
      pageTitle: input.pageTitle,
      capturedAt: now,
    });
    await db.clips.add(clip);
    await db.prospects.update(prospect.id, { updatedAt: now });
    return clip;
  });
}

/** Clips of a prospect, newest first. */
export async function listClips(db: DealBriefDb, prospectId: string): Promise<Clip[]> {
  const rows = await db.clips
    .where('[prospectId+capturedAt]')
    .between([prospectId, -Infinity], [prospectId, Infinity])
    .reverse()
    .toArray();
  return rows.map((r) => Clip.parse(r));
}

export async function deleteClip(db: DealBriefDb, id: string): Promise<void> {
  await db.clips.delete(id);
}

export async function restoreClip(db: DealBriefDb, clip: Clip): Promise<void> {
  await db.clips.put(Clip.parse(clip));
}

import { newId, OfferProfile, type Language } from '../model';
import { exampleProfile } from '../offers/example';
import type { DealBriefDb } from './database';

/** Every offer profile, oldest first (the order the rep made them in), then by id. */
export async function listOfferProfiles(db: DealBriefDb): Promise<OfferProfile[]> {
  const rows = await db.offerProfiles.toArray();
  return rows
    .map((r) => OfferProfile.parse(r))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export async function getOfferProfile(
  db: DealBriefDb,
  id: string,
): Promise<OfferProfile | undefined> {
  const found = await db.offerProfiles.get(id);
  return found ? OfferProfile.parse(found) : undefined;
}

export async function createOfferProfile(
  db: DealBriefDb,
  input: { name: string; language?: Language; now?: number; id?: string },
): Promise<OfferProfile> {
  const now = input.now ?? Date.now();
  const profile = OfferProfile.parse({
    id: input.id ?? newId(),
    name: input.name,
    ...(input.language ? { language: input.language } : {}),
    createdAt: now,
    updatedAt: now,
  });
  await db.offerProfiles.add(profile);
  return profile;
}

/**
 * Changes a profile. `edit` sees the freshest stored profile, so two fields saved at once (the
 * rep typing in one while another autosaves) both land. Throws when the profile is gone.
 */
export async function updateOfferProfile(
  db: DealBriefDb,
  id: string,
  edit: (profile: OfferProfile) => Partial<Omit<OfferProfile, 'id' | 'createdAt'>>,
  now = Date.now(),
): Promise<OfferProfile> {
  return db.transaction('rw', db.offerProfiles, async () => {
    const stored = await db.offerProfiles.get(id);
    if (!stored) throw new Error(`Offer profile ${id} not found`);
    const current = OfferProfile.parse(stored);
    const next = OfferProfile.parse({
      ...current,
      ...edit(current),
      id,
      createdAt: current.createdAt,
      updatedAt: Math.max(now, current.updatedAt),
    });
    await db.offerProfiles.put(next);
    return next;
  });
}

/** Deletes a profile and returns it, so the panel can offer an undo. */
export async function deleteOfferProfile(
  db: DealBriefDb,
  id: string,
): Promise<OfferProfile | undefined> {
  return db.transaction('rw', db.offerProfiles, async () => {
    const found = await db.offerProfiles.get(id);
    if (!found) return undefined;
    await db.offerProfiles.delete(id);
    return OfferProfile.parse(found);
  });
}

export async function restoreOfferProfile(db: DealBriefDb, profile: OfferProfile): Promise<void> {
  await db.offerProfiles.put(OfferProfile.parse(profile));
}

export interface ImportSummary {
  added: number;
  /** Profiles whose id was already taken here: imported as copies, nothing overwritten. */
  copies: number;
  ids: string[];
}

/**
 * Writes imported profiles in one transaction: all land or none. A profile whose id already
 * exists here is kept as a copy under a new id rather than overwriting the rep's own version.
 */
export async function importOfferProfiles(
  db: DealBriefDb,
  profiles: readonly OfferProfile[],
  now = Date.now(),
): Promise<ImportSummary> {
  const valid = profiles.map((p) => OfferProfile.parse(p));
  return db.transaction('rw', db.offerProfiles, async () => {
    const taken = new Set((await db.offerProfiles.toCollection().primaryKeys()) as string[]);
    const summary: ImportSummary = { added: 0, copies: 0, ids: [] };
    const rows = valid.map((p) => {
      const copy = taken.has(p.id);
      const id = copy ? newId() : p.id;
      taken.add(id);
      summary.added++;
      if (copy) summary.copies++;
      summary.ids.push(id);
      return OfferProfile.parse({ ...p, id, updatedAt: Math.max(now, p.updatedAt) });
    });
    await db.offerProfiles.bulkAdd(rows);
    return summary;
  });
}

/** Remembers that the example profile was created once (kept outside the profiles table). */
export interface ExampleFlag {
  get(): Promise<boolean>;
  set(): Promise<void>;
}

/**
 * Creates the shipped example profile on first use, in the rep's language, exactly once: not
 * again after the rep deletes it, and not twice when two panels open together.
 */
export async function ensureExampleProfile(
  db: DealBriefDb,
  language: Language,
  flag: ExampleFlag,
  now = Date.now(),
): Promise<OfferProfile | undefined> {
  if (await flag.get()) return undefined;
  const created = await db.transaction('rw', db.offerProfiles, async () => {
    const rows = await db.offerProfiles.toArray();
    if (rows.some((r) => r.example)) return undefined;
    const profile = exampleProfile(language, newId(), now);
    await db.offerProfiles.add(profile);
    return profile;
  });
  await flag.set();
  return created;
}

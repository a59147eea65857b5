import { newId, Prospect, type Stage, type StageChange } from '../model';
import { isSureLookupKey, lookupKeys, type WebSitePage } from '../site/url';
import type { DealBriefDb } from './database';

export interface NewProspect {
  domain: string;
  name: string;
  owner: string;
  now?: number;
}

/** The prospect that owns this site key (primary domain or alias), if any. */
export async function findProspectByDomain(
  db: DealBriefDb,
  key: string,
): Promise<Prospect | undefined> {
  const found = await db.prospects.where('domains').equals(key).first();
  return found ? Prospect.parse(found) : undefined;
}

/**
 * The prospect of a web page, as the badge, captures and scans find it: the one stored under the
 * page's site key (`identifySite`). One indexed query over the page's `lookupKeys`, and no
 * public-suffix list when the longest key found is the host itself or the domain behind its
 * `www.` – the usual case. When it is another parent domain, only the list can tell whether that
 * is the site's key (`shop.acme.ru` → `acme.ru`) or a public suffix with companies of their own
 * under it (`stroymash.spb.ru` is not `spb.ru`'s), so `siteKeyOf` is asked (the panel passes
 * `loadSiteKey`, which loads the list then) and the prospect stored under exactly that key is
 * the answer, or none.
 */
export async function findProspectForPage(
  db: DealBriefDb,
  page: WebSitePage,
  siteKeyOf: (url: string) => PromiseLike<string | null>,
): Promise<Prospect | undefined> {
  const keys = lookupKeys(page);
  const rows = await db.prospects.where('domains').anyOf(keys).toArray();
  let best: { row: (typeof rows)[number]; key: string } | undefined;
  for (const row of rows)
    for (const key of row.domains)
      if (keys.includes(key) && (!best || key.length > best.key.length)) best = { row, key };
  if (!best) return undefined;
  if (isSureLookupKey(page, best.key)) return Prospect.parse(best.row);
  // Not a Dexie promise: wrapped, so a live query around this call stays intact.
  const siteKey = await Promise.resolve(siteKeyOf(page.url));
  const own = siteKey === null ? undefined : rows.find((row) => row.domains.includes(siteKey));
  return own ? Prospect.parse(own) : undefined;
}

export async function getProspect(db: DealBriefDb, id: string): Promise<Prospect | undefined> {
  const found = await db.prospects.get(id);
  return found ? Prospect.parse(found) : undefined;
}

/**
 * Starts a brief for a site: returns the existing prospect when the domain is already owned
 * (two panels pressing "Start a brief" at once must not create two companies).
 */
export async function createProspect(db: DealBriefDb, input: NewProspect): Promise<Prospect> {
  return db.transaction('rw', db.prospects, async () => {
    const existing = await db.prospects.where('domains').equals(input.domain).first();
    if (existing) return Prospect.parse(existing);
    const now = input.now ?? Date.now();
    const stage: Stage = 'selection';
    const first: StageChange = { stage, at: now, by: input.owner };
    const prospect = Prospect.parse({
      id: newId(),
      domains: [input.domain],
      name: input.name.trim() || input.domain,
      stage,
      stageHistory: [first],
      owner: input.owner,
      createdAt: now,
      updatedAt: now,
    });
    await db.prospects.add(prospect);
    return prospect;
  });
}

export type ProspectPatch = Partial<Omit<Prospect, 'id' | 'createdAt' | 'domains'>>;

export async function updateProspect(
  db: DealBriefDb,
  id: string,
  patch: ProspectPatch,
  now = Date.now(),
): Promise<Prospect> {
  return db.transaction('rw', db.prospects, async () => {
    const current = await db.prospects.get(id);
    if (!current) throw new Error(`Prospect ${id} not found`);
    const next = Prospect.parse({ ...current, ...patch, id, updatedAt: now });
    await db.prospects.put(next);
    return next;
  });
}

export class DomainTakenError extends Error {
  constructor(
    readonly domain: string,
    readonly ownerName: string,
  ) {
    super(`${domain} already belongs to ${ownerName}`);
    this.name = 'DomainTakenError';
  }
}

/** Adds an extra domain to a prospect; a domain belongs to one prospect only. */
export async function addProspectDomain(
  db: DealBriefDb,
  id: string,
  domain: string,
  now = Date.now(),
): Promise<Prospect> {
  return db.transaction('rw', db.prospects, async () => {
    const owner = await db.prospects.where('domains').equals(domain).first();
    if (owner && owner.id !== id) throw new DomainTakenError(domain, owner.name);
    const current = await db.prospects.get(id);
    if (!current) throw new Error(`Prospect ${id} not found`);
    if (current.domains.includes(domain)) return Prospect.parse(current);
    const next = Prospect.parse({
      ...current,
      domains: [...current.domains, domain],
      updatedAt: now,
    });
    await db.prospects.put(next);
    return next;
  });
}

/** Removes an alias; the primary (first) domain stays, a prospect always has one. */
export async function removeProspectDomain(
  db: DealBriefDb,
  id: string,
  domain: string,
  now = Date.now(),
): Promise<Prospect> {
  return db.transaction('rw', db.prospects, async () => {
    const current = await db.prospects.get(id);
    if (!current) throw new Error(`Prospect ${id} not found`);
    if (current.domains[0] === domain || !current.domains.includes(domain))
      return Prospect.parse(current);
    const next = Prospect.parse({
      ...current,
      domains: current.domains.filter((d) => d !== domain),
      updatedAt: now,
    });
    await db.prospects.put(next);
    return next;
  });
}

export async function countProspects(db: DealBriefDb): Promise<number> {
  return db.prospects.count();
}

/** How many prospects changed after `since` (all of them when `since` is null). */
export async function countProspectsChangedSince(
  db: DealBriefDb,
  since: number | null,
): Promise<number> {
  return since === null
    ? db.prospects.count()
    : db.prospects.where('updatedAt').above(since).count();
}

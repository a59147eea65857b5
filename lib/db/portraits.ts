// The client portrait of a prospect: one record per prospect (values per field key, the scanned
// pages behind the suggestions, the dismissed suggestions). Every change is a read-modify-write
// in one transaction, so an autosave in one panel and a scan in another never undo each other.
import { Portrait, type PortraitValue } from '../model';
import { putValue } from '../portrait/values';
import type { FieldSpec } from '../portrait/templates';
import { storableTitle, storableUrl } from '../site/url';
import type { DealBriefDb } from './database';

/** Scanned pages kept per prospect; the oldest scan goes first when a site has more. */
export const MAX_SCAN_PAGES = 30;

export function emptyPortrait(prospectId: string, now = Date.now()): Portrait {
  return Portrait.parse({ prospectId, fields: {}, updatedAt: now });
}

export async function getPortrait(
  db: DealBriefDb,
  prospectId: string,
): Promise<Portrait | undefined> {
  const found = await db.portraits.get(prospectId);
  return found ? Portrait.parse(found) : undefined;
}

/**
 * Applies `change` to the prospect's portrait (an empty one if none yet) and saves the result,
 * validated, touching the prospect so "last update" reflects the rep's work.
 */
export async function changePortrait(
  db: DealBriefDb,
  prospectId: string,
  change: (current: Portrait) => Portrait,
  now = Date.now(),
): Promise<Portrait> {
  return db.transaction('rw', db.portraits, db.prospects, async () => {
    const stored = await db.portraits.get(prospectId);
    const current = stored ? Portrait.parse(stored) : emptyPortrait(prospectId, now);
    const next = Portrait.parse({ ...change(current), prospectId, updatedAt: now });
    await db.portraits.put(next);
    await db.prospects.update(prospectId, { updatedAt: now });
    return next;
  });
}

/** Replaces a field's values (an empty list clears it). */
export function setFieldValues(
  db: DealBriefDb,
  prospectId: string,
  key: string,
  values: PortraitValue[],
  now = Date.now(),
): Promise<Portrait> {
  return changePortrait(
    db,
    prospectId,
    (p) => {
      const fields = { ...p.fields };
      if (values.length) fields[key] = values;
      else delete fields[key];
      return { ...p, fields };
    },
    now,
  );
}

/** Adds a value as `putValue` does (appended, options added to those ticked, or replacing). */
export function putFieldValue(
  db: DealBriefDb,
  prospectId: string,
  field: Pick<FieldSpec, 'key' | 'multiple'> & Partial<Pick<FieldSpec, 'type'>>,
  value: PortraitValue,
  now = Date.now(),
): Promise<Portrait> {
  return changePortrait(
    db,
    prospectId,
    (p) => ({ ...p, fields: putValue(p.fields, field, value) }),
    now,
  );
}

export function removeFieldValue(
  db: DealBriefDb,
  prospectId: string,
  key: string,
  valueId: string,
  now = Date.now(),
): Promise<Portrait> {
  return changePortrait(
    db,
    prospectId,
    (p) => {
      const fields = { ...p.fields };
      const rest = (fields[key] ?? []).filter((v) => v.id !== valueId);
      if (rest.length) fields[key] = rest;
      else delete fields[key];
      return { ...p, fields };
    },
    now,
  );
}

function pageKey(url: string): string {
  return url.replace(/#.*$/, '');
}

export interface ScanToRecord {
  url: string;
  title: string;
  /** A validated `ScanResult` (lib/extract/schema.ts). */
  result: unknown;
}

/**
 * Keeps a page's scan: a rescan of the same page replaces its earlier result, other pages of
 * the site stay, so suggestions from several pages merge (lib/portrait/suggestions.ts). The tab's
 * address and title are kept as every capture keeps them (a hostile page may make either long).
 */
export function recordScan(
  db: DealBriefDb,
  prospectId: string,
  scan: ScanToRecord,
  now = Date.now(),
): Promise<Portrait> {
  const url = storableUrl(scan.url);
  const title = storableTitle(scan.title);
  return changePortrait(
    db,
    prospectId,
    (p) => {
      const others = p.scans.filter((s) => pageKey(s.url) !== pageKey(url));
      const scans = [...others, { url, title, scannedAt: now, result: scan.result }].slice(
        -MAX_SCAN_PAGES,
      );
      return { ...p, scans };
    },
    now,
  );
}

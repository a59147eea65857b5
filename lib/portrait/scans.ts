// Reading the stored scans of a prospect, validated with the scanner's own schema. This is the
// documented way for other features to read what the last scans found (the decision-maker map
// reads `people` from here):
//
//   const scan = await readLastScan(getDb(), prospect.id);
//   scan?.people   // [{ id, name, position?, sources: [{ url, pageTitle, snippet, scannedAt }] }]
//   scan?.merged   // every page's ScanResult merged (lib/extract mergeScanResults)
//
// In React, wrap it in `useLiveQuery(() => readLastScan(getDb(), id), [id])` to follow new
// scans live. It imports zod (the scanner's schema): use it in extension pages, not in the
// injected scanner or the background.
import { getPortrait } from '../db/portraits';
import type { DealBriefDb } from '../db/database';
import { mergeScanResults } from '../extract/merge';
import { ScanResult } from '../extract/schema';
import type { Portrait } from '../model';
import { collectPeople, type PersonSuggestion, type ScannedPage } from './suggestions';

/** The stored scans that are valid scanner results (anything else is skipped), oldest first. */
export function scannedPages(portrait: Pick<Portrait, 'scans'> | undefined): ScannedPage[] {
  return (portrait?.scans ?? []).flatMap((s) => {
    const parsed = ScanResult.safeParse(s.result);
    return parsed.success
      ? [{ url: s.url, title: s.title, scannedAt: s.scannedAt, result: parsed.data }]
      : [];
  });
}

export interface LastScan {
  /** Pages scanned for this prospect, oldest first, each with its own result. */
  pages: ScannedPage[];
  /** All pages' facts merged without duplicates. */
  merged: ScanResult;
  /** People with positions found on the pages, merged by name, with their sources. */
  people: PersonSuggestion[];
  /** When the newest page was scanned. */
  scannedAt: number;
}

export function lastScanOf(portrait: Pick<Portrait, 'scans'> | undefined): LastScan | undefined {
  const pages = scannedPages(portrait);
  if (!pages.length) return undefined;
  const merged = pages.map((p) => p.result).reduce((a, b) => mergeScanResults(a, b));
  return {
    pages,
    merged,
    people: collectPeople(pages),
    scannedAt: Math.max(...pages.map((p) => p.scannedAt)),
  };
}

/** What the scans of this prospect's pages found; undefined before the first scan. */
export async function readLastScan(
  db: DealBriefDb,
  prospectId: string,
): Promise<LastScan | undefined> {
  return lastScanOf(await getPortrait(db, prospectId));
}

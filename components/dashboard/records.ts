import type { Table } from 'dexie';
import type { DealBriefDb } from '@/lib/db';
import type { Brief, Need, Note, Person, Prospect } from '@/lib/model';

/**
 * The records the dashboard holds once its background load is done (the table's scores, role
 * statistics and search are made of them). The spreadsheet exports are built from these too, so
 * they show what the manager sees without reading every table again.
 */
export interface LoadedRecords {
  prospects: readonly Prospect[];
  briefs: readonly Brief[];
  people: readonly Person[];
  needs: readonly Need[];
}

/** Records per read while the page is already on screen: short tasks keep it responsive. */
const PAGE = 5000;

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A whole table in pages of primary keys (so in key order, as `toArray()` gives it), yielding
 * between pages: one `toArray()` of 100,000 needs is a single long task that freezes the page
 * for a fraction of a second.
 */
export async function readInPages<T>(table: Table<T, string, unknown>): Promise<T[]> {
  const key = table.schema.primKey.keyPath as keyof T;
  const out: T[] = [];
  let page = await table.limit(PAGE).toArray();
  while (page.length > 0) {
    for (const row of page) out.push(row);
    if (page.length < PAGE) break;
    await yieldToUi();
    const last = page[page.length - 1]![key] as string;
    page = await table.where(':id').above(last).limit(PAGE).toArray();
  }
  return out;
}

/** The dashboard's second step, after every prospect is on screen: what scores and search need. */
export async function readDetails(db: DealBriefDb): Promise<{
  briefs: Brief[];
  people: Person[];
  needs: Need[];
  notes: Note[];
}> {
  const briefs = await readInPages<Brief>(db.briefs);
  const people = await readInPages<Person>(db.people);
  const needs = await readInPages<Need>(db.needs);
  const notes = await readInPages<Note>(db.notes);
  return { briefs, people, needs, notes };
}

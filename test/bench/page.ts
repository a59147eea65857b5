// Bundled by `npm run bench` into a copy of the built extension, so the repositories run in the
// real extension origin and real IndexedDB. Never part of the shipped extension.
import { DB_NAME, findProspectByDomain, getDb } from '../../lib/db';

function rawGetByDomain(db: IDBDatabase, domain: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db
      .transaction('prospects')
      .objectStore('prospects')
      .index('domains')
      .get(domain);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Creates the database through the app's own Dexie class, then fills it with raw puts. */
async function seed(count: number, domainOf: (i: number) => string): Promise<void> {
  await getDb().open();
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    domains: [domainOf(i)],
    name: `Prospect ${i}`,
    stage: 'selection',
    stageHistory: [{ stage: 'selection', at: now, by: 'bench' }],
    owner: `rep${i % 7}`,
    tags: [],
    portraitTemplateId: 'generic',
    createdAt: now - i * 1000,
    updatedAt: now - i * 1000,
  }));
  await getDb().prospects.bulkPut(rows as never);
}

async function lookups(count: number, domainOf: (i: number) => string, rounds: number) {
  const db = getDb();
  const raw = await openRaw();
  const picks = Array.from({ length: rounds }, (_, i) => domainOf((i * 7919) % count));
  // Warm both paths once.
  await findProspectByDomain(db, picks[0]!);
  await rawGetByDomain(raw, picks[0]!);
  const app: number[] = [];
  const ref: number[] = [];
  for (const domain of picks) {
    let t = performance.now();
    const a = await findProspectByDomain(db, domain);
    app.push(performance.now() - t);
    t = performance.now();
    const b = await rawGetByDomain(raw, domain);
    ref.push(performance.now() - t);
    if (!a || !b) throw new Error(`lookup missed ${domain}`);
  }
  raw.close();
  return { app: median(app), raw: median(ref) };
}

Object.assign(globalThis, { dealbriefBench: { seed, lookups } });

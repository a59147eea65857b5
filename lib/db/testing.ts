import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { DealBriefDb } from './database';

/**
 * Tests only: every test gets its own empty database (in fake-indexeddb), deleted afterwards.
 * `use` receives it before each test: `let db: DealBriefDb; freshDbPerTest((d) => (db = d));`
 */
export function freshDbPerTest(use: (db: DealBriefDb) => void): void {
  let db: DealBriefDb | undefined;
  beforeEach(async () => {
    db = new DealBriefDb(`test-${crypto.randomUUID()}`);
    await db.open();
    use(db);
  });
  afterEach(async () => {
    if (!db) return;
    db.close();
    await Dexie.delete(db.name);
  });
}

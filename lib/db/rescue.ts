import Dexie from 'dexie';
import { DB_NAME } from './database';

export interface RawDatabase {
  name: string;
  version: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

/**
 * Reads every table of the database as it is on disk, whatever its version, without the app's
 * schema: the way out when an upgrade failed (the old data is intact but the current code
 * cannot open it). The caller offers it to the user as a file.
 */
export async function readRawDatabase(name = DB_NAME, now = new Date()): Promise<RawDatabase> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return { name, version: raw.verno, exportedAt: now.toISOString(), tables };
  } finally {
    raw.close();
  }
}

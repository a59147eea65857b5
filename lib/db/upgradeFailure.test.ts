import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DealBriefDb } from './database';
import { classifyStorageError } from './errors';
import { createProspect } from './prospects';
import { readRawDatabase } from './rescue';
import { SCHEMA_VERSIONS, SchemaUpgradeError } from './schema';

describe('a schema upgrade that fails', () => {
  it('leaves the old data at its old version, readable, and says so', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new DealBriefDb(name);
    await v1.open();
    const prospect = await createProspect(v1, {
      domain: 'acme.ru',
      name: 'Acme',
      owner: 'Anna',
      now: 5,
    });
    v1.close();

    // A future version whose record upgrade throws half-way through.
    const broken = new DealBriefDb(name, undefined, [
      ...SCHEMA_VERSIONS,
      {
        version: 99,
        stores: {},
        upgrade: async (tx) => {
          await tx.table('prospects').toCollection().modify({ name: 'half-upgraded' });
          throw new Error('bad record');
        },
      },
    ]);
    const error = await broken.open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaUpgradeError);
    expect(classifyStorageError(error)).toBe('upgrade');
    broken.close();

    const raw = await readRawDatabase(name, new Date(0));
    expect(raw.version).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(raw.tables.prospects).toEqual([prospect]);

    // The shipped version still opens it as before.
    const again = new DealBriefDb(name);
    expect(await again.prospects.get(prospect.id)).toEqual(prospect);
    again.close();
    await Dexie.delete(name);
  });
});

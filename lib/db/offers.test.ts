import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { exampleProfile } from '../offers/example';
import { DealBriefDb } from './database';
import {
  createOfferProfile,
  deleteOfferProfile,
  ensureExampleProfile,
  getOfferProfile,
  importOfferProfiles,
  listOfferProfiles,
  restoreOfferProfile,
  updateOfferProfile,
  type ExampleFlag,
} from './offers';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

function memoryFlag(): ExampleFlag & { value: boolean } {
  const flag = {
    value: false,
    get: async () => flag.value,
    set: async () => {
      flag.value = true;
    },
  };
  return flag;
}

describe('offer profiles', () => {
  it('creates, edits and lists profiles, oldest first', async () => {
    const b = await createOfferProfile(db, { name: 'B', now: 2 });
    const a = await createOfferProfile(db, { name: 'A', now: 1, language: 'en' });
    expect((await listOfferProfiles(db)).map((p) => p.name)).toEqual(['A', 'B']);
    const edited = await updateOfferProfile(
      db,
      b.id,
      (p) => ({
        properties: [
          ...p.properties,
          { id: 'p1', statement: 'Fast', categories: [], keywords: [], proof: '', conditions: '' },
        ],
      }),
      5,
    );
    expect(edited.updatedAt).toBe(5);
    expect((await getOfferProfile(db, b.id))?.properties.map((p) => p.statement)).toEqual(['Fast']);
    expect(a.language).toBe('en');
  });

  it('two edits of different fields at once both land', async () => {
    const p = await createOfferProfile(db, { name: 'X' });
    await Promise.all([
      updateOfferProfile(db, p.id, () => ({ name: 'Renamed' })),
      updateOfferProfile(db, p.id, (cur) => ({
        competitors: [...cur.competitors, { id: 'c', name: 'Rival', weaknesses: '' }],
      })),
    ]);
    const stored = await getOfferProfile(db, p.id);
    expect(stored?.name).toBe('Renamed');
    expect(stored?.competitors).toHaveLength(1);
  });

  it('refuses invalid data and writes nothing', async () => {
    const p = await createOfferProfile(db, { name: 'X' });
    await expect(updateOfferProfile(db, p.id, () => ({ name: 'x'.repeat(501) }))).rejects.toThrow();
    expect((await getOfferProfile(db, p.id))?.name).toBe('X');
  });

  it('deletes with undo', async () => {
    const p = await createOfferProfile(db, { name: 'X' });
    const deleted = await deleteOfferProfile(db, p.id);
    expect(await listOfferProfiles(db)).toEqual([]);
    await restoreOfferProfile(db, deleted!);
    expect(await getOfferProfile(db, p.id)).toEqual(p);
  });
});

describe('the example profile', () => {
  it('is created once, in the rep’s language, and not again after it is deleted', async () => {
    const flag = memoryFlag();
    const created = await ensureExampleProfile(db, 'ru', flag, 10);
    expect(created?.language).toBe('ru');
    expect(created?.example).toBe(true);
    expect(await ensureExampleProfile(db, 'ru', flag)).toBeUndefined();
    await deleteOfferProfile(db, created!.id);
    expect(await ensureExampleProfile(db, 'en', flag)).toBeUndefined();
    expect(await listOfferProfiles(db)).toEqual([]);
  });

  it('two panels opening at once make one example', async () => {
    const flag = memoryFlag();
    await Promise.all([ensureExampleProfile(db, 'en', flag), ensureExampleProfile(db, 'en', flag)]);
    expect(await listOfferProfiles(db)).toHaveLength(1);
  });
});

describe('importOfferProfiles', () => {
  it('adds new profiles and keeps a taken id as a copy, never overwriting', async () => {
    const mine = exampleProfile('en', 'same', 1);
    await restoreOfferProfile(db, { ...mine, name: 'My edited version' });
    const summary = await importOfferProfiles(db, [exampleProfile('ru', 'new', 1), mine], 50);
    expect(summary).toMatchObject({ added: 2, copies: 1 });
    const all = await listOfferProfiles(db);
    expect(all).toHaveLength(3);
    expect((await getOfferProfile(db, 'same'))?.name).toBe('My edited version');
    expect(all.filter((p) => p.name === mine.name)).toHaveLength(1);
    expect(summary.ids[0]).toBe('new');
  });

  it('is all or nothing', async () => {
    const good = exampleProfile('en', 'a', 1);
    const bad = { ...exampleProfile('en', 'b', 1), name: 'x'.repeat(501) };
    await expect(importOfferProfiles(db, [good, bad])).rejects.toThrow();
    expect(await listOfferProfiles(db)).toEqual([]);
  });
});

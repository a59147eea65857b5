import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DealBriefDb } from './database';
import { glimpseProspect } from './glimpse';
import { createProspect, findProspectForPage } from './prospects';
import { classifyUrl, lookupKeys } from '../site/url';
import { freshDbPerTest } from './testing';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

describe('glimpseProspect (the first paint’s raw read)', () => {
  it('finds the prospect the app would pick, by the longest matching key', async () => {
    await createProspect(db, { domain: 'acme.co.uk', name: 'Acme', owner: 'Anna', now: 1 });
    await createProspect(db, { domain: 'shop.acme.co.uk', name: 'Acme Shop', owner: '', now: 2 });
    const page = classifyUrl('https://www.shop.acme.co.uk/');
    if (page.kind !== 'web') throw new Error('web page expected');
    const keys = lookupKeys(page);
    expect(keys).toEqual(['www.shop.acme.co.uk', 'shop.acme.co.uk', 'acme.co.uk', 'co.uk']);
    db.close();
    const glimpse = await glimpseProspect(keys, db.name);
    await db.open();
    const app = await findProspectForPage(db, page, async () => 'shop.acme.co.uk');
    expect(glimpse).toEqual({ id: app!.id, name: 'Acme Shop', domain: 'shop.acme.co.uk' });
  });

  it('waits for keys that arrive later (the tab is read while the database opens)', async () => {
    const p = await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: '', now: 1 });
    let give: (keys: string[]) => void = () => undefined;
    const keys = new Promise<string[]>((resolve) => (give = resolve));
    const pending = glimpseProspect(keys, db.name);
    give(['www.acme.ru', 'acme.ru']);
    expect(await pending).toEqual({ id: p.id, name: 'Acme', domain: 'acme.ru' });
    expect(await glimpseProspect(Promise.reject(new Error('no tab')), db.name)).toBeNull();
  });

  it('answers null for an unknown site or no keys', async () => {
    await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: '', now: 1 });
    expect(await glimpseProspect(['other.ru'], db.name)).toBeNull();
    expect(await glimpseProspect([], db.name)).toBeNull();
  });

  it('never creates the database on a first run, so Dexie still creates it properly', async () => {
    const name = `absent-${crypto.randomUUID()}`;
    expect(await glimpseProspect(['acme.ru'], name)).toBeNull();
    expect(await databaseExists(name)).toBe(false);
    const created = new DealBriefDb(name);
    await created.open();
    expect(created.tables.map((t) => t.name)).toContain('prospects');
    created.close();
    await Dexie.delete(name);
  });

  it('skips a malformed stored row instead of painting it', async () => {
    await db.prospects.put({ id: 'x', domains: ['acme.ru'], name: 42 } as never);
    expect(await glimpseProspect(['acme.ru'], db.name)).toBeNull();
  });

  it('lets go of its connection: an upgrade right after it is not blocked', async () => {
    await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: '', now: 1 });
    const version = db.verno;
    db.close();
    await glimpseProspect(['acme.ru'], db.name);
    const upgraded = new Dexie(db.name);
    upgraded.version(version + 1).stores({ extra: 'id' });
    await upgraded.open();
    expect(upgraded.tables.map((t) => t.name)).toContain('extra');
    upgraded.close();
  });
});

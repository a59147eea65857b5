import { afterEach, describe, expect, it, vi } from 'vitest';
import { onTableChanged, settled } from './changes';
import { DealBriefDb } from './database';
import { addProspectDomain, createProspect, removeProspectDomain } from './prospects';
import { freshDbPerTest } from './testing';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Dexie's channel between the extension's contexts (panel, dashboard, background). */
const DEXIE_CHANNEL = 'x-storagemutated-1';

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('onTableChanged (the background’s watch on prospects)', () => {
  it('hears each committed change to the table made here, and no other table’s', async () => {
    const heard = vi.fn();
    stops.push(onTableChanged(db.name, 'prospects', heard));
    const p = await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: '' });
    await addProspectDomain(db, p.id, 'acme-group.com');
    await removeProspectDomain(db, p.id, 'acme-group.com');
    expect(heard).toHaveBeenCalledTimes(3);
    await db.notes.put({ prospectId: p.id, text: 'x', updatedAt: 1 });
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('hears a change another context made (Dexie passes it over a BroadcastChannel)', async () => {
    const heard = vi.fn();
    stops.push(onTableChanged(db.name, 'prospects', heard));
    // What Dexie in the side panel posts after it removed an alias there.
    const panel = new BroadcastChannel(DEXIE_CHANNEL);
    panel.postMessage({ [`idb://${db.name}/prospects/domains`]: {} });
    panel.postMessage({ [`idb://${db.name}/clips/`]: {} });
    panel.postMessage({ [`idb://another-db/prospects/`]: {} });
    await tick();
    panel.close();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe('CommitEvents (what a page tells the background)', () => {
  it('tells this context’s committed writes to a table, once per transaction', async () => {
    const heard = vi.fn();
    stops.push(db.committed.on('prospects', heard));
    const p = await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: '' });
    expect(heard).toHaveBeenCalledTimes(1);
    await db.transaction('rw', db.prospects, async () => {
      await addProspectDomain(db, p.id, 'a.com');
      await addProspectDomain(db, p.id, 'b.com');
    });
    expect(heard).toHaveBeenCalledTimes(2);
    await db.notes.put({ prospectId: p.id, text: 'x', updatedAt: 1 });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('says nothing for a write that did not commit, or one made elsewhere', async () => {
    const heard = vi.fn();
    stops.push(db.committed.on('prospects', heard));
    await expect(
      db.transaction('rw', db.prospects, async () => {
        await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: '' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const panel = new BroadcastChannel(DEXIE_CHANNEL);
    panel.postMessage({ [`idb://${db.name}/prospects/`]: {} });
    await tick();
    panel.close();
    expect(heard).not.toHaveBeenCalled();
    expect(await db.prospects.count()).toBe(0);
  });
});

describe('settled', () => {
  it('calls once after a burst', async () => {
    const fn = vi.fn();
    const call = settled(fn, 10);
    call();
    call();
    call();
    expect(fn).not.toHaveBeenCalled();
    await tick();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

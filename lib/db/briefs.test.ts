import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { setEntryText, upsertSupplier } from '../brief/briefEdits';
import { getBrief, updateBrief } from './briefs';
import { DealBriefDb } from './database';
import { createProspect, getProspect } from './prospects';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

describe('briefs repository', () => {
  it('creates the brief on the first edit, validates it and touches the prospect', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '', now: 1 });
    expect(await getBrief(db, p.id)).toBeUndefined();
    const saved = await updateBrief(
      db,
      p.id,
      (b) => setEntryText(b, 'situation', 'e1', 'Две площадки'),
      10,
    );
    expect(saved).toMatchObject({
      prospectId: p.id,
      updatedAt: 10,
      situation: [{ id: 'e1', text: 'Две площадки' }],
    });
    expect(await getBrief(db, p.id)).toEqual(saved);
    expect((await getProspect(db, p.id))?.updatedAt).toBe(10);
  });

  it('edits saved at the same moment keep each other (no lost update)', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    await Promise.all([
      updateBrief(db, p.id, (b) => setEntryText(b, 'situation', 'e1', 'situation'), 5),
      updateBrief(db, p.id, (b) => upsertSupplier(b, 's1', { name: 'MetalTorg' }), 5),
      updateBrief(db, p.id, (b) => ({ ...b, budget: '2 mln' }), 5),
    ]);
    const b = await getBrief(db, p.id);
    expect(b?.situation.map((e) => e.text)).toEqual(['situation']);
    expect(b?.suppliers.map((s) => s.name)).toEqual(['MetalTorg']);
    expect(b?.budget).toBe('2 mln');
  });

  it('refuses an invalid brief and keeps what was stored', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    await updateBrief(db, p.id, (b) => ({ ...b, timing: 'Q3' }), 5);
    await expect(
      updateBrief(db, p.id, (b) => ({ ...b, budget: 'x'.repeat(10_001) }), 6),
    ).rejects.toThrow();
    expect((await getBrief(db, p.id))?.timing).toBe('Q3');
  });

  it('an edit that changes nothing writes nothing', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '', now: 1 });
    await updateBrief(db, p.id, (b) => ({ ...b, timing: 'Q3' }), 5);
    const same = await updateBrief(db, p.id, (b) => ({ ...b, timing: 'Q3' }), 9);
    expect(same.updatedAt).toBe(5);
    expect((await getProspect(db, p.id))?.updatedAt).toBe(5);
  });
});

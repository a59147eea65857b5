import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { categoryForWording, draftNeed } from '../brief/needCategory';
import { DealBriefDb } from './database';
import { addNeed, deleteNeed, getNeed, listNeeds, restoreNeed, updateNeed } from './needs';
import { createProspect, getProspect } from './prospects';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

describe('needs repository', () => {
  it('adds, lists in the order heard, updates and touches the prospect', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '', now: 1 });
    const late = await addNeed(
      db,
      draftNeed({ prospectId: p.id, statement: 'Срывы сроков', now: 20 }),
    );
    const price = await addNeed(
      db,
      draftNeed({ prospectId: p.id, statement: 'Цены растут', now: 10 }),
    );
    await addNeed(db, draftNeed({ prospectId: 'other', statement: 'x', now: 5 }));
    expect((await listNeeds(db, p.id)).map((n) => n.id)).toEqual([price.id, late.id]);
    expect((await getProspect(db, p.id))?.updatedAt).toBe(20);

    const u = await updateNeed(db, late.id, { priority: 'high', voicedBy: 'person-1' }, 30);
    expect(u).toMatchObject({
      priority: 'high',
      voicedBy: 'person-1',
      updatedAt: 30,
      createdAt: 20,
    });
    expect((await getProspect(db, p.id))?.updatedAt).toBe(30);
  });

  it('lets the category follow the wording inside the update, from the stored need', async () => {
    const n = await addNeed(db, draftNeed({ prospectId: 'p', statement: 'Цены растут', now: 1 }));
    expect(n.category).toBe('price');
    // Another window chose a category meanwhile: the wording no longer decides.
    await updateNeed(db, n.id, { category: 'discounts', categoryConfirmed: true }, 2);
    const text = 'Поставки задерживаются';
    const u = await updateNeed(
      db,
      n.id,
      (cur) => ({ statement: text, ...categoryForWording(cur, text) }),
      3,
    );
    expect(u).toMatchObject({ statement: text, category: 'discounts', categoryConfirmed: true });
  });

  it('refuses invalid changes and unknown needs', async () => {
    const n = await addNeed(db, draftNeed({ prospectId: 'p', statement: 'a', now: 1 }));
    await expect(updateNeed(db, n.id, { spin: 'nonsense' as never })).rejects.toThrow();
    await expect(updateNeed(db, 'missing', { priority: 'low' })).rejects.toThrow(/not found/);
    expect((await getNeed(db, n.id))?.spin).toBe('problem');
  });

  it('deletes and restores a need as it was', async () => {
    const n = await addNeed(
      db,
      draftNeed({ prospectId: 'p', statement: 'Брак в партиях', now: 1 }),
    );
    const deleted = await deleteNeed(db, n.id);
    expect(deleted).toEqual(n);
    expect(await listNeeds(db, 'p')).toEqual([]);
    expect(await deleteNeed(db, n.id)).toBeUndefined();
    await restoreNeed(db, deleted!);
    expect(await listNeeds(db, 'p')).toEqual([n]);
  });
});

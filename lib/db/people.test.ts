import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { DealBriefDb } from './database';
import {
  addPerson,
  capturePerson,
  deletePerson,
  getPerson,
  listPeople,
  listPeopleForStats,
  mergePeopleRecords,
  restorePerson,
  updatePerson,
} from './people';
import { addNeed, getNeed } from './needs';
import { createProspect, findProspectByDomain, getProspect } from './prospects';
import { draftNeed } from '../brief/needCategory';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

async function prospect(domain = 'acme.ru') {
  return createProspect(db, { domain, name: domain, owner: '', now: 1 });
}

/** A boss and A, who reports to the boss and influences them. */
async function bossAndReport() {
  const p = await prospect();
  const boss = await addPerson(db, p.id, { fullName: 'Boss' });
  const a = await addPerson(db, p.id, { fullName: 'A', reportsTo: boss.id, influences: [boss.id] });
  return { p, boss, a };
}

function need(prospectId: string, statement: string, now: number, voicedBy?: string) {
  return addNeed(db, { ...draftNeed({ prospectId, statement, now }), voicedBy });
}

describe('people repository', () => {
  it('adds people with the model defaults, lists them in order and touches the prospect', async () => {
    const p = await prospect();
    const a = await addPerson(
      db,
      p.id,
      { fullName: 'Иванов Иван', position: 'Главный инженер' },
      10,
    );
    const b = await addPerson(db, p.id, { fullName: 'Jane Doe' }, 20);
    expect(a).toMatchObject({
      role: 'unknown',
      influence: 3,
      attitude: 'unknown',
      roleSource: 'guess',
    });
    expect((await listPeople(db, p.id)).map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await getProspect(db, p.id))?.updatedAt).toBe(20);
    await expect(addPerson(db, p.id, { fullName: 'x', influence: 9 })).rejects.toThrow();
  });

  it('patches one field at a time, clears optional fields, refuses invalid values', async () => {
    const p = await prospect();
    const a = await addPerson(db, p.id, { fullName: 'A' });
    const boss = await addPerson(db, p.id, { fullName: 'Boss' });
    await Promise.all([
      updatePerson(db, a.id, { position: 'CFO' }),
      updatePerson(db, a.id, (cur) => ({
        contacts: [...cur.contacts, { id: 'c1', kind: 'phone', value: '1' }],
      })),
      updatePerson(db, a.id, { reportsTo: boss.id, lastContactAt: '2025-01-02' }),
    ]);
    expect(await getPerson(db, a.id)).toMatchObject({
      position: 'CFO',
      contacts: [{ id: 'c1', kind: 'phone', value: '1' }],
      reportsTo: boss.id,
      lastContactAt: '2025-01-02',
    });
    const cleared = await updatePerson(db, a.id, {
      reportsTo: undefined,
      lastContactAt: undefined,
    });
    expect(cleared.reportsTo).toBeUndefined();
    expect(cleared.lastContactAt).toBeUndefined();
    await expect(updatePerson(db, a.id, { role: 'king' as never })).rejects.toThrow();
    expect((await getPerson(db, a.id))?.role).toBe('unknown');
  });

  it('deletes a person, unlinks them from people and needs, and undoes both', async () => {
    const { p, boss, a } = await bossAndReport();
    const voiced = await need(p.id, 'Отсрочка платежа', 5, boss.id);
    const deleted = await deletePerson(db, boss.id);
    expect(await getPerson(db, boss.id)).toBeUndefined();
    const after = await getPerson(db, a.id);
    expect(after?.reportsTo).toBeUndefined();
    expect(after?.influences).toEqual([]);
    expect((await getNeed(db, voiced.id))?.voicedBy).toBeUndefined(); // no dangling "who said it"
    await restorePerson(db, deleted!);
    expect(await getPerson(db, a.id)).toMatchObject({ reportsTo: boss.id, influences: [boss.id] });
    expect(await getPerson(db, boss.id)).toEqual(boss);
    expect((await getNeed(db, voiced.id))?.voicedBy).toBe(boss.id);
    expect(await deletePerson(db, 'gone')).toBeNull();
  });

  it('undoing a deletion keeps what was typed into the others since', async () => {
    const p = await prospect();
    const boss = await addPerson(db, p.id, { fullName: 'Boss' }, 10);
    const sub = await addPerson(db, p.id, { fullName: 'Sub', reportsTo: boss.id }, 20);
    const other = await addPerson(db, p.id, { fullName: 'Other', influences: [boss.id] }, 20);
    const voiced = await need(p.id, 'Delivery in 48 hours', 30, boss.id);

    const deleted = await deletePerson(db, boss.id); // the Undo notice stays…
    await updatePerson(db, sub.id, { notes: 'Budget owner for 2025', position: 'CFO' }, 40);
    await updatePerson(db, other.id, { reportsTo: sub.id, influences: [sub.id] }, 41);
    const newVoice = await addPerson(db, p.id, { fullName: 'New' }, 42);
    const unvoiced = await need(p.id, 'Payment in 60 days', 43);
    await db.needs.update(voiced.id, { statement: 'Delivery in 24 hours' });
    await db.needs.update(unvoiced.id, { voicedBy: newVoice.id });
    await restorePerson(db, deleted!); // …and is clicked

    expect(await getPerson(db, sub.id)).toMatchObject({
      reportsTo: boss.id,
      notes: 'Budget owner for 2025',
      position: 'CFO',
    });
    // Links set since are kept beside the restored one.
    expect(await getPerson(db, other.id)).toMatchObject({
      reportsTo: sub.id,
      influences: [sub.id, boss.id],
    });
    expect(await getNeed(db, voiced.id)).toMatchObject({
      statement: 'Delivery in 24 hours',
      voicedBy: boss.id,
    });
    expect((await getNeed(db, unvoiced.id))?.voicedBy).toBe(newVoice.id);
  });

  it("undoing a deletion drops the person's own links to someone deleted since", async () => {
    const { boss, a } = await bossAndReport();
    const deleted = await deletePerson(db, a.id);
    await deletePerson(db, boss.id);
    await restorePerson(db, deleted!);
    const back = await getPerson(db, a.id);
    expect(back?.reportsTo).toBeUndefined();
    expect(back?.influences).toEqual([]);
  });

  it('merges two entries keeping every field and evidence, and repoints links', async () => {
    const p = await prospect();
    const ev = (quote: string, at: number) => ({
      kind: 'page' as const,
      url: 'https://acme.ru/team',
      quote,
      capturedAt: at,
    });
    const a = await addPerson(
      db,
      p.id,
      {
        fullName: 'Иванов И. И.',
        position: 'Главный инженер',
        contacts: [{ kind: 'phone', value: '+7 900 000-00-00' }],
        evidence: [ev('Иванов И. И., главный инженер', 1)],
      },
      5,
    );
    const b = await addPerson(
      db,
      p.id,
      {
        fullName: 'Иванов Иван Иванович',
        role: 'decision_maker',
        roleSource: 'confirmed_indirectly',
        contacts: [{ kind: 'email', value: 'ivanov@acme.ru' }],
        notes: 'Любит цифры',
        evidence: [ev('Иванов Иван Иванович', 2)],
      },
      6,
    );
    const report = await addPerson(
      db,
      p.id,
      { fullName: 'Петров', reportsTo: b.id, influences: [b.id] },
      7,
    );
    const voiced = await need(p.id, 'Отсрочка платежа 60 дней', 8, b.id);
    const merged = await mergePeopleRecords(db, a.id, b.id, { language: 'ru' }, 100);
    expect(merged.id).toBe(a.id);
    expect(merged).toMatchObject({
      fullName: 'Иванов Иван Иванович',
      position: 'Главный инженер',
      role: 'decision_maker',
      roleSource: 'confirmed_indirectly',
      notes: 'Любит цифры',
    });
    expect(merged.contacts).toHaveLength(2);
    expect(merged.evidence.map((e) => e.quote)).toEqual([
      'Иванов И. И., главный инженер',
      'Иванов Иван Иванович',
    ]);
    expect((await listPeople(db, p.id)).map((x) => x.id)).toEqual([a.id, report.id]);
    expect(await getPerson(db, report.id)).toMatchObject({ reportsTo: a.id, influences: [a.id] });
    expect((await getNeed(db, voiced.id))?.voicedBy).toBe(a.id); // "who said it" follows the merge
  });

  it('captures a person from a page on a new prospect, with evidence', async () => {
    const person = await capturePerson(db, {
      domain: 'tehnoprom.ru',
      siteName: 'ТехноПром',
      owner: 'Anna',
      person: { fullName: 'Ковалёв Андрей', position: 'Генеральный директор' },
      evidence: { kind: 'page', url: 'https://tehnoprom.ru/team', quote: 'q', capturedAt: 3 },
      now: 3,
    });
    const p = await findProspectByDomain(db, 'tehnoprom.ru');
    expect(p).toMatchObject({ name: 'ТехноПром', owner: 'Anna' });
    expect(person.prospectId).toBe(p!.id);
    expect(person.evidence).toEqual([
      { kind: 'page', url: 'https://tehnoprom.ru/team', quote: 'q', capturedAt: 3 },
    ]);
  });

  it('reads position and role of everyone for the statistics, skipping broken rows', async () => {
    const p1 = await prospect('a.ru');
    const p2 = await prospect('b.ru');
    await addPerson(db, p1.id, {
      fullName: 'A',
      position: 'Главный инженер',
      role: 'decision_maker',
    });
    await addPerson(db, p2.id, { fullName: 'B', position: 'гл. инженер' });
    await db.people.put({ id: 'broken', prospectId: p2.id, role: 'nonsense' } as never);
    const rows = await listPeopleForStats(db);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual({
      prospectId: p1.id,
      position: 'Главный инженер',
      role: 'decision_maker',
    });
  });
});

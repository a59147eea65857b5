import { describe, expect, it } from 'vitest';
import { emptyBundleData, type BundleData } from './bundle';
import { planImport, type MergeOptions } from './merge';
import { fixtureBundle } from './testing';

const options: MergeOptions = {
  now: Date.UTC(2024, 5, 1),
  keptHeading: 'Kept on import 2024-06-01',
  tableLabel: (t) => t,
  copySuffix: 'imported version',
};

/** Applies a plan's writes to an in-memory "database", as the transaction would. */
function apply(db: BundleData, plan: ReturnType<typeof planImport>): BundleData {
  const out = structuredClone(db);
  for (const table of Object.keys(plan.writes) as Array<keyof BundleData>) {
    const key =
      table === 'notes' || table === 'portraits' || table === 'briefs' ? 'prospectId' : 'id';
    for (const row of plan.writes[table] as unknown as Array<Record<string, string>>) {
      const list = out[table] as unknown as Array<Record<string, string>>;
      const i = list.findIndex((r) => r[key] === row[key]);
      if (i >= 0) list[i] = row;
      else list.push(row);
    }
  }
  return out;
}

describe('merging a bundle into the database', () => {
  const anna = fixtureBundle().data;

  it('into an empty database: everything added; a second import changes nothing', () => {
    const first = planImport(anna, emptyBundleData(), options);
    expect(first.report.total.added).toBeGreaterThan(10);
    expect(first.report.total.conflicts).toBe(0);
    const db = apply(emptyBundleData(), first);
    const second = planImport(anna, db, options);
    expect(second.report.total).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(Object.values(second.writes).every((rows) => rows.length === 0)).toBe(true);
  });

  it('two reps, overlapping prospect by domain: joined, newest wins, the losing text kept, idempotent', () => {
    // Bob researched ТехноПром on his own (another id) through its second domain, and edited a need later.
    const bob = emptyBundleData();
    const mine = anna.prospects.find((p) => p.id === 'p-tehnoprom')!;
    bob.prospects.push({
      ...mine,
      id: 'bob-tp',
      domains: ['tehnoprom-group.ru', 'tp-shop.ru'],
      owner: 'Bob',
      name: 'ТехноПром (Bob)',
      updatedAt: mine.updatedAt + 10,
    });
    const need = anna.needs.find((n) => n.id === 'need-1')!;
    bob.needs.push({
      ...need,
      prospectId: 'bob-tp',
      statement: 'Простои из-за запчастей: 3 дня в месяц',
      updatedAt: need.updatedAt + 1000,
    });
    bob.people.push({
      ...anna.people[0]!,
      id: 'bob-person',
      prospectId: 'bob-tp',
      fullName: 'Петров Иван',
    });
    bob.notes.push({ prospectId: 'bob-tp', text: 'Bob: директор в отпуске до июня', updatedAt: 1 });

    const db = apply(emptyBundleData(), planImport(anna, emptyBundleData(), options));
    const plan = planImport(bob, db, options);
    expect(plan.report.mergedByDomain).toEqual([
      {
        fileName: 'ТехноПром (Bob)',
        databaseName: 'ООО «ТехноПром»',
        domain: 'tehnoprom-group.ru',
      },
    ]);
    expect(plan.report.tables.people.added).toBe(1);
    expect(plan.report.tables.needs.conflicts).toBe(1);
    expect(plan.report.tables.notes.conflicts).toBe(1);
    const after = apply(db, plan);
    const prospect = after.prospects.find((p) => p.id === 'p-tehnoprom')!;
    expect(after.prospects).toHaveLength(2);
    // Bob's version is newer: his name wins, the domains are the union, Anna's name is kept.
    expect(prospect.name).toBe('ТехноПром (Bob)');
    expect(prospect.domains).toEqual(['tehnoprom.ru', 'tehnoprom-group.ru', 'tp-shop.ru']);
    expect(after.needs.find((n) => n.id === 'need-1')!.statement).toBe(
      'Простои из-за запчастей: 3 дня в месяц',
    );
    expect(after.people.find((p) => p.id === 'bob-person')!.prospectId).toBe('p-tehnoprom');
    const note = after.notes.find((n) => n.prospectId === 'p-tehnoprom')!.text;
    expect(note.startsWith('Главный инженер решает.')).toBe(true);
    expect(note).toContain('Kept on import 2024-06-01');
    expect(note).toContain('needs: Линия простаивает в ожидании запчастей');
    expect(note).toContain('Bob: директор в отпуске до июня');
    expect(note).toContain('ООО «ТехноПром»');

    const again = planImport(bob, after, options);
    expect(again.report.total).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(Object.values(again.writes).every((rows) => rows.length === 0)).toBe(true);
    // And Anna's bundle, imported again over the merged base, is older everywhere: nothing new.
    const annaAgain = planImport(anna, after, options);
    expect(annaAgain.report.total.added).toBe(0);
    expect(Object.values(annaAgain.writes).every((rows) => rows.length === 0)).toBe(true);
  });

  it('an older version from the file loses but its text is kept; on a tie the database stays', () => {
    const db = apply(emptyBundleData(), planImport(anna, emptyBundleData(), options));
    const old = structuredClone(anna);
    old.people[0]!.notes = 'Старая заметка о человеке';
    old.people[0]!.updatedAt -= 1000;
    old.people[1]!.notes = 'same time, different text';
    const plan = planImport(old, db, options);
    expect(plan.report.conflicts.map((c) => [c.table, c.key, c.winner])).toEqual([
      ['people', 'person-1', 'database'],
      ['people', 'person-2', 'database'],
    ]);
    const after = apply(db, plan);
    expect(after.people.find((p) => p.id === 'person-1')!.notes).toBe('-1 to competitor');
    expect(after.notes.find((n) => n.prospectId === 'p-tehnoprom')!.text).toContain(
      'Старая заметка о человеке',
    );
  });

  it('offer profiles: the losing version stays as a copy, once', () => {
    const db = apply(emptyBundleData(), planImport(anna, emptyBundleData(), options));
    const newer = structuredClone(anna);
    newer.offerProfiles[0]!.name = 'Запчасти (обновлено)';
    newer.offerProfiles[0]!.updatedAt += 5000;
    const plan = planImport(newer, db, options);
    expect(plan.report.tables.offerProfiles.conflicts).toBe(1);
    const after = apply(db, plan);
    expect(after.offerProfiles.map((o) => o.name).sort()).toEqual([
      'Запчасти (обновлено)',
      'Запчасти для прессов (imported version)',
    ]);
    expect(planImport(newer, after, options).report.total.conflicts).toBe(0);
  });

  it('a portrait that loses is kept in the notes named by its template, in the language asked', () => {
    const db = apply(emptyBundleData(), planImport(anna, emptyBundleData(), options));
    const newer = structuredClone(anna);
    const portrait = newer.portraits.find((p) => p.prospectId === 'p-tehnoprom')!;
    portrait.fields.outputVolume = [{ id: 'v2', value: 900 }];
    portrait.updatedAt += 5000;
    const note = (lang?: 'en' | 'ru') => {
      const after = apply(db, planImport(newer, db, { ...options, lang }));
      return after.notes.find((n) => n.prospectId === 'p-tehnoprom')!.text;
    };
    // The built-in "manufacturer" template is not in the file: its names come from the code.
    expect(note()).toContain(
      'portraits: Output volume: 1,200.5 t/month\nEquipment: пресс; @SUM(1+1)',
    );
    expect(note()).toContain('Purchase frequency: Weekly');
    expect(note('ru')).toContain('Объём выпуска продукции: 1\u00a0200,5 т/мес');
    expect(note('ru')).not.toMatch(/outputVolume|weekly/);
  });
});

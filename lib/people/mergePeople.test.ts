import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTITUDES, ROLE_SOURCES, ROLES, type Person } from '../model';
import {
  contactKey,
  evidenceKey,
  findDuplicatePeople,
  mergePeople,
  NOTES_SEPARATOR,
} from './mergePeople';
import { person } from './testing';

const contactArb = fc.record({
  kind: fc.constantFrom('phone', 'email', 'messenger', 'profile', 'other') as fc.Arbitrary<
    Person['contacts'][number]['kind']
  >,
  value: fc.oneof(
    fc.constantFrom('+7 (495) 123-45-67', '84951234567', 'A@B.ru', 'a@b.ru', '@tg'),
    fc.string({ maxLength: 12 }),
  ),
});
const evidenceArb = fc.record(
  {
    kind: fc.constantFrom('page', 'meeting', 'manual') as fc.Arbitrary<
      'page' | 'meeting' | 'manual'
    >,
    url: fc.constantFrom('https://a.ru/team', 'https://a.ru/about'),
    quote: fc.string({ maxLength: 10 }),
    capturedAt: fc.integer({ min: 0, max: 5 }),
  },
  { requiredKeys: ['kind', 'capturedAt'] },
);
const personArb = (id: string) =>
  fc
    .record({
      fullName: fc.constantFrom('', 'Иванов Иван Иванович', 'Иванов И. И.', 'Jane Doe', 'Пётр'),
      position: fc.constantFrom('', 'Главный инженер', 'гл. инженер', 'CFO', 'Юрист'),
      department: fc.constantFrom('', 'Снабжение', 'IT'),
      role: fc.constantFrom(...ROLES),
      roleSource: fc.constantFrom(...ROLE_SOURCES),
      attitude: fc.constantFrom(...ATTITUDES),
      influence: fc.integer({ min: 1, max: 5 }),
      influences: fc.array(fc.constantFrom('x', 'y', 'z', 'a', 'b'), { maxLength: 3 }),
      contacts: fc.array(contactArb, { maxLength: 4 }),
      evidence: fc.array(evidenceArb, { maxLength: 4 }),
      notes: fc.constantFrom('', 'звонить после 10', 'likes golf'),
      reportsTo: fc.option(fc.constantFrom('x', 'a', 'b'), { nil: undefined }),
      lastContactAt: fc.option(fc.constantFrom('2024-01-02', '2024-03-04'), { nil: undefined }),
      createdAt: fc.integer({ min: 0, max: 3 }),
      updatedAt: fc.integer({ min: 3, max: 6 }),
    })
    .map((fields) => person({ ...fields, id }));

describe('mergePeople', () => {
  it('keeps every contact and every evidence of both entries (property)', () => {
    fc.assert(
      fc.property(personArb('a'), personArb('b'), (a, b) => {
        const merged = mergePeople(a, b);
        const contactKeys = new Set(merged.contacts.map(contactKey));
        for (const c of [...a.contacts, ...b.contacts])
          expect(contactKeys.has(contactKey(c))).toBe(true);
        expect(contactKeys.size).toBe(merged.contacts.length);
        const evidenceKeys = new Set(merged.evidence.map(evidenceKey));
        for (const e of [...a.evidence, ...b.evidence])
          expect(evidenceKeys.has(evidenceKey(e))).toBe(true);
        for (const id of [...a.influences, ...b.influences]) {
          if (id !== 'a' && id !== 'b') expect(merged.influences).toContain(id);
        }
      }),
    );
  });

  it('gives the same record whichever order the entries come in (property)', () => {
    fc.assert(
      fc.property(personArb('a'), personArb('b'), (a, b) => {
        const ab = mergePeople(a, b);
        const ba = mergePeople(b, a);
        expect(new Set(ab.contacts.map(contactKey))).toEqual(new Set(ba.contacts.map(contactKey)));
        expect(new Set(ab.evidence.map(evidenceKey))).toEqual(
          new Set(ba.evidence.map(evidenceKey)),
        );
        expect(ab).toEqual(ba);
      }),
    );
  });

  it('keeps the older id and createdAt, the newest updatedAt, and never points at itself', () => {
    const a = person({
      id: 'old',
      createdAt: 10,
      updatedAt: 20,
      reportsTo: 'new',
      influences: ['new', 'boss'],
    });
    const b = person({
      id: 'new',
      createdAt: 15,
      updatedAt: 30,
      reportsTo: 'old',
      influences: ['old'],
    });
    const m = mergePeople(b, a);
    expect([m.id, m.createdAt, m.updatedAt]).toEqual(['old', 10, 30]);
    expect(m.reportsTo).toBeUndefined();
    expect(m.influences).toEqual(['boss']);
  });

  it('fills empty fields from the other entry and keeps the fuller name', () => {
    const a = person({
      fullName: 'Иванов И. И.',
      position: '',
      department: 'Снабжение',
      createdAt: 1,
      updatedAt: 5,
    });
    const b = person({
      fullName: 'Иванов Иван Иванович',
      position: 'Начальник отдела снабжения',
      department: '',
      createdAt: 2,
      updatedAt: 3,
    });
    const m = mergePeople(a, b);
    expect(m).toMatchObject({
      fullName: 'Иванов Иван Иванович',
      position: 'Начальник отдела снабжения',
      department: 'Снабжение',
      notes: '',
    });
  });

  it('keeps conflicting texts in the notes', () => {
    const a = person({
      position: 'Главный инженер',
      notes: 'Звонить после 10',
      createdAt: 1,
      updatedAt: 1,
    });
    const b = person({
      position: 'Технический директор',
      notes: 'Любит цифры',
      createdAt: 2,
      updatedAt: 2,
    });
    const m = mergePeople(a, b, { language: 'ru' });
    expect(m.position).toBe('Технический директор');
    expect(m.notes).toBe(
      `Звонить после 10${NOTES_SEPARATOR}Любит цифры${NOTES_SEPARATOR}Другая должность: Главный инженер`,
    );
    // The same position written differently is not a conflict.
    const c = person({ position: 'гл. инженер', createdAt: 3, updatedAt: 3 });
    expect(mergePeople(a, c).notes).toBe('Звонить после 10');
    // A different name is kept too, in English by default.
    const d = person({ fullName: 'Петров Пётр', createdAt: 4, updatedAt: 4 });
    const e = person({ fullName: 'Сидоров Семён', createdAt: 5, updatedAt: 5 });
    expect(mergePeople(d, e).notes).toBe('Also recorded as: Петров Пётр');
  });

  it('prefers a known, better-sourced role and a known attitude', () => {
    const a = person({
      role: 'decision_maker',
      roleSource: 'confirmed_indirectly',
      attitude: 'supporter',
      createdAt: 1,
      updatedAt: 1,
    });
    const b = person({
      role: 'influencer',
      roleSource: 'self_declared',
      attitude: 'unknown',
      createdAt: 2,
      updatedAt: 9,
    });
    expect(mergePeople(a, b)).toMatchObject({
      role: 'decision_maker',
      roleSource: 'confirmed_indirectly',
      attitude: 'supporter',
    });
    const c = person({
      role: 'unknown',
      roleSource: 'confirmed_indirectly',
      createdAt: 3,
      updatedAt: 9,
    });
    expect(mergePeople(b, c)).toMatchObject({ role: 'influencer', roleSource: 'self_declared' });
  });

  it('unites contacts that differ only in formatting into one', () => {
    const a = person({
      contacts: [
        { kind: 'phone', value: '+7 (495) 123-45-67' },
        { kind: 'email', value: 'I.Ivanov@Acme.ru' },
      ],
    });
    const b = person({
      contacts: [
        { kind: 'phone', value: '8 495 1234567' },
        { kind: 'email', value: 'i.ivanov@acme.ru' },
        { kind: 'messenger', value: '@ivanov' },
      ],
    });
    expect(mergePeople(a, b).contacts).toHaveLength(3);
  });
});

describe('findDuplicatePeople', () => {
  it('suggests same names, initials, contained names and shared personal e-mails, per prospect', () => {
    const people = [
      person({ id: '1', fullName: 'Иванов Иван Иванович' }),
      person({ id: '2', fullName: 'Иванов И. И.' }),
      person({ id: '3', fullName: 'Jane Doe' }),
      person({ id: '4', fullName: 'DOE jane' }),
      person({
        id: '5',
        fullName: 'Петров Пётр',
        contacts: [{ kind: 'email', value: 'pp@acme.ru' }],
      }),
      person({
        id: '6',
        fullName: 'П. Петров-Водкин',
        contacts: [{ kind: 'email', value: 'PP@acme.ru' }],
      }),
      person({ id: '7', fullName: 'Иванов Иван' }),
      person({ id: '8', fullName: 'Иванов Иван Иванович', prospectId: 'other' }),
    ];
    expect(findDuplicatePeople(people)).toEqual([
      { a: '1', b: '2', reason: 'initials_match' },
      { a: '1', b: '7', reason: 'partial_name' },
      { a: '2', b: '7', reason: 'initials_match' },
      { a: '3', b: '4', reason: 'same_name' },
      { a: '5', b: '6', reason: 'same_contact' },
    ]);
  });

  it('does not pair different people', () => {
    const people = [
      person({ fullName: 'Иванов Иван', contacts: [{ kind: 'email', value: 'info@acme.ru' }] }),
      person({ fullName: 'Иванова Ирина', contacts: [{ kind: 'email', value: 'info@acme.ru' }] }),
      person({ fullName: 'Иванов' }),
      person({ fullName: 'Иванов Пётр' }),
      person({ fullName: '' }),
    ];
    expect(findDuplicatePeople(people)).toEqual([]);
  });
});

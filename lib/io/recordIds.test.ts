import { describe, expect, it } from 'vitest';
import { Need, Person, UspDraft } from '../model';
import { emptyBundleData } from './bundle';
import { chooseRecordIds, movedId, withMovedIds, type RecordLookup } from './recordIds';

const need = (id: string, prospectId: string, voicedBy?: string) =>
  Need.parse({ id, prospectId, statement: id, voicedBy, createdAt: 1, updatedAt: 1 });
const person = (id: string, prospectId: string, extra: Partial<Person> = {}) =>
  Person.parse({ id, prospectId, fullName: id, createdAt: 1, updatedAt: 1, ...extra });
const same = (pid: string) => pid;

/** A database as a lookup: every id not listed was read and is not there. */
const database =
  (records: Record<string, string>): RecordLookup =>
  (_table, id) =>
    id in records ? { prospectId: records[id] } : null;

describe('chooseRecordIds', () => {
  it('keeps an id that is free, or the same prospect’s record', () => {
    const file = { ...emptyBundleData(), needs: [need('n1', 'p1'), need('n2', 'p1')] };
    const choice = chooseRecordIds(file, same, database({ n1: 'p1' }));
    expect(choice).toEqual({ moved: [], unread: new Map() });
  });

  it('moves a record whose id is another prospect’s, after matching the prospect', () => {
    const file = { ...emptyBundleData(), needs: [need('n1', 'p-file'), need('n2', 'p-file')] };
    const matched = (pid: string) => (pid === 'p-file' ? 'p-db' : pid);
    const { moved } = chooseRecordIds(file, matched, database({ n1: 'p-other', n2: 'p-db' }));
    expect(moved).toEqual([
      { table: 'needs', prospectId: 'p-db', fileId: 'n1', newId: movedId('n1', 'p-db', 0) },
    ]);
  });

  it('asks to read what it has not seen, the own id first, then each new id', () => {
    const file = { ...emptyBundleData(), people: [person('a', 'p1')] };
    const seen: Record<string, string | null> = {};
    const lookup: RecordLookup = (_t, id) =>
      !(id in seen) ? undefined : seen[id] === null ? null : { prospectId: seen[id] };
    expect(chooseRecordIds(file, same, lookup).unread).toEqual(new Map([['people', ['a']]]));
    seen.a = 'p2';
    const first = movedId('a', 'p1', 0);
    expect(chooseRecordIds(file, same, lookup).unread).toEqual(new Map([['people', [first]]]));
    // The first new id is yet another prospect's record too (a file made to collide twice).
    seen[first] = 'p3';
    const second = movedId('a', 'p1', 1);
    seen[second] = null;
    expect(chooseRecordIds(file, same, lookup)).toMatchObject({
      moved: [{ fileId: 'a', newId: second }],
      unread: new Map(),
    });
  });

  it('never takes an id another record of the file has', () => {
    const taken = movedId('n1', 'p1', 0);
    const file = { ...emptyBundleData(), needs: [need('n1', 'p1'), need(taken, 'p2')] };
    const { moved } = chooseRecordIds(file, same, database({ n1: 'p9' }));
    expect(moved.map((m) => m.newId)).toEqual([movedId('n1', 'p1', 1)]);
  });

  it('gives up, so nothing is written, when every new id is taken', () => {
    const file = { ...emptyBundleData(), needs: [need('n1', 'p1')] };
    expect(() => chooseRecordIds(file, same, () => ({ prospectId: 'p9' }))).toThrow(/No free id/);
  });
});

describe('withMovedIds', () => {
  it('every reference to a moved record follows it: reports to, influences, voiced by, drafts', () => {
    const file = {
      ...emptyBundleData(),
      people: [
        person('boss', 'p1'),
        person('eng', 'p1', { reportsTo: 'boss', influences: ['boss'] }),
      ],
      needs: [need('n1', 'p1', 'boss'), need('n2', 'p1', 'eng')],
      uspDrafts: [
        UspDraft.parse({
          id: 'd1',
          prospectId: 'p1',
          offerProfileId: 'o1',
          language: 'ru',
          links: [{ needId: 'n1', propertyId: null, status: 'confirmed' }],
          parkedLinks: { o2: [{ needId: 'n1', propertyId: 'q1', status: 'removed' }] },
          lines: [
            { kind: 'answer', text: 'x', needId: 'n1' },
            { kind: 'headline', text: 'h' },
          ],
          versions: [{ at: 1, lines: [{ kind: 'gap', text: 'g', needId: 'n1' }], text: 'g' }],
          createdAt: 1,
          updatedAt: 1,
        }),
      ],
    };
    const out = withMovedIds(file, [
      { table: 'people', prospectId: 'p1', fileId: 'boss', newId: 'boss~1' },
      { table: 'needs', prospectId: 'p1', fileId: 'n1', newId: 'n1~1' },
      { table: 'uspDrafts', prospectId: 'p1', fileId: 'd1', newId: 'd1~1' },
    ]);
    expect(out.people.map((p) => [p.id, p.reportsTo, p.influences])).toEqual([
      ['boss~1', undefined, []],
      ['eng', 'boss~1', ['boss~1']],
    ]);
    expect(out.needs.map((n) => [n.id, n.voicedBy])).toEqual([
      ['n1~1', 'boss~1'],
      ['n2', 'eng'],
    ]);
    const [draft] = out.uspDrafts;
    expect(draft!.id).toBe('d1~1');
    expect(draft!.links[0]!.needId).toBe('n1~1');
    expect(draft!.parkedLinks?.o2?.[0]?.needId).toBe('n1~1');
    expect(draft!.lines.map((l) => l.needId)).toEqual(['n1~1', undefined]);
    expect(draft!.versions[0]!.lines[0]!.needId).toBe('n1~1');
    expect(file.needs[0]!.id).toBe('n1');
  });

  it('is the file itself when nothing moves', () => {
    const file = { ...emptyBundleData(), needs: [need('n1', 'p1')] };
    expect(withMovedIds(file, [])).toBe(file);
  });
});

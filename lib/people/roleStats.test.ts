import { describe, expect, it } from 'vitest';
import { roleStatistics } from './roleStats';
import { person } from './testing';

describe('roleStatistics', () => {
  it('counts prospects and decision makers per normalised position', () => {
    const people = [
      person({ prospectId: 'a', position: 'Главный инженер', role: 'decision_maker' }),
      person({ prospectId: 'b', position: 'гл. инженер', role: 'influencer' }),
      person({ prospectId: 'c', position: 'Chief Engineer', role: 'decision_maker' }),
      person({ prospectId: 'd', position: 'Главный инженер' }),
      person({ prospectId: 'a', position: 'Генеральный директор', role: 'user' }),
    ];
    const rows = roleStatistics(people);
    const ce = rows.find((r) => r.positionKey === 'chief_engineer');
    expect(ce).toMatchObject({
      label: { en: 'Chief Engineer', ru: 'Главный инженер' },
      prospects: 4,
      decisionMakerIn: 2,
      share: 0.5,
      roleCounts: { decision_maker: 2, influencer: 1 },
      withKnownRole: 3,
    });
    expect(rows.map((r) => r.positionKey)).toEqual(['chief_engineer', 'director_general']);
  });

  it('counts a person once per prospect, however many share the position', () => {
    const rows = roleStatistics([
      person({ prospectId: 'a', position: 'Главный инженер', role: 'decision_maker' }),
      person({ prospectId: 'a', position: 'главный инженер', role: 'decision_maker' }),
      person({ prospectId: 'a', position: 'Chief engineer', role: 'influencer' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ prospects: 1, decisionMakerIn: 1, share: 1 });
    expect(rows[0]?.roleCounts).toEqual({ decision_maker: 1, influencer: 1 });
  });

  it('sorts by share, then by base size, then by key', () => {
    const rows = roleStatistics([
      // secretary 0/1, lawyer 0/1, cfo 1/2, chief_mechanic 1/2 over more… owner 1/1
      person({ prospectId: 'a', position: 'Секретарь' }),
      person({ prospectId: 'a', position: 'Юрист' }),
      person({ prospectId: 'a', position: 'CFO', role: 'decision_maker' }),
      person({ prospectId: 'b', position: 'CFO' }),
      person({ prospectId: 'c', position: 'Главный механик', role: 'decision_maker' }),
      person({ prospectId: 'd', position: 'Главный механик', role: 'decision_maker' }),
      person({ prospectId: 'e', position: 'Главный механик' }),
      person({ prospectId: 'f', position: 'Главный механик' }),
      person({ prospectId: 'g', position: 'Собственник', role: 'decision_maker' }),
    ]);
    expect(rows.map((r) => [r.positionKey, r.share])).toEqual([
      ['owner', 1],
      ['chief_mechanic', 0.5],
      ['cfo', 0.5],
      ['lawyer', 0],
      ['secretary', 0],
    ]);
  });

  it('handles a tiny or empty base and skips empty positions', () => {
    expect(roleStatistics([])).toEqual([]);
    expect(roleStatistics([person({ position: '' }), person({ position: '  ' })])).toEqual([]);
    const rows = roleStatistics([person({ prospectId: 'x', position: 'Технолог' })]);
    expect(rows).toEqual([
      expect.objectContaining({
        positionKey: 'technologist',
        prospects: 1,
        decisionMakerIn: 0,
        share: 0,
        withKnownRole: 0,
      }),
    ]);
  });

  it('keeps unknown titles as their own rows, grouped by normalised text', () => {
    const rows = roleStatistics([
      person({ prospectId: 'a', position: 'Вед. специалист по ВЭД', role: 'decision_maker' }),
      person({ prospectId: 'b', position: 'ведущий специалист по ВЭД' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      positionKey: 'ведущий специалист по вэд',
      prospects: 2,
      share: 0.5,
    });
    expect(rows[0]?.label.en).toBe('Вед. специалист по ВЭД');
  });

  it('can leave out prospects where no decision maker is known yet', () => {
    const people = [
      person({ prospectId: 'a', position: 'Главный инженер', role: 'decision_maker' }),
      person({ prospectId: 'b', position: 'Главный инженер' }),
      person({ prospectId: 'b', position: 'Секретарь', role: 'gatekeeper' }),
    ];
    expect(roleStatistics(people)[0]).toMatchObject({ prospects: 2, share: 0.5 });
    const decided = roleStatistics(people, { onlyProspectsWithDecisionMaker: true });
    expect(decided).toEqual([
      expect.objectContaining({ positionKey: 'chief_engineer', prospects: 1, share: 1 }),
    ]);
  });

  it('handles a base of 10,000 prospects × 5 people', () => {
    const positions = [
      'Генеральный директор',
      'гл. инженер',
      'Главный механик',
      'Начальник отдела снабжения',
      'Секретарь',
      'Chief Engineer',
      'CFO',
      'зам. генерального директора',
    ];
    const people = [];
    for (let i = 0; i < 10_000; i++) {
      for (let j = 0; j < 5; j++) {
        people.push(
          person({
            prospectId: `pr${i}`,
            position: `${positions[(i + j) % positions.length]}${j === 4 ? ` ${i % 50}` : ''}`,
            role: (i + j) % 3 === 0 ? 'decision_maker' : 'influencer',
          }),
        );
      }
    }
    // Its speed is reported by `npm run bench`; here: a base this size gives sound rows.
    const rows = roleStatistics(people);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.decisionMakerIn).toBeLessThanOrEqual(row.prospects);
  });
});

import { describe, expect, it } from 'vitest';
import { roleStatistics } from './roleStats';
import { MIN_BASE_PROSPECTS, ROLE_PRIORS, suggestRole } from './suggestRole';
import { person } from './testing';
import { POSITION_VOCABULARY } from './positions';
import { ROLES } from '../model';

describe('suggestRole', () => {
  it('uses built-in priors when the base is empty', () => {
    expect(suggestRole('Секретарь', [])).toMatchObject({
      role: 'gatekeeper',
      basis: 'prior',
      count: 0,
      share: 0,
    });
    expect(suggestRole('Генеральный директор', [])).toMatchObject({
      role: 'decision_maker',
      basis: 'prior',
    });
    expect(suggestRole('гл. инженер', [])).toMatchObject({
      role: 'technical_expert',
      basis: 'prior',
    });
    expect(suggestRole('Закупщик', [])).toMatchObject({ role: 'influencer', basis: 'prior' });
    expect(suggestRole('CFO', [])).toMatchObject({ role: 'economic_buyer', basis: 'prior' });
  });

  it('returns null for empty text and for unknown titles without a base', () => {
    expect(suggestRole('', [])).toBeNull();
    expect(suggestRole('Специалист по ВЭД', [])).toBeNull();
  });

  it('keeps the prior while the base is below the minimum, and reports what it has', () => {
    const stats = roleStatistics([
      person({ prospectId: 'a', position: 'Главный инженер', role: 'decision_maker' }),
      person({ prospectId: 'b', position: 'Главный инженер', role: 'decision_maker' }),
    ]);
    expect(MIN_BASE_PROSPECTS).toBe(3);
    expect(suggestRole('Chief engineer', stats)).toMatchObject({
      role: 'technical_expert',
      basis: 'prior',
      count: 2,
      share: 0,
    });
  });

  it('learns from the base once it is large enough, with the count and share it rests on', () => {
    const people = ['a', 'b', 'c'].map((prospectId) =>
      person({ prospectId, position: 'Главный инженер', role: 'decision_maker' }),
    );
    people.push(person({ prospectId: 'd', position: 'гл. инженер', role: 'influencer' }));
    const suggestion = suggestRole('Главный инженер', roleStatistics(people));
    expect(suggestion).toEqual({
      role: 'decision_maker',
      confidence: 4 / 6,
      basis: 'base',
      count: 4,
      share: 0.75,
      positionKey: 'chief_engineer',
    });
  });

  it('accepts a Map index and a custom minimum, and learns unknown titles too', () => {
    const stats = roleStatistics([
      person({ prospectId: 'a', position: 'Специалист по ВЭД', role: 'champion' }),
    ]);
    const index = new Map(stats.map((r) => [r.positionKey, r]));
    expect(suggestRole('специалист по ВЭД', index, { minProspects: 1 })).toMatchObject({
      role: 'champion',
      basis: 'base',
      count: 1,
    });
  });

  it('ignores people whose role is unknown when counting the base', () => {
    const people = ['a', 'b', 'c', 'd'].map((prospectId) =>
      person({ prospectId, position: 'Секретарь' }),
    );
    expect(suggestRole('Секретарь', roleStatistics(people))).toMatchObject({
      basis: 'prior',
      count: 0,
    });
  });

  it('has priors only for canonical positions and real roles', () => {
    const keys = new Set(POSITION_VOCABULARY.map((d) => d.key));
    for (const [key, prior] of Object.entries(ROLE_PRIORS)) {
      expect(keys.has(key), key).toBe(true);
      expect(ROLES).toContain(prior.role);
      expect(prior.confidence).toBeGreaterThan(0);
      expect(prior.confidence).toBeLessThanOrEqual(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { decisionMakers, hasConfirmedDecisionMaker, isRoleConfirmed } from './decisionMaker';
import { person } from './testing';

describe('decision maker helpers', () => {
  it('counts only indirect confirmation or a colleague’s word as confirmed', () => {
    expect(isRoleConfirmed({ roleSource: 'confirmed_indirectly' })).toBe(true);
    expect(isRoleConfirmed({ roleSource: 'told_by_colleague' })).toBe(true);
    expect(isRoleConfirmed({ roleSource: 'self_declared' })).toBe(false);
    expect(isRoleConfirmed({ roleSource: 'guess' })).toBe(false);
  });

  it('finds decision makers and whether one is confirmed', () => {
    const dm = person({ role: 'decision_maker', roleSource: 'self_declared' });
    const confirmedInfluencer = person({ role: 'influencer', roleSource: 'confirmed_indirectly' });
    expect(decisionMakers([dm, confirmedInfluencer])).toEqual([dm]);
    expect(hasConfirmedDecisionMaker([dm, confirmedInfluencer])).toBe(false);
    expect(hasConfirmedDecisionMaker([{ ...dm, roleSource: 'told_by_colleague' }])).toBe(true);
  });
});

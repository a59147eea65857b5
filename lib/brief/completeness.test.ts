import { describe, expect, it } from 'vitest';
import { person } from '../people/testing';
import { briefCompleteness, COMPLETENESS_ITEMS, isBriefComplete } from './completeness';
import { brief, entry, filledBrief, need } from './testing';
import { TOP_CATEGORY_GROUPS, uncoveredTopGroups } from './topCategories';

const topNeeds = () => [
  need({ category: 'payment_terms' }),
  need({ category: 'supply_reliability' }),
  need({ category: 'quality' }),
  need({ category: 'service_support' }),
];

const fullBrief = () => filledBrief();

describe('briefCompleteness', () => {
  it('is 100% with every item done', () => {
    const c = briefCompleteness({
      brief: fullBrief(),
      needs: topNeeds(),
      people: [person({ role: 'decision_maker' })],
    });
    expect(c).toEqual({
      percent: 100,
      items: COMPLETENESS_ITEMS.map((id) => ({ id, done: true })),
      missing: [],
    });
    expect(isBriefComplete(c)).toBe(true);
  });

  it('is 0% with no brief, needs or people', () => {
    const c = briefCompleteness({ brief: undefined, needs: [], people: [] });
    expect(c.percent).toBe(0);
    expect(c.missing).toEqual([...COMPLETENESS_ITEMS]);
    expect(isBriefComplete(c)).toBe(false);
  });

  it('ignores blank entries and nameless suppliers', () => {
    const c = briefCompleteness({
      brief: brief({
        situation: [entry('   ')],
        suppliers: [{ id: 's', name: ' ', likes: 'fast', dislikes: '' }],
        plans: [entry('')],
        decisionProcess: [entry('\n')],
      }),
      needs: [],
      people: [],
    });
    expect(c.percent).toBe(0);
  });

  it('asks for the market trends that affect the client (DOMAIN.md)', () => {
    const b = fullBrief();
    b.trends = [entry('  ')];
    const c = briefCompleteness({
      brief: b,
      needs: topNeeds(),
      people: [person({ role: 'decision_maker' })],
    });
    expect(c.missing).toEqual(['trends']);
    expect(c.percent).toBe(88);
    expect(isBriefComplete(c)).toBe(false);
  });

  it('needs likes or dislikes of at least one supplier', () => {
    const b = fullBrief();
    b.suppliers = [{ id: 's1', name: 'MetalTorg', likes: '', dislikes: '' }];
    const people = [person({ role: 'decision_maker' })];
    expect(briefCompleteness({ brief: b, needs: topNeeds(), people }).missing).toEqual([
      'likes_dislikes',
    ]);
    b.suppliers.push({ id: 's2', name: 'Other', likes: '', dislikes: 'late deliveries' });
    expect(briefCompleteness({ brief: b, needs: topNeeds(), people }).missing).toEqual([]);
  });

  it('needs a need in every top category group; any concept of a group covers it', () => {
    const people = [person({ role: 'decision_maker' })];
    const withoutService = topNeeds().slice(0, 3);
    const c = briefCompleteness({ brief: fullBrief(), needs: withoutService, people });
    expect(c.missing).toEqual(['needs_top_categories']);
    expect(c.percent).toBe(88);
    const covered = [...withoutService, need({ category: 'maintenance' })];
    expect(briefCompleteness({ brief: fullBrief(), needs: covered, people }).missing).toEqual([]);
    expect(uncoveredTopGroups([need({ category: 'other' })]).map((g) => g.id)).toEqual(
      TOP_CATEGORY_GROUPS.map((g) => g.id),
    );
  });

  it('needs a person with the decision-maker role, of this prospect', () => {
    const needs = topNeeds();
    const influencer = person({ role: 'influencer' });
    expect(briefCompleteness({ brief: fullBrief(), needs, people: [influencer] }).missing).toEqual([
      'decision_maker_known',
    ]);
    const elsewhere = person({ role: 'decision_maker', prospectId: 'other' });
    expect(briefCompleteness({ brief: fullBrief(), needs, people: [elsewhere] }).missing).toEqual([
      'decision_maker_known',
    ]);
    const otherNeeds = needs.map((n) => ({ ...n, prospectId: 'other' }));
    expect(
      briefCompleteness({
        brief: fullBrief(),
        needs: otherNeeds,
        people: [person({ role: 'decision_maker' })],
      }).missing,
    ).toEqual(['needs_top_categories']);
  });
});

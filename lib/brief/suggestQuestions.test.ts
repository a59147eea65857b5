import { describe, expect, it } from 'vitest';
import { suggestQuestions } from './suggestQuestions';
import { need } from './testing';

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('suggestQuestions', () => {
  it('starts with a situation question for each top category group', () => {
    expect(ids(suggestQuestions({ needs: [], limit: 4 }))).toEqual([
      'price.situation',
      'delivery_speed.situation',
      'quality.situation',
      'service_support.situation',
    ]);
  });

  it('changes as needs are added: a covered group gives way to the next SPIN step', () => {
    const before = ids(suggestQuestions({ needs: [], limit: 6 }));
    const needs = [need({ category: 'supply_reliability', spin: 'problem' })];
    const after = ids(suggestQuestions({ needs, limit: 6 }));
    expect(after).not.toEqual(before);
    expect(
      after.some(
        (id) => id.startsWith('delivery_speed') || id.startsWith('supply_reliability.situation'),
      ),
    ).toBe(false);
    // Once all top groups are covered, the chain goes on within them: problem → implication.
    const allTop = [
      needs[0]!,
      need({ category: 'price', spin: 'situation' }),
      need({ category: 'quality', spin: 'implication' }),
      need({ category: 'service_support', spin: 'need_payoff' }),
    ];
    expect(ids(suggestQuestions({ needs: allTop, limit: 3 }))).toEqual([
      'price.problem',
      'supply_reliability.implication',
      'quality.need_payoff',
    ]);
  });

  it('puts high-priority needs first and skips categories whose chain is finished', () => {
    const needs = [
      need({ category: 'price', spin: 'problem', priority: 'low' }),
      need({ category: 'delivery_speed', spin: 'problem', priority: 'high' }),
      need({ category: 'quality', spin: 'need_payoff' }),
      need({ category: 'service_support', spin: 'situation' }),
    ];
    const qs = ids(suggestQuestions({ needs, limit: 3 }));
    expect(qs).toEqual([
      'delivery_speed.implication',
      'service_support.problem',
      'price.implication',
    ]);
    expect(qs.some((id) => id.startsWith('quality.'))).toBe(false);
  });

  it('then suggests situation questions for untouched categories, top groups first', () => {
    const needs = ['price', 'delivery_speed', 'quality', 'service_support'].map((category) =>
      need({ category: category as 'price', spin: 'need_payoff' }),
    );
    expect(ids(suggestQuestions({ needs, limit: 3 }))).toEqual([
      'payment_terms.situation',
      'discounts.situation',
      'supply_reliability.situation',
    ]);
  });

  it('is deterministic, honours the limit and exclusions, and ignores needs of category other', () => {
    const needs = [
      need({ category: 'other', spin: 'need_payoff' }),
      need({ category: 'downtime' }),
    ];
    const a = suggestQuestions({ needs, limit: 10 });
    expect(suggestQuestions({ needs: [...needs].reverse(), limit: 10 })).toEqual(a);
    expect(a).toHaveLength(10);
    expect(new Set(ids(a)).size).toBe(10);
    expect(suggestQuestions({ needs })).toHaveLength(5);
    expect(suggestQuestions({ needs, limit: 0 })).toEqual([]);
    const without = ids(suggestQuestions({ needs, limit: 4, exclude: ['price.situation'] }));
    expect(without).not.toContain('price.situation');
    expect(without[0]).toBe('delivery_speed.situation');
  });

  it('gives every suggestion in both languages', () => {
    for (const q of suggestQuestions({ needs: [], limit: 50 })) {
      expect(q.en.trim()).not.toBe('');
      expect(q.ru.trim()).not.toBe('');
    }
  });
});

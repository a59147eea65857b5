import { describe, expect, it } from 'vitest';
import { person } from '../people/testing';
import { briefOverview } from './briefOverview';
import { filledBrief, need, prospect } from './testing';

const filled = () =>
  filledBrief({ suppliers: [{ id: 's', name: 'MetalTorg', likes: '', dislikes: 'late' }] });
const topNeeds = () => [
  need({ statement: 'Цена', category: 'price' }),
  need({ statement: 'Сроки', category: 'supply_reliability' }),
  need({ statement: 'Брак', category: 'quality' }),
  need({ statement: 'Сервис', category: 'service_support' }),
];

describe('briefOverview', () => {
  it('a complete brief with a decision maker suggests "needs identified"', () => {
    const o = briefOverview({
      prospect: prospect({ stage: 'selection' }),
      brief: filled(),
      needs: topNeeds(),
      people: [person({ role: 'decision_maker' })],
    });
    expect(o.completeness.percent).toBe(100);
    expect(o.uncovered).toEqual([]);
    expect(o.suggestion).toEqual({ to: 'needs_identified', reason: 'brief_complete' });
  });

  it('a reached decision maker on an incomplete brief suggests "first contact"; nothing once there', () => {
    const people = [person({ role: 'decision_maker', roleSource: 'confirmed_indirectly' })];
    const input = { brief: filled(), needs: [], people };
    expect(
      briefOverview({ ...input, prospect: prospect({ stage: 'selection' }) }).suggestion,
    ).toEqual({ to: 'first_contact', reason: 'decision_maker_reached' });
    expect(
      briefOverview({ ...input, prospect: prospect({ stage: 'first_contact' }) }).suggestion,
    ).toBeNull();
  });

  it('blank needs (an answer still being typed) cover nothing', () => {
    const blank = topNeeds().map((n) => ({ ...n, statement: '  ' }));
    const o = briefOverview({
      prospect: prospect(),
      brief: filled(),
      needs: blank,
      people: [person({ role: 'decision_maker' })],
    });
    expect(o.completeness.missing).toEqual(['needs_top_categories']);
    expect(o.uncovered.map((g) => g.id)).toEqual(['money', 'delivery', 'quality', 'service']);
    expect(o.suggestion).toBeNull();
  });

  it('questions move on as needs are heard and questions are asked', () => {
    const base = { prospect: prospect(), people: [] };
    const first = briefOverview({ ...base, brief: filled(), needs: [] }).questions;
    expect(first[0]?.concept).toBe('price');
    const withPain = briefOverview({
      ...base,
      brief: filled(),
      needs: [need({ statement: 'Срывы сроков', category: 'supply_reliability', spin: 'problem' })],
    }).questions;
    expect(withPain.map((q) => q.id)).not.toEqual(first.map((q) => q.id));
    // The delivery group is covered now: its opening question gives way to the other groups'.
    expect(first.map((q) => q.id)).toContain('delivery_speed.situation');
    expect(withPain.map((q) => q.id)).not.toContain('delivery_speed.situation');
    const asked = briefOverview({
      ...base,
      brief: { ...filled(), askedQuestionIds: [first[0]!.id] },
      needs: [],
    }).questions;
    expect(asked.map((q) => q.id)).not.toContain(first[0]!.id);
  });

  it('a question whose recorded answer is still blank stays suggested; answered, it goes', () => {
    const base = { prospect: prospect(), brief: filled(), people: [] };
    const q = briefOverview({ ...base, needs: [] }).questions[0]!;
    // The answer turned out to be about something else: its category does not cover q's.
    const answer = (statement: string) =>
      need({ statement, category: 'quality', spin: q.spin, questionId: q.id });
    const ids = (statement: string) =>
      briefOverview({ ...base, needs: [answer(statement)] }).questions.map((x) => x.id);
    expect(ids('  ')).toContain(q.id);
    expect(q.concept).not.toBe('quality');
    expect(ids('Брак в каждой партии')).not.toContain(q.id);
  });
});

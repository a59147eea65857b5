import { describe, expect, it } from 'vitest';
import { INDIRECT_QUESTIONS, shouldShowIndirectQuestions } from './indirectQuestions';
import { person } from './testing';

describe('indirect questions', () => {
  it('has the method’s three questions and more, each in English and Russian, with unique ids', () => {
    expect(INDIRECT_QUESTIONS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(INDIRECT_QUESTIONS.map((q) => q.id)).size).toBe(INDIRECT_QUESTIONS.length);
    for (const q of INDIRECT_QUESTIONS) {
      expect(q.en).toMatch(/^[A-Z].*\?$/);
      expect(q.ru).toMatch(/^[А-ЯЁ].*\?$/);
    }
    expect(INDIRECT_QUESTIONS.map((q) => q.en)).toContain(
      'How does your company usually choose a contractor?',
    );
  });

  it('shows while the decision maker is unknown or unconfirmed, and hides once confirmed', () => {
    expect(shouldShowIndirectQuestions([])).toBe(true);
    expect(
      shouldShowIndirectQuestions([
        person({ role: 'influencer', roleSource: 'confirmed_indirectly' }),
      ]),
    ).toBe(true);
    expect(
      shouldShowIndirectQuestions([
        person({ role: 'decision_maker', roleSource: 'self_declared' }),
      ]),
    ).toBe(true);
    expect(
      shouldShowIndirectQuestions([person({ role: 'decision_maker', roleSource: 'guess' })]),
    ).toBe(true);
    expect(
      shouldShowIndirectQuestions([
        person({ role: 'decision_maker', roleSource: 'told_by_colleague' }),
      ]),
    ).toBe(false);
  });
});

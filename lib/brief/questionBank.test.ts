import { describe, expect, it } from 'vitest';
import { CONCEPTS, SPIN_TYPES } from '../model';
import { QUESTION_BANK, QUESTION_CONCEPTS, questionsFor } from './questionBank';
import { TOP_CATEGORY_GROUPS } from './topCategories';

describe('QUESTION_BANK', () => {
  it('has at least 80 questions over at least 12 concepts, each with all four SPIN types', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(80);
    expect(QUESTION_CONCEPTS.length).toBeGreaterThanOrEqual(12);
    for (const concept of QUESTION_CONCEPTS) {
      for (const spin of SPIN_TYPES)
        expect(questionsFor(concept, spin).length, `${concept}/${spin}`).toBeGreaterThan(0);
    }
  });

  it('covers every concept of the top category groups', () => {
    for (const c of TOP_CATEGORY_GROUPS.flatMap((g) => g.concepts))
      expect(QUESTION_CONCEPTS).toContain(c);
  });

  it('gives every question a unique id, a real concept, and a question in English and in Russian', () => {
    expect(new Set(QUESTION_BANK.map((q) => q.id)).size).toBe(QUESTION_BANK.length);
    for (const q of QUESTION_BANK) {
      expect(CONCEPTS).toContain(q.concept);
      expect(SPIN_TYPES).toContain(q.spin);
      expect(q.id.startsWith(`${q.concept}.${q.spin}`)).toBe(true);
      expect(q.en, q.id).toMatch(/^[A-Z][^а-яё]*\?$/);
      expect(q.ru, q.id).toMatch(/^[А-ЯЁ][^a-z]*\?$/);
    }
  });

  it('has the specific supplier question of the method', () => {
    expect(questionsFor('supply_reliability', 'problem').map((q) => q.ru)).toContain(
      'Бывает, что поставщик задерживает поставку или путает марки?',
    );
  });
});

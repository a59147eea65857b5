import { describe, expect, it } from 'vitest';
import { categoryForWording, draftNeed } from './needCategory';

const auto = { category: 'other' as const, categoryConfirmed: false };

describe('categoryForWording', () => {
  it.each([
    ['Поставщик постоянно задерживает поставки металла', 'supply_reliability'],
    ['Срывы сроков поставки – линия простаивает', 'supply_reliability'],
    ['Цены выросли на 20% за год', 'price'],
    ['Нужна отсрочка платежа 30 дней', 'payment_terms'],
    ['Брак в каждой третьей партии', 'quality_consistency'],
    ['Сервисный инженер приезжает через неделю', 'service_support'],
    ['We need a 30-day payment deferral', 'payment_terms'],
    ['Deliveries are always late', 'supply_reliability'],
  ] as const)('suggests from RU/EN wording, inflected: %s', (text, concept) => {
    expect(categoryForWording(auto, text)).toEqual({ category: concept, categoryConfirmed: false });
  });

  it('follows the wording while it is a suggestion', () => {
    const first = categoryForWording(auto, 'Цены выросли');
    expect(first.category).toBe('price');
    expect(categoryForWording(first, 'Цены выросли, и поставки задерживаются на неделю')).toEqual(
      categoryForWording(auto, 'Цены выросли, и поставки задерживаются на неделю'),
    );
  });

  it('keeps a category the rep chose, whatever the wording says', () => {
    const chosen = { category: 'quality' as const, categoryConfirmed: true };
    expect(categoryForWording(chosen, 'Цены выросли на 20%')).toEqual(chosen);
    // Only the category fields come back, never the rest of a need.
    expect(
      Object.keys(categoryForWording({ ...chosen, statement: 'x' } as never, 'y')).sort(),
    ).toEqual(['category', 'categoryConfirmed']);
  });

  it('keeps the previous suggestion when the new wording has no signal, and resets when cleared', () => {
    const price = { category: 'price' as const, categoryConfirmed: false };
    expect(categoryForWording(price, 'Сувенирная ручка синего цвета')).toEqual(price);
    expect(categoryForWording(price, '')).toEqual(auto);
  });
});

describe('draftNeed', () => {
  it('suggests the category of a captured pain from its words', () => {
    const n = draftNeed({
      prospectId: 'p',
      statement: 'Металл всегда приходит с опозданием',
      spin: 'problem',
      now: 7,
    });
    expect(n).toMatchObject({
      prospectId: 'p',
      spin: 'problem',
      category: 'supply_reliability',
      categoryConfirmed: false,
      priority: 'medium',
      status: 'open',
      createdAt: 7,
      updatedAt: 7,
    });
  });

  it('takes the category from the question answered (context beats wording)', () => {
    const n = draftNeed({
      prospectId: 'p',
      statement: '',
      spin: 'situation',
      category: 'payment_terms',
      questionId: 'payment_terms.situation',
      evidence: { kind: 'meeting', meetingDate: '2025-03-12', capturedAt: 7 },
      now: 7,
    });
    expect(n).toMatchObject({
      category: 'payment_terms',
      categoryConfirmed: true,
      spin: 'situation',
      questionId: 'payment_terms.situation',
      evidence: { kind: 'meeting', meetingDate: '2025-03-12' },
    });
    expect(categoryForWording(n, 'Цены выросли').category).toBe('payment_terms');
  });
});

import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../model/concepts';
import { compileTerm, suggestConcept } from './conceptScan';
import { LEXICON, relatedness, type LexiconConcept } from './lexicon';

const lexiconConcepts = CONCEPTS.filter((c): c is LexiconConcept => c !== 'other');

describe('concept lexicon', () => {
  it('covers at least 30 concepts, exactly the model ids (other is the fallback)', () => {
    expect(lexiconConcepts.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(LEXICON).sort()).toEqual([...lexiconConcepts].sort());
  });

  it.each(lexiconConcepts)('%s has Russian and English terms in their own scripts', (c) => {
    const { ru, en } = LEXICON[c];
    expect(ru.filter((t) => /[а-яё]/i.test(t)).length).toBeGreaterThanOrEqual(3);
    expect(en.filter((t) => /[a-z]/i.test(t)).length).toBeGreaterThanOrEqual(3);
  });

  it('has well-formed terms: weights in (0, 1], no duplicates within a concept', () => {
    for (const c of lexiconConcepts) {
      for (const lang of ['ru', 'en'] as const) {
        const terms = LEXICON[c][lang];
        expect(new Set(terms).size, `${c}.${lang} duplicates`).toBe(terms.length);
        for (const t of terms) {
          const compiled = compileTerm(c, t);
          expect(compiled.elements.length, t).toBeGreaterThan(0);
          expect(compiled.weight, t).toBeGreaterThan(0);
          expect(compiled.weight, t).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('relatedness is symmetric, 1 on the diagonal and below 1 elsewhere', () => {
    for (const a of lexiconConcepts) {
      expect(relatedness(a, a)).toBe(1);
      for (const b of lexiconConcepts) {
        expect(relatedness(a, b)).toBe(relatedness(b, a));
        if (a !== b) expect(relatedness(a, b)).toBeLessThan(1);
      }
    }
    expect(relatedness('other', 'other')).toBe(0);
  });
});

describe('suggestConcept', () => {
  it.each([
    ['Всё нужно вчера', 'delivery_speed'],
    ['Нужно оплатить счёт до пятницы', 'payment_terms'],
    ['Хотим отсрочку платежа на 60 дней', 'payment_terms'],
    ['Поставщик постоянно срывает сроки поставки', 'supply_reliability'],
    ['Цех простаивает, пока ждём запчасти', 'downtime'],
    ['Цены меняются каждую неделю', 'price'],
    ['Нужны сертификаты и декларации соответствия', 'compliance'],
    ['Deliveries are always late', 'supply_reliability'],
    ['Our line stands idle while we wait for spare parts', 'downtime'],
    ['Nobody answers the support hotline', 'service_support'],
    ['The new staff need training on the software', 'training'],
    ['Goods arrive damaged in transit', 'packaging'],
  ] as const)('%s → %s', (text, concept) => {
    const s = suggestConcept(text);
    expect(s.concept).toBe(concept);
    expect(s.score).toBeGreaterThan(0);
    expect(s.matched.length).toBeGreaterThan(0);
  });

  it('says other with score 0 when nothing signals a concept', () => {
    expect(suggestConcept('Сувенирная ручка синего цвета')).toEqual({
      concept: 'other',
      score: 0,
      matched: [],
    });
    expect(suggestConcept('')).toEqual({ concept: 'other', score: 0, matched: [] });
  });

  it('returns the words of the text that matched', () => {
    expect(suggestConcept('Металл приходит с опозданием').matched).toContain('опозданием');
  });
});

import { describe, expect, it } from 'vitest';
import { matchNeeds } from '../usp/matcher';
import { exampleProfile } from './example';

describe('exampleProfile', () => {
  it.each(['ru', 'en'] as const)(
    'the %s example is a valid profile with proofs and competitors',
    (lang) => {
      const p = exampleProfile(lang, 'x', 5);
      expect(p.example).toBe(true);
      expect(p.language).toBe(lang);
      expect(p.properties.length).toBeGreaterThanOrEqual(5);
      expect(p.properties.some((x) => x.proof)).toBe(true);
      expect(p.differentiators.length).toBeGreaterThan(0);
      expect(p.competitors.every((c) => c.weaknesses)).toBe(true);
      expect(new Set(p.properties.map((x) => x.id)).size).toBe(p.properties.length);
    },
  );

  it('both languages say the same things, item for item', () => {
    const ru = exampleProfile('ru', 'x', 0);
    const en = exampleProfile('en', 'x', 0);
    expect(en.properties.map((p) => [p.id, p.categories])).toEqual(
      ru.properties.map((p) => [p.id, p.categories]),
    );
    expect(en.differentiators.map((d) => d.kind)).toEqual(ru.differentiators.map((d) => d.kind));
  });

  it('answers the demo prospect’s pains (ТехноПром) and leaves an unrelated one a gap', () => {
    const offer = exampleProfile('ru', 'x', 0);
    const needs = [
      { id: 'late', statement: 'Срывы сроков: линия простаивает, пока ждём лист нужной марки' },
      { id: 'pay', statement: 'Поставщики требуют предоплату, а мы хотим платить по факту' },
      { id: 'it', statement: 'Нужно перенести учёт в новую ERP-систему' },
    ];
    const { matches } = matchNeeds(needs, offer);
    expect(matches.find((m) => m.needId === 'pay')?.best?.propertyId).toBe('example-p3');
    expect(matches.find((m) => m.needId === 'late')?.gap).toBe(false);
    expect(matches.find((m) => m.needId === 'it')?.gap).toBe(true);
  });
});

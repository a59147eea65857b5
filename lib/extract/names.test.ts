import { describe, expect, it } from 'vitest';
import { enNameStrength, mayHoldPersonName, nameKey, unshout } from './names';

describe('personal names', () => {
  it('drops credentials after a comma but keeps title abbreviations', () => {
    expect(nameKey('Heidi Steele, CKD')).toBe('heidi steele');
    expect(nameKey('Michelle Babb, MS, RD, CD')).toBe('michelle babb');
    // Decoy: "CEO" is a title, so the line is a name plus a title, not a name.
    expect(nameKey('Jane Doe, CEO')).toBe('jane doe, ceo');
  });
  it('does not take a possessive for a surname', () => {
    expect(enNameStrength('Emma Carter')).toBe(2);
    expect(enNameStrength("Seller's Guide")).toBe(0);
    expect(enNameStrength('Property Signage')).toBe(1);
  });
  it('gates lines that cannot hold a name', () => {
    expect(mayHoldPersonName('Call Jane Doe today')).toBe(true);
    expect(mayHoldPersonName('Генеральный директор Иванов Иван Иванович')).toBe(true);
    expect(mayHoldPersonName('Петров П. П., главный инженер')).toBe(true);
    // Decoys: capitalised words without a given name; Russian text without a name shape.
    expect(mayHoldPersonName('Hardwood Flooring Sales')).toBe(false);
    expect(mayHoldPersonName('Отдел продаж работает ежедневно')).toBe(false);
  });
  it('unshouts only shouted text', () => {
    expect(unshout('MATTHEW LEE')).toBe('Matthew Lee');
    expect(unshout('Matthew LEE')).toBe('Matthew LEE');
  });
});

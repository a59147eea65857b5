import { describe, expect, it } from 'vitest';
import { EN_POSITION_WORDS, RU_POSITION_STEMS, isPosition, mentionsPosition } from './positions';

describe('position vocabulary', () => {
  it('mentionsPosition holds for every vocabulary entry inside a line', () => {
    for (const w of [...EN_POSITION_WORDS, ...RU_POSITION_STEMS])
      expect(mentionsPosition(`Иван, ${w} отдела / our ${w.toUpperCase()}s team`), w).toBe(true);
    expect(mentionsPosition('Orthodontist')).toBe(true);
    // Decoys: no title word at all.
    expect(mentionsPosition('Hardwood floors at discount prices')).toBe(false);
    expect(mentionsPosition('Доставка по всей России')).toBe(false);
  });
  it('does not read quotes or possessives as titles', () => {
    expect(isPosition('Salesperson', true)).toBe(true);
    expect(isPosition('Tutor', true)).toBe(true);
    expect(isPosition('“I Plan to Call her for all my Designer Needs”')).toBe(false);
    expect(isPosition("Broker's Vehicle")).toBe(false);
    expect(isPosition("Owner's Representative", true)).toBe(true);
  });
});

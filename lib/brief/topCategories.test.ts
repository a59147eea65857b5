import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../model';
import { TOP_CATEGORY_GROUPS, uncoveredTopGroups } from './topCategories';

describe('top category groups', () => {
  it('use real concepts, each in one group only', () => {
    const all = TOP_CATEGORY_GROUPS.flatMap((g) => g.concepts);
    expect(new Set(all).size).toBe(all.length);
    for (const c of all) expect(CONCEPTS).toContain(c);
  });

  it('are covered by a need in any of their concepts', () => {
    const ids = (needs: { category: (typeof CONCEPTS)[number] }[]) =>
      uncoveredTopGroups(needs).map((g) => g.id);
    expect(ids([])).toEqual(['money', 'delivery', 'quality', 'service']);
    expect(ids([{ category: 'discounts' }, { category: 'warranty' }])).toEqual([
      'delivery',
      'service',
    ]);
    expect(
      ids([
        { category: 'logistics' },
        { category: 'price' },
        { category: 'quality_consistency' },
        { category: 'technical_expertise' },
      ]),
    ).toEqual([]);
  });
});

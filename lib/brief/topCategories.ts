// The top need categories: what almost every B2B buyer weighs, so a brief that says nothing on
// one of them is not ready for an offer. Each group gathers the concept ids (lib/model/concepts)
// that answer the same buyer question; a need in any concept of a group covers the group – a
// pain about payment deferral is a price conversation, a pain about grades mixed up is quality.

import type { Concept, Need } from '../model';

export interface TopCategoryGroup {
  id: 'money' | 'delivery' | 'quality' | 'service';
  /** The group's concepts, the one to ask about first leading. */
  concepts: readonly Concept[];
}

export const TOP_CATEGORY_GROUPS: readonly TopCategoryGroup[] = [
  // What it costs and how it is paid.
  { id: 'money', concepts: ['price', 'payment_terms', 'discounts'] },
  // Whether it arrives when needed.
  {
    id: 'delivery',
    concepts: ['delivery_speed', 'supply_reliability', 'stock_availability', 'logistics'],
  },
  // Whether it is right, every time.
  { id: 'quality', concepts: ['quality', 'quality_consistency', 'warranty'] },
  // Who helps when something goes wrong.
  {
    id: 'service',
    concepts: ['service_support', 'technical_expertise', 'personal_manager', 'maintenance'],
  },
];

export type TopCategoryGroupId = TopCategoryGroup['id'];

/** The groups no need covers yet, in the documented order. */
export function uncoveredTopGroups(needs: readonly Pick<Need, 'category'>[]): TopCategoryGroup[] {
  const used = new Set<Concept>(needs.map((n) => n.category));
  return TOP_CATEGORY_GROUPS.filter((g) => !g.concepts.some((c) => used.has(c)));
}

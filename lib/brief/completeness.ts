// How complete a needs brief is. The "needs identified" stage counts only with a filled brief
// (DOMAIN.md), so the items are the questions an offer cannot be written without.

import type { Brief, Need, Person, TextEntry } from '../model';
import { uncoveredTopGroups } from './topCategories';

export const COMPLETENESS_ITEMS = [
  'situation',
  'suppliers',
  'likes_dislikes',
  'plans',
  'trends',
  'needs_top_categories',
  'decision_process',
  'decision_maker_known',
] as const;
export type CompletenessItemId = (typeof COMPLETENESS_ITEMS)[number];

export interface BriefCompleteness {
  /** Done items out of all, 0..100, rounded. */
  percent: number;
  items: Array<{ id: CompletenessItemId; done: boolean }>;
  /** Ids of the items not done, in item order. */
  missing: CompletenessItemId[];
}

export interface CompletenessInput {
  /** No brief yet counts as an empty one. */
  brief: Brief | null | undefined;
  needs: readonly Pick<Need, 'prospectId' | 'category'>[];
  people: readonly Pick<Person, 'prospectId' | 'role'>[];
}

const filled = (s: string) => s.trim() !== '';
const anyText = (entries: readonly TextEntry[] | undefined) =>
  (entries ?? []).some((e) => filled(e.text));

export function briefCompleteness({ brief, needs, people }: CompletenessInput): BriefCompleteness {
  // Needs and people of other prospects say nothing about this brief.
  const mine = <T extends { prospectId: string }>(rows: readonly T[]) =>
    brief ? rows.filter((r) => r.prospectId === brief.prospectId) : rows;
  const suppliers = (brief?.suppliers ?? []).filter((s) => filled(s.name));

  const done: Record<CompletenessItemId, boolean> = {
    situation: anyText(brief?.situation),
    suppliers: suppliers.length > 0,
    likes_dislikes: suppliers.some((s) => filled(s.likes) || filled(s.dislikes)),
    plans: anyText(brief?.plans),
    trends: anyText(brief?.trends),
    needs_top_categories: uncoveredTopGroups(mine(needs)).length === 0,
    decision_process: anyText(brief?.decisionProcess),
    decision_maker_known: mine(people).some((p) => p.role === 'decision_maker'),
  };
  const items = COMPLETENESS_ITEMS.map((id) => ({ id, done: done[id] }));
  const missing = items.filter((i) => !i.done).map((i) => i.id);
  const percent = Math.round(((items.length - missing.length) / items.length) * 100);
  return { percent, items, missing };
}

export function isBriefComplete(completeness: Pick<BriefCompleteness, 'missing'>): boolean {
  return completeness.missing.length === 0;
}

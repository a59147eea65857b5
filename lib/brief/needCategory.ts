// A need's category follows its wording until the rep picks one. The suggestion comes from the
// USP concept lexicon (the same concept list the USP matcher links needs with), so a need typed
// in Russian or English, in any inflection, lands in the category the offer will answer.

import { Need, newId, type Concept, type Evidence, type SpinType } from '../model';
import { suggestConcept } from '../usp/conceptScan';

export interface NeedCategory {
  category: Concept;
  categoryConfirmed: boolean;
}

/**
 * The category after the statement changes: a category the rep chose stays; otherwise the
 * wording decides. Wording with no signal keeps the previous suggestion rather than dropping
 * back to "other" mid-sentence.
 */
export function categoryForWording(current: NeedCategory, statement: string): NeedCategory {
  // Only the two fields: callers spread the result into a need patch.
  const kept = { category: current.category, categoryConfirmed: current.categoryConfirmed };
  if (current.categoryConfirmed) return kept;
  const suggested = suggestConcept(statement).concept;
  if (suggested === 'other' && statement.trim() !== '') return kept;
  return { category: suggested, categoryConfirmed: false };
}

export interface NeedDraft {
  prospectId: string;
  statement: string;
  spin?: SpinType;
  /** A category known from context (the bank question answered); confirmed when given. */
  category?: Concept;
  evidence?: Evidence;
  questionId?: string;
  now: number;
}

/** A new need: the category from context when there is one, else suggested from the wording. */
export function draftNeed(draft: NeedDraft): Need {
  const category: NeedCategory = draft.category
    ? { category: draft.category, categoryConfirmed: true }
    : categoryForWording({ category: 'other', categoryConfirmed: false }, draft.statement);
  return Need.parse({
    id: newId(),
    prospectId: draft.prospectId,
    statement: draft.statement,
    spin: draft.spin,
    ...category,
    evidence: draft.evidence,
    questionId: draft.questionId,
    createdAt: draft.now,
    updatedAt: draft.now,
  });
}

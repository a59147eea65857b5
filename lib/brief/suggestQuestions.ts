// The next questions for a meeting: what the needs brief does not cover yet. In order:
// 1. top category groups with no need at all (lib/brief/topCategories) – situation, then problem
//    questions, taking one question from each uncovered group in turn so a short list still
//    touches every blind spot;
// 2. categories that have needs, one SPIN step further than the brief has gone (situation →
//    problem → implication → need-payoff) – the chain the client walks himself; high-priority
//    needs first;
// 3. situation questions for the other bank categories nobody has talked about.
// Deterministic: the same needs always give the same list.

import { CONCEPTS, PRIORITIES, SPIN_TYPES, type Concept, type Need, type SpinType } from '../model';
import { QUESTION_CONCEPTS, questionsFor, type Question } from './questionBank';
import { TOP_CATEGORY_GROUPS, uncoveredTopGroups } from './topCategories';

export interface SuggestQuestionsInput {
  needs: readonly Pick<Need, 'category' | 'spin' | 'priority'>[];
  /** How many questions to return (default 5). */
  limit?: number;
  /** Ids of questions already asked or dismissed. */
  exclude?: Iterable<string>;
}

export const DEFAULT_QUESTION_LIMIT = 5;

const spinRank = (s: SpinType) => SPIN_TYPES.indexOf(s);

/** Questions of the uncovered top groups, one group's next question at a time. */
function uncoveredGroupQuestions(needs: SuggestQuestionsInput['needs']): Question[] {
  const lists = uncoveredTopGroups(needs).map((g) =>
    (['situation', 'problem'] as const).flatMap((spin) =>
      g.concepts.flatMap((c) => questionsFor(c, spin)),
    ),
  );
  const out: Question[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) {
    for (const list of lists) {
      const q = list[i];
      if (q) out.push(q);
    }
  }
  return out;
}

/** For each category with needs: the questions of the SPIN type after the furthest one reached. */
function progressionQuestions(needs: SuggestQuestionsInput['needs']): Question[] {
  const reached = new Map<Concept, { spin: number; priority: number }>();
  for (const n of needs) {
    if (n.category === 'other') continue;
    const seen = reached.get(n.category);
    const priority = PRIORITIES.indexOf(n.priority);
    reached.set(n.category, {
      spin: Math.max(seen?.spin ?? -1, spinRank(n.spin)),
      priority: Math.min(seen?.priority ?? Infinity, priority),
    });
  }
  return [...reached]
    .map(([concept, r]) => ({ concept, next: SPIN_TYPES[r.spin + 1], priority: r.priority }))
    .filter(
      (c): c is { concept: Concept; next: SpinType; priority: number } => c.next !== undefined,
    )
    .sort(
      (a, b) =>
        a.priority - b.priority ||
        spinRank(a.next) - spinRank(b.next) ||
        CONCEPTS.indexOf(a.concept) - CONCEPTS.indexOf(b.concept),
    )
    .flatMap((c) => questionsFor(c.concept, c.next));
}

/** Situation questions for categories without needs: top groups' other concepts first. */
function untouchedQuestions(needs: SuggestQuestionsInput['needs']): Question[] {
  const used = new Set(needs.map((n) => n.category));
  const order = [
    ...new Set([...TOP_CATEGORY_GROUPS.flatMap((g) => g.concepts), ...QUESTION_CONCEPTS]),
  ];
  return order.filter((c) => !used.has(c)).flatMap((c) => questionsFor(c, 'situation'));
}

export function suggestQuestions({
  needs,
  limit = DEFAULT_QUESTION_LIMIT,
  exclude = [],
}: SuggestQuestionsInput): Question[] {
  const skip = new Set(exclude);
  const out: Question[] = [];
  for (const q of [
    ...uncoveredGroupQuestions(needs),
    ...progressionQuestions(needs),
    ...untouchedQuestions(needs),
  ]) {
    if (out.length >= limit) break;
    if (skip.has(q.id)) continue;
    skip.add(q.id);
    out.push(q);
  }
  return out;
}

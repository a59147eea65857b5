// What the Brief tab shows above the fields, from the stored records: how complete the brief is,
// which top categories have no need yet, the next questions to ask and the stage move the data
// earns. A need still being typed (blank) counts for none of it: an empty answer covers nothing.

import type { Brief, Need, Person, Prospect } from '../model';
import { briefCompleteness, type BriefCompleteness } from './completeness';
import type { Question } from './questionBank';
import { suggestStageChange, type StageSuggestion } from './stageRules';
import { suggestQuestions } from './suggestQuestions';
import { uncoveredTopGroups, type TopCategoryGroup } from './topCategories';

export interface BriefOverviewInput {
  prospect: Pick<Prospect, 'stage'>;
  brief: Brief | null | undefined;
  needs: readonly Need[];
  people: readonly Person[];
  questionLimit?: number;
}

export interface BriefOverview {
  completeness: BriefCompleteness;
  uncovered: TopCategoryGroup[];
  questions: Question[];
  suggestion: StageSuggestion | null;
}

export function briefOverview({
  prospect,
  brief,
  needs,
  people,
  questionLimit,
}: BriefOverviewInput): BriefOverview {
  const heard = needs.filter((n) => n.statement.trim() !== '');
  const completeness = briefCompleteness({ brief, needs: heard, people });
  return {
    completeness,
    uncovered: uncoveredTopGroups(heard),
    questions: suggestQuestions({
      needs: heard,
      limit: questionLimit,
      // Skipped questions, and those whose recorded answer says something: "Record answer"
      // left blank does not count as asked.
      exclude: [
        ...(brief?.askedQuestionIds ?? []),
        ...heard.flatMap((n) => (n.questionId ? [n.questionId] : [])),
      ],
    }),
    suggestion: suggestStageChange({ prospect, completeness, people }),
  };
}

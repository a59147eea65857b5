import { briefCompleteness, type CompletenessItemId } from '../brief/completeness';
import type { Brief, Need, Person, Prospect } from '../model';
import { hasConfirmedDecisionMaker } from '../people/decisionMaker';

export type DecisionMakerStatus = 'none' | 'known' | 'confirmed';

/** One prospect as the dashboard, the spreadsheets and the funnel see it. */
export interface ProspectSummary {
  prospect: Prospect;
  completeness: number;
  missing: CompletenessItemId[];
  decisionMaker: DecisionMakerStatus;
  decisionMakerNames: string[];
  peopleCount: number;
  needsCount: number;
}

export interface SummaryInput {
  prospects: readonly Prospect[];
  briefs: readonly Brief[];
  needs: readonly Pick<Need, 'prospectId' | 'category'>[];
  people: readonly Pick<Person, 'prospectId' | 'role' | 'roleSource' | 'fullName'>[];
}

function groupBy<T extends { prospectId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.prospectId);
    if (list) list.push(row);
    else out.set(row.prospectId, [row]);
  }
  return out;
}

/** Linear in the records: rows are grouped by prospect once, then each prospect is scored. */
export function summarizeProspects(input: SummaryInput): ProspectSummary[] {
  const briefs = new Map(input.briefs.map((b) => [b.prospectId, b]));
  const needs = groupBy(input.needs);
  const people = groupBy(input.people);
  return input.prospects.map((prospect) => {
    const myPeople = people.get(prospect.id) ?? [];
    const myNeeds = needs.get(prospect.id) ?? [];
    const completeness = briefCompleteness({
      brief: briefs.get(prospect.id) ?? null,
      needs: myNeeds,
      people: myPeople,
    });
    const deciders = myPeople.filter((p) => p.role === 'decision_maker');
    return {
      prospect,
      completeness: completeness.percent,
      missing: completeness.missing,
      decisionMaker:
        deciders.length === 0
          ? 'none'
          : hasConfirmedDecisionMaker(deciders)
            ? 'confirmed'
            : 'known',
      decisionMakerNames: deciders.map((p) => p.fullName),
      peopleCount: myPeople.length,
      needsCount: myNeeds.length,
    };
  });
}

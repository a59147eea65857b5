import { describe, expect, it } from 'vitest';
import { applyStageChange } from '@/lib/brief/stageRules';
import { filledBrief, need } from '@/lib/brief/testing';
import { summarizeProspects } from '@/lib/io/summaries';
import { Prospect, type LostReason, type Stage } from '@/lib/model';
import { person } from '@/lib/people/testing';
import { computeFunnel, furthestStage, FUNNEL_STAGES, funnelsByOwner } from './funnel';

const prospect = (id: string) =>
  Prospect.parse({ id, domains: [`${id}.test`], name: id, createdAt: 1, updatedAt: 1 });
const lostReason: LostReason = {
  why: 'Chose a cheaper supplier',
  unmetCriteria: '',
  ourStrengths: '',
  howWeDiffer: '',
};
/** The prospect after the rep's moves, in order, as the stage select records them. */
const moved = (id: string, ...stages: Stage[]) =>
  stages.reduce(
    (p, to, i) => applyStageChange(p, to, { at: 10 + i, by: 'Anna', lostReason }),
    prospect(id),
  );
const reached = (p: Prospect) => FUNNEL_STAGES[furthestStage(p)];
/** As the funnel sees prospects whose briefs are all filled in. */
const filled = (prospects: Prospect[]) => prospects.map((p) => ({ prospect: p, missing: [] }));

/** The summaries the dashboard passes in: the brief, needs and people of each prospect. */
function summaries(prospects: Prospect[], withFilledBrief: ReadonlySet<string>) {
  const ids = prospects.map((p) => p.id).filter((id) => withFilledBrief.has(id));
  return summarizeProspects({
    prospects,
    briefs: ids.map((prospectId) => filledBrief({ prospectId })),
    needs: ids.flatMap((prospectId) =>
      (['payment_terms', 'supply_reliability', 'quality', 'service_support'] as const).map(
        (category) => need({ prospectId, category }),
      ),
    ),
    people: ids.map((prospectId) => person({ prospectId, role: 'decision_maker' })),
  });
}

describe('funnel after a rep corrects a mis-click in the stage select', () => {
  it('does not count a stage the prospect was moved back from as reached', () => {
    // Rep: first contact (real), then picks "Contract" by mistake, then corrects back.
    const p = moved('a', 'first_contact', 'contract', 'first_contact');
    // Nine other meetings that went nowhere yet.
    const others = Array.from({ length: 9 }, (_, i) => moved(`o${i}`, 'first_contact'));
    const funnel = computeFunnel(filled([p, ...others]));
    const contract = funnel.steps.find((s) => s.stage === 'contract')!;
    // Reached = "now there or further, or lost after getting there".
    expect(contract.current).toBe(0);
    expect(contract.reached).toBe(0);
    expect(funnel.steps.find((s) => s.stage === 'first_contact')!.reached).toBe(10);
    expect(funnel.contract.verdict).toBe('below'); // 0 contracts of 10 meetings
  });

  it('a prospect in the funnel has reached its current stage and every one before it', () => {
    expect(reached(prospect('a'))).toBe('selection');
    expect(reached(moved('a', 'offer_prepared'))).toBe('offer_prepared');
    expect(reached(moved('a', 'offer_defended', 'needs_identified'))).toBe('needs_identified');
    const funnel = computeFunnel(filled([moved('a', 'offer_prepared')]));
    expect(funnel.steps.map((s) => s.reached)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('a lost prospect reached the stage it held just before it was lost', () => {
    expect(reached(moved('a', 'first_contact', 'needs_identified', 'lost'))).toBe(
      'needs_identified',
    );
    // A mis-click corrected before the loss does not count either.
    expect(reached(moved('a', 'first_contact', 'contract', 'first_contact', 'lost'))).toBe(
      'first_contact',
    );
    // Lost straight from the stage it was created at.
    expect(reached(moved('a', 'lost'))).toBe('selection');
  });

  it('a reopened and lost again prospect counts from its last loss', () => {
    const p = moved('a', 'offer_defended', 'lost', 'first_contact', 'lost');
    expect(reached(p)).toBe('first_contact');
    const funnel = computeFunnel(filled([p]));
    expect(funnel.lost).toBe(1);
    expect(funnel.steps.map((s) => s.reached)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(funnel.steps.every((s) => s.current === 0)).toBe(true);
  });

  it('a reopened prospect counts from where it is now', () => {
    expect(reached(moved('a', 'offer_defended', 'lost', 'first_contact'))).toBe('first_contact');
  });

  it('a lost record without a loss in its history (an old import) uses the last stage it had', () => {
    const p = {
      stage: 'lost' as const,
      stageHistory: [{ stage: 'offer_prepared' as const, at: 1, by: '' }],
    };
    expect(FUNNEL_STAGES[furthestStage(p)]).toBe('offer_prepared');
    expect(furthestStage({ stage: 'lost', stageHistory: [] })).toBe(0);
  });
});

describe('brief norm (DOMAIN: "needs identified counts only when the brief is filled in")', () => {
  it('a rep who set "needs identified" on 3 of 4 meetings without writing a brief is below the norm', () => {
    const prospects = [
      moved('a', 'first_contact', 'needs_identified'),
      moved('b', 'first_contact', 'needs_identified'),
      moved('c', 'needs_identified'),
      moved('d', 'first_contact'),
    ];
    const rows = summaries(prospects, new Set());
    expect(rows.every((r) => r.completeness < 100)).toBe(true);
    const funnel = computeFunnel(rows);
    expect(funnel.brief.actual).toBe(0);
    expect(funnel.brief.verdict).toBe('below');
    expect(funnel.briefsUnfilled).toBe(3);
    // The stage counts stay what the reps set.
    expect(funnel.steps.find((s) => s.stage === 'needs_identified')!.reached).toBe(3);
  });

  it('counts a filled brief, also of a prospect moved further or lost after it', () => {
    const prospects = [
      moved('a', 'needs_identified'),
      moved('b', 'needs_identified', 'offer_prepared'),
      moved('c', 'needs_identified', 'lost'),
      moved('d', 'needs_identified'),
      moved('e', 'first_contact'),
    ];
    const funnel = computeFunnel(summaries(prospects, new Set(['a', 'b', 'c', 'e'])));
    // a, b, c: 3 of 5 meetings; d was set without a brief; e's brief has not moved it yet.
    expect(funnel.brief.actual).toBe(0.6);
    expect(funnel.brief.verdict).toBe('within');
    expect(funnel.briefsUnfilled).toBe(1);
  });

  it('exactly 50% is not "more than 50%"', () => {
    const funnel = computeFunnel(
      filled([moved('a', 'needs_identified'), moved('b', 'first_contact')]),
    );
    expect(funnel.brief.actual).toBe(0.5);
    expect(funnel.brief.verdict).toBe('below');
  });

  it('the contract norm keeps both of its ends: 10% and 30% are within', () => {
    const meetings = (contracts: number, total: number) =>
      computeFunnel(
        filled(
          Array.from({ length: total }, (_, i) =>
            i < contracts ? moved(`p${i}`, 'contract') : moved(`p${i}`, 'first_contact'),
          ),
        ),
      ).contract.verdict;
    expect(meetings(1, 10)).toBe('within');
    expect(meetings(3, 10)).toBe('within');
    expect(meetings(0, 10)).toBe('below');
    expect(meetings(4, 10)).toBe('above');
  });

  it("each rep's brief norm counts that rep's filled briefs", () => {
    const anna = [moved('a1', 'needs_identified'), moved('a2', 'needs_identified')].map((p) => ({
      ...p,
      owner: 'Анна',
    }));
    const bob = [moved('b1', 'needs_identified'), moved('b2', 'first_contact')].map((p) => ({
      ...p,
      owner: 'Bob',
    }));
    const byOwner = funnelsByOwner(summaries([...anna, ...bob], new Set(['a1', 'a2'])));
    expect(byOwner.map((o) => [o.owner, o.funnel.brief.verdict, o.funnel.briefsUnfilled])).toEqual([
      ['Bob', 'below', 1],
      ['Анна', 'within', 0],
    ]);
  });
});

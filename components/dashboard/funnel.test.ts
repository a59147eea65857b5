import { describe, expect, it } from 'vitest';
import { applyStageChange } from '@/lib/brief/stageRules';
import { Prospect, type LostReason, type Stage } from '@/lib/model';
import { computeFunnel, furthestStage, FUNNEL_STAGES } from './funnel';

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

describe('funnel after a rep corrects a mis-click in the stage select', () => {
  it('does not count a stage the prospect was moved back from as reached', () => {
    // Rep: first contact (real), then picks "Contract" by mistake, then corrects back.
    const p = moved('a', 'first_contact', 'contract', 'first_contact');
    // Nine other meetings that went nowhere yet.
    const others = Array.from({ length: 9 }, (_, i) => moved(`o${i}`, 'first_contact'));
    const funnel = computeFunnel([p, ...others]);
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
    const funnel = computeFunnel([moved('a', 'offer_prepared')]);
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
    const funnel = computeFunnel([p]);
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

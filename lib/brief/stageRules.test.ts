import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../model';
import { person } from '../people/testing';
import type { BriefCompleteness } from './completeness';
import { applyStageChange, StageChangeError, suggestStageChange } from './stageRules';
import { prospect } from './testing';

const complete: Pick<BriefCompleteness, 'missing'> = { missing: [] };
const incomplete: Pick<BriefCompleteness, 'missing'> = { missing: ['plans'] };
const reachedDm = person({ role: 'decision_maker', roleSource: 'self_declared' });

describe('suggestStageChange', () => {
  it('suggests needs_identified when the brief is complete and the stage is earlier', () => {
    for (const stage of ['selection', 'first_contact'] as const) {
      expect(
        suggestStageChange({ prospect: { stage }, completeness: complete, people: [] }),
      ).toEqual({
        to: 'needs_identified',
        reason: 'brief_complete',
      });
    }
  });

  it('suggests first_contact from selection when a decision maker is reached', () => {
    expect(
      suggestStageChange({
        prospect: { stage: 'selection' },
        completeness: incomplete,
        people: [reachedDm],
      }),
    ).toEqual({
      to: 'first_contact',
      reason: 'decision_maker_reached',
    });
    const called = person({
      role: 'decision_maker',
      roleSource: 'guess',
      lastContactAt: '2025-02-03',
    });
    expect(
      suggestStageChange({
        prospect: { stage: 'selection' },
        completeness: incomplete,
        people: [called],
      })?.to,
    ).toBe('first_contact');
  });

  it('does not count a guessed decision maker nobody has spoken to, or other roles', () => {
    const guessed = person({ role: 'decision_maker', roleSource: 'guess' });
    const influencer = person({
      role: 'influencer',
      roleSource: 'confirmed_indirectly',
      lastContactAt: '2025-01-01',
    });
    expect(
      suggestStageChange({
        prospect: { stage: 'selection' },
        completeness: incomplete,
        people: [guessed, influencer],
      }),
    ).toBeNull();
  });

  it('never suggests going backwards or sideways, and nothing for lost', () => {
    const later: Stage[] = [
      'needs_identified',
      'offer_prepared',
      'offer_defended',
      'contract',
      'lost',
    ];
    for (const stage of later) {
      expect(
        suggestStageChange({ prospect: { stage }, completeness: complete, people: [reachedDm] }),
      ).toBeNull();
    }
    expect(
      suggestStageChange({
        prospect: { stage: 'first_contact' },
        completeness: incomplete,
        people: [reachedDm],
      }),
    ).toBeNull();
    for (const stage of STAGES) {
      const s = suggestStageChange({
        prospect: { stage },
        completeness: complete,
        people: [reachedDm],
      });
      if (s) expect(STAGES.indexOf(s.to)).toBeGreaterThan(STAGES.indexOf(stage));
    }
  });
});

describe('applyStageChange', () => {
  it('moves the stage and appends to the history', () => {
    const p = prospect({ stageHistory: [{ stage: 'selection', at: 1, by: 'anna' }] });
    const next = applyStageChange(p, 'first_contact', {
      at: 5_000,
      by: 'anna',
      note: 'Reached the chief engineer',
    });
    expect(next.stage).toBe('first_contact');
    expect(next.updatedAt).toBe(5_000);
    expect(next.stageHistory).toEqual([
      { stage: 'selection', at: 1, by: 'anna' },
      { stage: 'first_contact', at: 5_000, by: 'anna', note: 'Reached the chief engineer' },
    ]);
    expect(p.stageHistory).toHaveLength(1);
    expect(p.stage).toBe('selection');
  });

  it('requires a lost reason with a non-empty why, with a typed error', () => {
    const p = prospect({ stage: 'offer_prepared' });
    expect(() => applyStageChange(p, 'lost', { at: 1, by: 'anna' })).toThrow(StageChangeError);
    try {
      applyStageChange(p, 'lost', {
        at: 1,
        by: 'anna',
        lostReason: { why: '  ', unmetCriteria: '', ourStrengths: '', howWeDiffer: '' },
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StageChangeError);
      expect((e as StageChangeError).code).toBe('lost_reason_required');
    }
  });

  it('keeps the lost reason on the prospect and in the history, and clears it on reopening', () => {
    const reason = {
      why: 'Chose a local supplier',
      unmetCriteria: 'Delivery in 24 h',
      ourStrengths: 'Quality',
      howWeDiffer: 'Lab tests',
    };
    const lost = applyStageChange(prospect({ stage: 'offer_defended' }), 'lost', {
      at: 2,
      by: 'anna',
      lostReason: reason,
    });
    expect(lost.lostReason).toEqual(reason);
    expect(lost.stageHistory.at(-1)).toEqual({
      stage: 'lost',
      at: 2,
      by: 'anna',
      lostReason: reason,
    });
    const reopened = applyStageChange(lost, 'selection', { at: 3, by: 'boss' });
    expect(reopened.lostReason).toBeUndefined();
    expect(reopened.stageHistory.map((c) => c.stage)).toEqual(['lost', 'selection']);
  });

  it('leaves the prospect unchanged when the stage is the same', () => {
    const p = prospect({ stage: 'contract' });
    expect(applyStageChange(p, 'contract', { at: 9, by: 'anna' })).toBe(p);
  });
});

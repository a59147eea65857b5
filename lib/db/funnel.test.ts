import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { StageChangeError } from '../brief/stageRules';
import { DealBriefDb } from './database';
import { changeProspectStage } from './funnel';
import { createProspect, getProspect } from './prospects';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

describe('changeProspectStage', () => {
  it('keeps every change in the history with its date and who made it', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: 'Anna', now: 1 });
    await changeProspectStage(db, p.id, 'first_contact', { at: 10, by: 'Anna' });
    const moved = await changeProspectStage(db, p.id, 'needs_identified', { at: 20, by: 'Anna' });
    expect(moved.stage).toBe('needs_identified');
    expect(moved.stageHistory.map((c) => [c.stage, c.at])).toEqual([
      ['selection', 1],
      ['first_contact', 10],
      ['needs_identified', 20],
    ]);
    expect(await getProspect(db, p.id)).toEqual(moved);
  });

  it('a loss needs the reason of a good refusal, and keeps it', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '', now: 1 });
    await expect(
      changeProspectStage(db, p.id, 'lost', {
        at: 5,
        by: '',
        lostReason: { why: ' ', unmetCriteria: '', ourStrengths: '', howWeDiffer: '' },
      }),
    ).rejects.toBeInstanceOf(StageChangeError);
    expect((await getProspect(db, p.id))?.stage).toBe('selection');
    const reason = {
      why: 'Chose a cheaper supplier',
      unmetCriteria: 'Volume below 10 t/month',
      ourStrengths: 'Stock in their city',
      howWeDiffer: 'Fixed delivery date with penalty',
    };
    const lost = await changeProspectStage(db, p.id, 'lost', { at: 6, by: '', lostReason: reason });
    expect(lost.lostReason).toEqual(reason);
    expect(lost.stageHistory.at(-1)).toMatchObject({ stage: 'lost', at: 6, lostReason: reason });
  });

  it('fails for a prospect that is gone', async () => {
    await expect(changeProspectStage(db, 'nope', 'contract', { at: 1, by: '' })).rejects.toThrow(
      /not found/,
    );
  });
});

import { applyStageChange, type ApplyStageChangeOptions } from '../brief/stageRules';
import { Prospect, type Stage } from '../model';
import type { DealBriefDb } from './database';

/**
 * Moves a prospect to a stage the rep confirmed, keeping the change (with its date, and for a
 * lost deal the reason) in the stage history. The stage rules refuse a loss without a reason.
 */
export async function changeProspectStage(
  db: DealBriefDb,
  prospectId: string,
  to: Stage,
  options: ApplyStageChangeOptions,
): Promise<Prospect> {
  return db.transaction('rw', db.prospects, async () => {
    const stored = await db.prospects.get(prospectId);
    if (!stored) throw new Error(`Prospect ${prospectId} not found`);
    const next = Prospect.parse(applyStageChange(Prospect.parse(stored), to, options));
    await db.prospects.put(next);
    return next;
  });
}

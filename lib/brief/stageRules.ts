// Funnel stage rules. Each stage ends in a checkable result (DOMAIN.md): "first contact" means
// reaching the decision maker, not making calls; "needs identified" means a filled brief. The
// extension suggests a move when the data shows the result – it never moves a prospect back, and
// never touches a lost one – and the rep applies it.

import {
  STAGES,
  type LostReason,
  type Person,
  type Prospect,
  type Stage,
  type StageChange,
} from '../model';
import { isBriefComplete, type BriefCompleteness } from './completeness';

export interface StageSuggestion {
  to: Stage;
  reason: 'brief_complete' | 'decision_maker_reached';
}

export interface StageSuggestionInput {
  prospect: Pick<Prospect, 'stage'>;
  completeness: Pick<BriefCompleteness, 'missing'>;
  people: readonly Pick<Person, 'role' | 'roleSource' | 'lastContactAt'>[];
}

const rank = (stage: Stage) => STAGES.indexOf(stage);

/** Reached: we spoke to them (a contact date), or their role rests on more than a guess. */
export function isDecisionMakerReached(
  p: Pick<Person, 'role' | 'roleSource' | 'lastContactAt'>,
): boolean {
  return (
    p.role === 'decision_maker' &&
    (p.roleSource !== 'guess' || (p.lastContactAt ?? '').trim() !== '')
  );
}

export function suggestStageChange({
  prospect,
  completeness,
  people,
}: StageSuggestionInput): StageSuggestion | null {
  const { stage } = prospect;
  if (stage === 'lost') return null;
  if (isBriefComplete(completeness) && rank(stage) < rank('needs_identified')) {
    return { to: 'needs_identified', reason: 'brief_complete' };
  }
  if (stage === 'selection' && people.some(isDecisionMakerReached)) {
    return { to: 'first_contact', reason: 'decision_maker_reached' };
  }
  return null;
}

export type StageChangeErrorCode = 'lost_reason_required';

/** A stage change the method does not allow; `code` is a key the UI can translate. */
export class StageChangeError extends Error {
  override readonly name = 'StageChangeError';
  constructor(readonly code: StageChangeErrorCode) {
    super(`Stage change refused: ${code}`);
  }
}

export interface ApplyStageChangeOptions {
  at: number;
  by: string;
  note?: string;
  /** Required for `lost`: a good refusal states why (it can start the next sale). */
  lostReason?: LostReason;
}

/**
 * Move a prospect to a stage the rep chose (backwards too: a rep may correct a mistake or reopen
 * a lost deal), recording the change in the history. Moving to the current stage changes nothing.
 */
export function applyStageChange<P extends Prospect>(
  prospect: P,
  to: Stage,
  options: ApplyStageChangeOptions,
): P {
  if (to === prospect.stage) return prospect;
  const { at, by, note, lostReason } = options;
  if (to === 'lost' && !(lostReason && lostReason.why.trim() !== '')) {
    throw new StageChangeError('lost_reason_required');
  }
  const change: StageChange = { stage: to, at, by };
  if (note !== undefined && note.trim() !== '') change.note = note;
  if (to === 'lost' && lostReason) change.lostReason = lostReason;

  const next: P = {
    ...prospect,
    stage: to,
    stageHistory: [...prospect.stageHistory, change],
    updatedAt: at,
  };
  // The prospect's reason describes its current loss; after a reopen it lives on in the history.
  if (to === 'lost' && lostReason) next.lostReason = lostReason;
  else delete next.lostReason;
  return next;
}

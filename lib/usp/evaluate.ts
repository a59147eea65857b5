import { buildCase, propertyId, type UspCase } from './cases';
import { composeDraft } from './composer';
import { matchNeeds, type MatchOptions } from './matcher';

/** What happened to one pain of a case. */
export interface PainOutcome {
  pain: string;
  expected: number | null;
  /** Index of the property presented as the answer, or null for a gap. */
  answer: number | null;
  score: number;
  verdict: 'correct' | 'wrong' | 'distractor' | 'missed' | 'gap_ok' | 'claimed_unanswerable';
}

export interface CaseReport {
  id: string;
  lang: string;
  /** Pains that have an expected answer, and how many of those got it as their top answer. */
  top1Total: number;
  top1Correct: number;
  /** A distractor (a property no pain expects) presented as the answer to a pain. */
  distractorClaims: number;
  /** Pains left without an answer (gaps), whether or not one was expected. */
  unanswered: number;
  /** Answer lines of the composed draft that cite a distractor (must equal distractorClaims). */
  draftDistractorLines: number;
  pains: PainOutcome[];
}

export interface EvalTotals {
  cases: number;
  top1Total: number;
  top1Correct: number;
  top1: number;
  distractorClaims: number;
  unanswered: number;
}

/** Run the matcher and the composer on one case and score them against its `expected` map. */
export function evaluateCase(c: UspCase, options: MatchOptions = {}): CaseReport {
  const built = buildCase(c);
  const { matches, links } = matchNeeds(built.needs, built.offer, [], options);
  const propIndex = new Map(built.offer.properties.map((p, i) => [p.id, i]));
  const answering = new Set(Object.values(c.expected));
  const pains: PainOutcome[] = matches.map((m, i) => {
    const exp = c.expected[String(i)];
    const answer = m.best ? (propIndex.get(m.best.propertyId) ?? null) : null;
    const expected = exp ?? null;
    let verdict: PainOutcome['verdict'];
    if (answer === null) verdict = expected === null ? 'gap_ok' : 'missed';
    else if (!answering.has(answer)) verdict = 'distractor';
    else if (answer === expected) verdict = 'correct';
    else verdict = expected === null ? 'claimed_unanswerable' : 'wrong';
    return { pain: c.pains[i] ?? '', expected, answer, score: m.best?.score ?? 0, verdict };
  });
  const lines = composeDraft({
    prospect: built.prospect,
    needs: built.needs,
    offer: built.offer,
    decisionMaker: built.decisionMaker,
    competitorsUsed: built.competitorsUsed,
    links,
    language: c.lang,
  });
  const distractorIds = new Set(
    c.properties
      .map((_, i) => i)
      .filter((i) => !answering.has(i))
      .map((i) => propertyId(c.id, i)),
  );
  return {
    id: c.id,
    lang: c.lang,
    top1Total: pains.filter((p) => p.expected !== null).length,
    top1Correct: pains.filter((p) => p.verdict === 'correct').length,
    distractorClaims: pains.filter((p) => p.verdict === 'distractor').length,
    unanswered: pains.filter((p) => p.answer === null).length,
    draftDistractorLines: lines.filter(
      (l) => l.kind === 'answer' && l.propertyId !== undefined && distractorIds.has(l.propertyId),
    ).length,
    pains,
  };
}

export function totals(reports: readonly CaseReport[]): EvalTotals {
  const top1Total = reports.reduce((s, r) => s + r.top1Total, 0);
  const top1Correct = reports.reduce((s, r) => s + r.top1Correct, 0);
  return {
    cases: reports.length,
    top1Total,
    top1Correct,
    top1: top1Total === 0 ? 1 : top1Correct / top1Total,
    distractorClaims: reports.reduce((s, r) => s + r.distractorClaims, 0),
    unanswered: reports.reduce((s, r) => s + r.unanswered, 0),
  };
}

import type { Need, OfferProperty } from '@/lib/model';
import type { LinkDecision } from '@/lib/db';
import type { NeedMatch } from '@/lib/usp';
import { useApp } from '../app/AppContext';
import { useConceptLabel } from './conceptLabel';

const NO_ANSWER = '__none__';

function short(text: string, max = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * One pain of the brief and the property that answers it: why (shared concepts and words), whether
 * the rep confirmed it, and the controls to confirm, change or remove the link. A pain with no
 * answer says so plainly: the draft never papers over a gap.
 */
export function MatchItem({
  need,
  match,
  properties,
  hasDecision,
  onDecide,
}: {
  need: Need;
  match: NeedMatch;
  properties: readonly OfferProperty[];
  hasDecision: boolean;
  onDecide: (decision: LinkDecision) => void;
}) {
  const { t } = useApp();
  const conceptLabel = useConceptLabel();
  const best = match.best;
  const property = best ? properties.find((p) => p.id === best.propertyId) : undefined;
  const scores = new Map(match.ranked.map((r) => [r.propertyId, r.score]));
  const ordered = [
    ...match.ranked.flatMap((r) => properties.filter((p) => p.id === r.propertyId)),
    ...properties.filter((p) => !scores.has(p.id)),
  ];
  const selectId = `usp-answer-${need.id}`;
  const status =
    match.source === 'confirmed'
      ? best
        ? t('usp.match.confirmed')
        : t('usp.match.confirmedGap')
      : best
        ? t('usp.match.suggested', { score: Math.round(best.score * 100) })
        : t('usp.match.noSuggestion');

  return (
    <li className={`match ${best ? 'match--answered' : 'match--gap'}`}>
      <p className="match__pain">
        <span className="visually-hidden">{t('usp.match.pain')}: </span>
        {t('text.quoted', { text: need.statement.trim() })}
      </p>
      {best && property ? (
        <>
          <p className="match__answer">
            <span aria-hidden="true">→ </span>
            <span className="visually-hidden">{t('usp.match.answer')}: </span>
            {property.statement.trim() || t('usp.match.emptyProperty')}
          </p>
          {best.why.concepts.length > 0 || best.why.words.length > 0 ? (
            <p className="match__why">
              {t('usp.match.why')}{' '}
              {[
                best.why.concepts.length > 0
                  ? t('usp.match.whyConcepts', {
                      list: best.why.concepts.map(conceptLabel).join(', '),
                    })
                  : '',
                best.why.words.length > 0
                  ? t('usp.match.whyWords', {
                      list: best.why.words.map((w) => t('text.quoted', { text: w })).join(', '),
                    })
                  : '',
              ]
                .filter(Boolean)
                .join('; ')}
            </p>
          ) : null}
        </>
      ) : (
        <p className="match__gap">
          <span aria-hidden="true">⚠ </span>
          {t('usp.match.gap')}
        </p>
      )}
      <p className="match__status">
        <span aria-hidden="true">{match.source === 'confirmed' ? '✓ ' : ''}</span>
        {status}
      </p>
      <div className="match__controls">
        <label htmlFor={selectId} className="visually-hidden">
          {t('usp.match.choose', { pain: short(need.statement, 60) })}
        </label>
        <select
          id={selectId}
          value={best?.propertyId ?? NO_ANSWER}
          onChange={(e) => {
            const value = e.target.value;
            onDecide({
              action: 'confirm',
              needId: need.id,
              propertyId: value === NO_ANSWER ? null : value,
            });
          }}
        >
          {ordered.map((p) => (
            <option key={p.id} value={p.id}>
              {short(p.statement || t('usp.match.emptyProperty'))}
              {scores.has(p.id) ? ` (${Math.round(scores.get(p.id)! * 100)}%)` : ''}
            </option>
          ))}
          <option value={NO_ANSWER}>{t('usp.match.optionNone')}</option>
        </select>
        {match.source === 'suggested' && best ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              onDecide({ action: 'confirm', needId: need.id, propertyId: best.propertyId })
            }
          >
            {t('usp.match.confirm')}
          </button>
        ) : null}
        {best ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              onDecide({ action: 'remove', needId: need.id, propertyId: best.propertyId })
            }
          >
            {t('usp.match.remove')}
          </button>
        ) : null}
        {hasDecision ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onDecide({ action: 'reset', needId: need.id })}
          >
            {t('usp.match.reset')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

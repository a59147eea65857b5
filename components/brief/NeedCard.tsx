import { categoryForWording } from '@/lib/brief/needCategory';
import { QUESTION_BANK } from '@/lib/brief/questionBank';
import { getDb, updateNeed, type NeedPatch } from '@/lib/db';
import { CONCEPTS, PRIORITIES, SPIN_TYPES, type Need, type Person } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { useOptimisticValue } from './useOptimisticValue';
import { AutosavedField } from './AutosavedField';
import { EvidenceLine } from './EvidenceLine';

/** Today as YYYY-MM-DD in the rep's time zone (what a date input shows). */
export function localDay(at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * One need: the client's words (autosaved; the category follows the wording until the rep picks
 * one), its SPIN type, category, priority, who voiced it, the evidence and whether the offer
 * answers it. Choices save the moment they change.
 */
export function NeedCard({
  need,
  index,
  people,
  autoFocus,
  onRemove,
}: {
  need: Need;
  index: number;
  people: readonly Person[];
  autoFocus: boolean;
  onRemove: (need: Need) => void;
}) {
  const { t, lang, reportError } = useApp();
  const id = `brief-need-${need.id}`;
  const question = need.questionId
    ? QUESTION_BANK.find((q) => q.id === need.questionId)
    : undefined;

  const patch = (edit: NeedPatch | ((n: Need) => NeedPatch)) =>
    void updateNeed(getDb(), need.id, edit).catch(reportError);
  const [category, setCategory] = useOptimisticValue(need.category);
  const [spin, setSpin] = useOptimisticValue(need.spin);
  const [priority, setPriority] = useOptimisticValue(need.priority);
  const [voicedBy, setVoicedBy] = useOptimisticValue(need.voicedBy ?? '');
  const [answered, setAnswered] = useOptimisticValue(need.status === 'answered');

  return (
    <li className="brief-card brief-need" aria-label={t('brief.need.label', { n: index + 1 })}>
      {question ? (
        <p className="brief-hint">{t('brief.need.answerTo', { question: question[lang] })}</p>
      ) : null}
      <AutosavedField
        id={`${id}-statement`}
        docKey={`need:${need.id}:statement`}
        label={t('brief.need.statement')}
        stored={{ text: need.statement, at: need.updatedAt }}
        save={async (text, at) =>
          void (await updateNeed(
            getDb(),
            need.id,
            (n) => ({ statement: text, ...categoryForWording(n, text) }),
            at,
          ))
        }
        placeholder={t('brief.need.statement.placeholder')}
        autoFocus={autoFocus}
      />
      <div className="brief-need__grid">
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('brief.need.category')}</label>
          <select
            id={`${id}-category`}
            value={category}
            aria-describedby={`${id}-category-source`}
            onChange={(e) => {
              const value = e.target.value as Need['category'];
              setCategory(value);
              patch({ category: value, categoryConfirmed: true });
            }}
          >
            {CONCEPTS.map((c) => (
              <option key={c} value={c}>
                {t(`brief.concept.${c}`)}
              </option>
            ))}
          </select>
          <span id={`${id}-category-source`} className="field__hint">
            {need.categoryConfirmed ? (
              <>
                {t('brief.need.categoryChosen')} ·{' '}
                <button
                  type="button"
                  className="brief-link"
                  onClick={() =>
                    patch((n) =>
                      categoryForWording({ ...n, categoryConfirmed: false }, n.statement),
                    )
                  }
                >
                  {t('brief.need.categoryAuto')}
                </button>
              </>
            ) : (
              t('brief.need.categorySuggested')
            )}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-spin`}>{t('brief.need.spin')}</label>
          <select
            id={`${id}-spin`}
            value={spin}
            onChange={(e) => {
              const value = e.target.value as Need['spin'];
              setSpin(value);
              patch({ spin: value });
            }}
          >
            {SPIN_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`brief.spin.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-priority`}>{t('brief.need.priority')}</label>
          <select
            id={`${id}-priority`}
            value={priority}
            onChange={(e) => {
              const value = e.target.value as Need['priority'];
              setPriority(value);
              patch({ priority: value });
            }}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`brief.priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-voiced`}>{t('brief.need.voicedBy')}</label>
          <select
            id={`${id}-voiced`}
            value={voicedBy}
            onChange={(e) => {
              setVoicedBy(e.target.value);
              patch({ voicedBy: e.target.value || undefined });
            }}
          >
            <option value="">{t('brief.need.voicedBy.none')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
                {p.position ? `, ${p.position}` : ''} ({t(`brief.role.${p.role}`)})
              </option>
            ))}
            {need.voicedBy && !people.some((p) => p.id === need.voicedBy) ? (
              <option value={need.voicedBy}>?</option>
            ) : null}
          </select>
        </div>
      </div>
      {need.evidence?.kind === 'page' ? (
        <EvidenceLine evidence={need.evidence} text={need.statement} />
      ) : (
        <div className="field brief-need__meeting">
          <label htmlFor={`${id}-meeting`}>{t('brief.need.meetingDate')}</label>
          <input
            id={`${id}-meeting`}
            type="date"
            value={need.evidence?.meetingDate ?? ''}
            max={localDay()}
            onChange={(e) => {
              const day = e.target.value;
              patch({
                evidence: day
                  ? { kind: 'meeting', meetingDate: day, capturedAt: Date.now() }
                  : undefined,
              });
            }}
          />
        </div>
      )}
      <div className="brief-entry__foot">
        <label className="brief-check">
          <input
            type="checkbox"
            checked={answered}
            onChange={(e) => {
              setAnswered(e.target.checked);
              patch({ status: e.target.checked ? 'answered' : 'open' });
            }}
          />{' '}
          {t('brief.need.answered')}
        </label>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('brief.need.remove')}
          title={t('brief.need.remove')}
          onClick={() => onRemove(need)}
        >
          ✕
        </button>
      </div>
    </li>
  );
}

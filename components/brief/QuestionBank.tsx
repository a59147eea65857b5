import { useState } from 'react';
import { markQuestionAsked } from '@/lib/brief/briefEdits';
import { draftNeed } from '@/lib/brief/needCategory';
import type { Question } from '@/lib/brief/questionBank';
import { addNeed, getDb, updateBrief } from '@/lib/db';
import { useApp } from '../app/AppContext';
import { localDay } from './NeedCard';

/**
 * The next questions for the meeting: what the brief does not cover yet. One click copies a
 * question (to paste into a mail or a call script), records its answer as a need (typed right
 * away in the new need, which already knows its category and SPIN type), or skips it.
 */
export function QuestionBank({
  prospectId,
  questions,
  onRecorded,
}: {
  prospectId: string;
  questions: readonly Question[];
  onRecorded: (needId: string) => void;
}) {
  const { t, lang, reportError } = useApp();
  const [notice, setNotice] = useState('');

  const copy = async (q: Question) => {
    try {
      await navigator.clipboard.writeText(q[lang]);
      setNotice(t('brief.question.copied'));
    } catch {
      setNotice(t('brief.question.copyFailed'));
    }
  };

  const asked = (q: Question) =>
    updateBrief(getDb(), prospectId, (b) => markQuestionAsked(b, q.id));

  const record = async (q: Question) => {
    try {
      const now = Date.now();
      const need = await addNeed(
        getDb(),
        draftNeed({
          prospectId,
          statement: '',
          spin: q.spin,
          category: q.concept,
          questionId: q.id,
          evidence: { kind: 'meeting', meetingDate: localDay(), capturedAt: now },
          now,
        }),
      );
      // Not marked asked here: the question goes once the answer says something.
      onRecorded(need.id);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <section className="brief-block brief-questions" aria-labelledby="brief-questions-heading">
      <h3 id="brief-questions-heading">{t('brief.questions')}</h3>
      <p className="brief-hint">{t('brief.questions.hint')}</p>
      <p className="status" role="status" aria-live="polite">
        {notice}
      </p>
      {questions.length === 0 ? <p className="status">{t('brief.questions.empty')}</p> : null}
      <ol className="brief-questions__list" aria-label={t('brief.questions')}>
        {questions.map((q) => (
          <li key={q.id} className="brief-question">
            <p id={`brief-q-${q.id}`} className="brief-question__text">
              {q[lang]}
            </p>
            <div className="brief-question__foot">
              <span className="brief-tag">
                {t('brief.question.meta', {
                  category: t(`brief.concept.${q.concept}`),
                  spin: t(`brief.spin.${q.spin}`),
                })}
              </span>
              <span className="brief-question__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-describedby={`brief-q-${q.id}`}
                  onClick={() => void copy(q)}
                >
                  {t('brief.question.copy')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-describedby={`brief-q-${q.id}`}
                  onClick={() => void record(q)}
                >
                  {t('brief.question.record')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-describedby={`brief-q-${q.id}`}
                  onClick={() => void asked(q).catch(reportError)}
                >
                  {t('brief.question.skip')}
                </button>
              </span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

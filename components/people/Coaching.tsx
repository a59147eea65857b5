import { useState } from 'react';
import type { Language, Person } from '@/lib/model';
import { INDIRECT_QUESTIONS, shouldShowIndirectQuestions } from '@/lib/people/indirectQuestions';
import { mapWarnings } from '@/lib/people/warnings';
import { useApp } from '../app/AppContext';

/**
 * What the method warns about on this map, and – while nobody is a confirmed decision maker – the
 * indirect questions that reveal who decides, in the prospect's language, ready to copy.
 */
export function Coaching({
  people,
  questionLanguage,
}: {
  people: readonly Person[];
  questionLanguage: Language;
}) {
  const { t } = useApp();
  const [copied, setCopied] = useState<string | null>(null);
  const warnings = mapWarnings(people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((p): p is Person => p !== undefined)
      .map((p) => p.fullName || p.position || t('people.unnamed'))
      .join(', ');

  const copy = async (id: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(id);
    } catch {
      setCopied(null);
    }
  };

  return (
    <section className="people-coaching" aria-labelledby="people-warnings-heading">
      <h3 id="people-warnings-heading">{t('people.warnings.heading')}</h3>
      {warnings.length === 0 ? (
        <p className="status">{t('people.warnings.none')}</p>
      ) : (
        <ul className="people-warnings" aria-label={t('people.warnings.heading')}>
          {warnings.map((w) => (
            <li key={w.id} className="people-warning">
              <span aria-hidden="true">⚠ </span>
              <strong>{t(`people.warning.${w.id}.title`)}</strong>{' '}
              {t(`people.warning.${w.id}.body`, { names: names(w.personIds) })}
            </li>
          ))}
        </ul>
      )}
      {shouldShowIndirectQuestions(people) ? (
        <details className="people-questions" open>
          <summary>{t('people.questions.heading')}</summary>
          <p className="field__hint">{t('people.questions.why')}</p>
          <ol aria-label={t('people.questions.heading')}>
            {INDIRECT_QUESTIONS.map((q, i) => (
              <li key={q.id} lang={questionLanguage}>
                <span>{q[questionLanguage]}</span>{' '}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('people.questions.copy', { n: i + 1 })}
                  onClick={() => void copy(q.id, q[questionLanguage])}
                >
                  {copied === q.id ? t('people.questions.copied') : t('people.questions.copyShort')}
                </button>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

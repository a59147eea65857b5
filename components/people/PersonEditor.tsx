import { useEffect, useMemo, useState } from 'react';
import { getDb, updatePerson, type PersonPatch } from '@/lib/db';
import { formatDateTime } from '@/lib/i18n';
import { ATTITUDES, ROLE_SOURCES, ROLES, type Person } from '@/lib/model';
import { canReportTo } from '@/lib/people/reporting';
import type { RoleStatRow } from '@/lib/people/roleStats';
import { suggestRole } from '@/lib/people/suggestRole';
import { safeHref } from '../prospects/ClipsList';
import { useApp } from '../app/AppContext';
import { readableQuote } from '../ui/quote';
import { AutosavedField } from './AutosavedField';
import { ContactsEditor } from './ContactsEditor';

const INFLUENCE_LEVELS = [1, 2, 3, 4, 5] as const;

/** Every field of one person; text saves as the rep types, choices save as they are made. */
/** The card takes focus when it opens, so a keyboard user lands on what they just chose. */
function focusOnOpen(heading: HTMLHeadingElement | null) {
  heading?.focus();
}

export function PersonEditor({
  person: stored,
  people,
  stats,
  onClose,
  onDelete,
}: {
  person: Person;
  people: readonly Person[];
  stats: readonly RoleStatRow[];
  onClose: () => void;
  onDelete: (person: Person) => void;
}) {
  const { t, lang, reportError } = useApp();
  // Choices show at once; the stored record catches up a moment later (live query).
  const [pending, setPending] = useState<PersonPatch>({});
  useEffect(() => setPending({}), [stored.updatedAt]);
  const person: Person = { ...stored, ...pending };
  const prefix = `person-${person.id}`;
  const save = (patch: PersonPatch) => {
    setPending((p) => ({ ...p, ...patch }));
    void updatePerson(getDb(), person.id, patch).catch((error: unknown) => {
      setPending({});
      reportError(error);
    });
  };
  const saveText =
    (field: 'fullName' | 'position' | 'department' | 'notes') => async (text: string, at: number) =>
      void (await updatePerson(getDb(), person.id, { [field]: text }, at));

  const others = people.filter((p) => p.id !== person.id);
  const bosses = others.filter((p) => canReportTo(people, person.id, p.id));
  const suggestion = useMemo(
    () => (person.role === 'unknown' ? suggestRole(person.position, stats) : null),
    [person.role, person.position, stats],
  );
  const nameOf = (p: Person) => p.fullName || p.position || t('people.unnamed');

  return (
    <section className="person-editor" aria-labelledby={`${prefix}-heading`}>
      <div className="person-editor__head">
        <h3 id={`${prefix}-heading`} tabIndex={-1} ref={focusOnOpen}>
          {t('people.editor.heading', { name: nameOf(person) })}
        </h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('people.editor.close')}
        </button>
      </div>

      {suggestion ? (
        <div className="role-suggestion" role="status">
          <p>
            {t('people.suggest.text', { role: t(`people.role.${suggestion.role}`) })}{' '}
            <span className="status">
              {suggestion.basis === 'base'
                ? t('people.suggest.base', {
                    count: suggestion.count,
                    hits: Math.round(suggestion.share * suggestion.count),
                  })
                : suggestion.count === 0
                  ? t('people.suggest.priorNone')
                  : t('people.suggest.prior', { count: suggestion.count })}
            </span>
          </p>
          <button
            type="button"
            className="button"
            onClick={() => save({ role: suggestion.role, roleSource: 'guess' })}
          >
            {t('people.suggest.accept', { role: t(`people.role.${suggestion.role}`) })}
          </button>
        </div>
      ) : null}

      <AutosavedField
        id={`${prefix}-name`}
        label={t('people.field.fullName')}
        docKey={`person:${person.id}:fullName`}
        value={person.fullName}
        at={person.updatedAt}
        save={saveText('fullName')}
        maxLength={500}
      />
      <AutosavedField
        id={`${prefix}-position`}
        label={t('people.field.position')}
        docKey={`person:${person.id}:position`}
        value={person.position}
        at={person.updatedAt}
        save={saveText('position')}
        maxLength={500}
      />
      <AutosavedField
        id={`${prefix}-department`}
        label={t('people.field.department')}
        docKey={`person:${person.id}:department`}
        value={person.department}
        at={person.updatedAt}
        save={saveText('department')}
        maxLength={500}
      />

      <div className="people-grid">
        <div className="field">
          <label htmlFor={`${prefix}-role`}>{t('people.field.role')}</label>
          <select
            id={`${prefix}-role`}
            value={person.role}
            onChange={(e) => save({ role: e.target.value as Person['role'] })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`people.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-source`}>{t('people.field.roleSource')}</label>
          <select
            id={`${prefix}-source`}
            value={person.roleSource}
            onChange={(e) => save({ roleSource: e.target.value as Person['roleSource'] })}
          >
            {ROLE_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`people.roleSource.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-influence`}>{t('people.field.influence')}</label>
          <select
            id={`${prefix}-influence`}
            value={person.influence}
            onChange={(e) => save({ influence: Number(e.target.value) })}
          >
            {INFLUENCE_LEVELS.map((n) => (
              <option key={n} value={n}>
                {t(`people.influence.${n}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-attitude`}>{t('people.field.attitude')}</label>
          <select
            id={`${prefix}-attitude`}
            value={person.attitude}
            onChange={(e) => save({ attitude: e.target.value as Person['attitude'] })}
          >
            {ATTITUDES.map((a) => (
              <option key={a} value={a}>
                {t(`people.attitude.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-boss`}>{t('people.field.reportsTo')}</label>
          <select
            id={`${prefix}-boss`}
            value={person.reportsTo ?? ''}
            onChange={(e) => save({ reportsTo: e.target.value || undefined })}
          >
            <option value="">{t('people.reportsTo.nobody')}</option>
            {bosses.map((p) => (
              <option key={p.id} value={p.id}>
                {nameOf(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-last`}>{t('people.field.lastContact')}</label>
          <input
            id={`${prefix}-last`}
            type="date"
            value={person.lastContactAt ?? ''}
            onChange={(e) => save({ lastContactAt: e.target.value || undefined })}
          />
        </div>
      </div>

      {others.length > 0 ? (
        <fieldset className="people-influences">
          <legend>{t('people.field.influences')}</legend>
          {others.map((p) => (
            <label key={p.id} className="people-check">
              <input
                type="checkbox"
                checked={person.influences.includes(p.id)}
                onChange={(e) =>
                  save({
                    influences: e.target.checked
                      ? [...person.influences, p.id]
                      : person.influences.filter((id) => id !== p.id),
                  })
                }
              />{' '}
              {nameOf(p)}
            </label>
          ))}
        </fieldset>
      ) : null}

      <ContactsEditor person={person} />

      <AutosavedField
        id={`${prefix}-notes`}
        label={t('people.field.notes')}
        docKey={`person:${person.id}:notes`}
        value={person.notes}
        at={person.updatedAt}
        save={saveText('notes')}
        multiline
      />

      {person.evidence.length > 0 ? (
        <section aria-labelledby={`${prefix}-evidence`}>
          <h4 id={`${prefix}-evidence`}>{t('people.evidence.heading')}</h4>
          <ul className="people-evidence">
            {person.evidence.map((e, i) => {
              const href = e.url ? safeHref(e.url) : undefined;
              return (
                <li key={`${e.capturedAt}-${i}`}>
                  {e.quote ? (
                    <blockquote>{readableQuote(e.quote, person.fullName)}</blockquote>
                  ) : null}
                  <div className="clip__meta">
                    {href ? (
                      <a href={href} target="_blank" rel="noreferrer noopener">
                        {e.pageTitle || e.url}
                      </a>
                    ) : (
                      <span>{e.pageTitle || e.url || t(`people.evidence.kind.${e.kind}`)}</span>
                    )}
                    <span>{formatDateTime(lang, e.capturedAt)}</span>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <button type="button" className="button button--danger" onClick={() => onDelete(person)}>
        {t('people.delete', { name: nameOf(person) })}
      </button>
    </section>
  );
}

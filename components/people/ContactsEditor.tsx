import { getDb, updatePerson } from '@/lib/db';
import type { Person } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';

const KINDS = ['phone', 'email', 'messenger', 'profile', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** Phones, e-mails, messengers and profile links of a person; each value autosaves. */
export function ContactsEditor({ person }: { person: Person }) {
  const { t, reportError } = useApp();
  const update = (change: (contacts: Person['contacts']) => Person['contacts']) =>
    void updatePerson(getDb(), person.id, (cur) => ({ contacts: change(cur.contacts) })).catch(
      reportError,
    );

  return (
    <fieldset className="people-contacts">
      <legend>{t('people.field.contacts')}</legend>
      {person.contacts.length === 0 ? <p className="status">{t('people.contacts.empty')}</p> : null}
      {person.contacts.map((c, i) => (
        <div key={i} className="people-contact">
          <div className="field">
            <label htmlFor={`contact-${person.id}-${i}-kind`}>
              {t('people.contacts.kind', { n: i + 1 })}
            </label>
            <select
              id={`contact-${person.id}-${i}-kind`}
              value={c.kind}
              onChange={(e) =>
                update((list) =>
                  list.map((x, j) => (j === i ? { ...x, kind: e.target.value as Kind } : x)),
                )
              }
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`people.contacts.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <AutosavedField
            id={`contact-${person.id}-${i}-value`}
            label={t('people.contacts.value', { n: i + 1 })}
            docKey={`person:${person.id}:contact:${i}`}
            value={c.value}
            at={person.updatedAt}
            maxLength={2000}
            save={async (text, at) =>
              void (await updatePerson(
                getDb(),
                person.id,
                (cur) => ({
                  contacts: cur.contacts.map((x, j) => (j === i ? { ...x, value: text } : x)),
                }),
                at,
              ))
            }
          />
          <button
            type="button"
            className="button button--danger"
            aria-label={t('people.contacts.remove', { n: i + 1 })}
            title={t('people.contacts.remove', { n: i + 1 })}
            onClick={() => update((list) => list.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => update((list) => [...list, { kind: 'phone', value: '' }])}
      >
        {t('people.contacts.add')}
      </button>
    </fieldset>
  );
}

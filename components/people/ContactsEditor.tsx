import { flushAutosaves } from '@/lib/autosave/autosaver';
import { getDb, updatePerson } from '@/lib/db';
import { CONTACT_VALUE_MAX, newId, type Contact, type Person } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';

const KINDS = ['phone', 'email', 'messenger', 'profile', 'other'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Changes one contact, found by its id in the stored list (rows above it may have been removed
 * meanwhile). Throws when it is gone, so text typed into it is not taken for saved.
 */
function editContact(contactId: string, change: Partial<Contact>) {
  return (cur: Person) => {
    if (!cur.contacts.some((x) => x.id === contactId))
      throw new Error(`Contact ${contactId} not found`);
    return { contacts: cur.contacts.map((x) => (x.id === contactId ? { ...x, ...change } : x)) };
  };
}

/** Phones, e-mails, messengers and profile links of a person; each value autosaves. */
export function ContactsEditor({ person }: { person: Person }) {
  const { t, reportError } = useApp();
  const update = (change: Parameters<typeof updatePerson>[2]) =>
    void updatePerson(getDb(), person.id, change).catch(reportError);
  const docKey = (c: Contact) => `person:${person.id}:contact:${c.id}`;
  const remove = async (c: Contact) => {
    // What was typed into it a moment ago is saved first: no write is left to fail on it.
    await flushAutosaves(docKey(c));
    update((cur) => ({ contacts: cur.contacts.filter((x) => x.id !== c.id) }));
  };

  return (
    <fieldset className="people-contacts">
      <legend>{t('people.field.contacts')}</legend>
      {person.contacts.length === 0 ? <p className="status">{t('people.contacts.empty')}</p> : null}
      {person.contacts.map((c, i) => (
        <div key={c.id} className="people-contact">
          <div className="field">
            <label htmlFor={`contact-${person.id}-${c.id}-kind`}>
              {t('people.contacts.kind', { n: i + 1 })}
            </label>
            <select
              id={`contact-${person.id}-${c.id}-kind`}
              value={c.kind}
              onChange={(e) => update(editContact(c.id, { kind: e.target.value as Kind }))}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`people.contacts.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <AutosavedField
            id={`contact-${person.id}-${c.id}-value`}
            label={t('people.contacts.value', { n: i + 1 })}
            docKey={docKey(c)}
            value={c.value}
            at={person.updatedAt}
            maxLength={CONTACT_VALUE_MAX}
            save={async (text, at) =>
              void (await updatePerson(getDb(), person.id, editContact(c.id, { value: text }), at))
            }
          />
          <button
            type="button"
            className="button button--danger"
            aria-label={t('people.contacts.remove', { n: i + 1 })}
            title={t('people.contacts.remove', { n: i + 1 })}
            onClick={() => void remove(c)}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          update((cur) => ({
            contacts: [...cur.contacts, { id: newId(), kind: 'phone', value: '' }],
          }))
        }
      >
        {t('people.contacts.add')}
      </button>
    </fieldset>
  );
}

import { useState, type FormEvent } from 'react';
import { addPerson, getDb } from '@/lib/db';
import { useApp } from '../app/AppContext';

/** Adds a person by hand; the rest of their card opens for editing right after. */
export function AddPersonForm({
  prospectId,
  onAdded,
}: {
  prospectId: string;
  onAdded: (id: string) => void;
}) {
  const { t, reportError } = useApp();
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [error, setError] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() && !position.trim()) {
      setError(true);
      return;
    }
    try {
      const person = await addPerson(getDb(), prospectId, {
        fullName: name.trim(),
        position: position.trim(),
      });
      setName('');
      setPosition('');
      setError(false);
      onAdded(person.id);
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <form
      className="people-add"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="people-add-heading"
    >
      <h3 id="people-add-heading">{t('people.add.heading')}</h3>
      <div className="people-grid">
        <div className="field">
          <label htmlFor="people-add-name">{t('people.field.fullName')}</label>
          <input
            id="people-add-name"
            type="text"
            value={name}
            maxLength={500}
            aria-invalid={error}
            aria-describedby={error ? 'people-add-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="people-add-position">{t('people.field.position')}</label>
          <input
            id="people-add-position"
            type="text"
            value={position}
            maxLength={500}
            onChange={(e) => setPosition(e.target.value)}
          />
        </div>
      </div>
      {error ? (
        <p id="people-add-error" className="field__error" role="alert">
          {t('people.add.empty')}
        </p>
      ) : null}
      <button type="submit" className="button">
        {t('people.add.submit')}
      </button>
    </form>
  );
}

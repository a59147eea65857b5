import { useState, type FormEvent } from 'react';
import { getDb } from '@/lib/db/database';
import { addProspectDomain, DomainTakenError, removeProspectDomain } from '@/lib/db/prospects';
import type { Prospect } from '@/lib/model';
import { useApp } from '../app/AppContext';

/** The company's websites: the primary domain and aliases that find the same prospect. */
export function DomainsEditor({ prospect }: { prospect: Prospect }) {
  const { t, reportError } = useApp();
  const [adding, setAdding] = useState(false);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    // The public-suffix list loads on demand; the panel's first paint doesn't need it.
    const { aliasFromUserInput } = await import('@/lib/site/domain');
    const alias = aliasFromUserInput(input);
    if (!alias.ok) {
      setError(
        alias.problem === 'public_suffix'
          ? t('prospect.addDomain.publicSuffix', { domain: alias.key })
          : t('prospect.addDomain.invalid', { value: input.trim() }),
      );
      return;
    }
    try {
      await addProspectDomain(getDb(), prospect.id, alias.key);
      setInput('');
      setError('');
      setAdding(false);
    } catch (e) {
      if (e instanceof DomainTakenError)
        setError(t('prospect.addDomain.taken', { domain: e.domain, name: e.ownerName }));
      else reportError(e);
    }
  };

  return (
    <div>
      <h2 className="visually-hidden">{t('prospect.domains')}</h2>
      <ul className="domains" aria-label={t('prospect.domains')}>
        {prospect.domains.map((domain, index) => (
          <li key={domain} className="domain-chip">
            {domain}
            {index === 0 ? (
              <span className="status">· {t('prospect.primaryDomain')}</span>
            ) : (
              <button
                type="button"
                className="button button--danger"
                aria-label={t('prospect.removeDomain', { domain })}
                onClick={() =>
                  void removeProspectDomain(getDb(), prospect.id, domain).catch(reportError)
                }
              >
                ✕
              </button>
            )}
          </li>
        ))}
        <li>
          <button
            type="button"
            className="button button--quiet domains__add"
            aria-expanded={adding}
            onClick={() => setAdding(!adding)}
          >
            + {t('prospect.addDomain')}
          </button>
        </li>
      </ul>
      {adding ? (
        <form className="domain-form" onSubmit={(e) => void add(e)}>
          <div className="field">
            <label htmlFor="add-domain">{t('prospect.addDomain.label')}</label>
            <input
              id="add-domain"
              type="text"
              value={input}
              placeholder={t('prospect.addDomain.placeholder')}
              onChange={(e) => setInput(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'add-domain-error' : undefined}
              autoFocus
            />
          </div>
          <button type="submit" className="button">
            {t('prospect.addDomain.submit')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p id="add-domain-error" className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

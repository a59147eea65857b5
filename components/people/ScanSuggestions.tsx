import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { addPerson, getDb } from '@/lib/db';
import { recordScan } from '@/lib/db/portraits';
import type { Person, Prospect } from '@/lib/model';
import { matchNames } from '@/lib/people/names';
import { requestSiteAccess, scanTab } from '@/lib/portrait/scanTab';
import { readLastScan } from '@/lib/portrait/scans';
import type { PersonSuggestion } from '@/lib/portrait/suggestions';
import { useApp } from '../app/AppContext';
import { useActiveTab } from '../app/useActiveTab';

type State = 'idle' | 'scanning' | 'denied' | 'other_site' | 'failed';

/**
 * "Found on this site": the people the page scanner found on this prospect's pages (scans from
 * the portrait's "Scan page" count too – they are kept on the portrait), one click to add each.
 * The rep can scan the open page from here as well.
 */
export function ScanSuggestions({
  prospect,
  people,
  onAdded,
}: {
  prospect: Prospect;
  people: readonly Person[];
  onAdded: (id: string) => void;
}) {
  const { t, reportError } = useApp();
  const tab = useActiveTab();
  const tabInfo = tab.status === 'tab' ? tab.tab : null;
  const lastScan = useLiveQuery(() => readLastScan(getDb(), prospect.id), [prospect.id]);
  const [state, setState] = useState<State>('idle');

  const scan = () => {
    if (!tabInfo) return;
    // The permission request starts first, still inside the click's user gesture.
    const access = requestSiteAccess(browser, tabInfo.url);
    setState('scanning');
    void access
      .then(async (granted) => {
        if (!granted) return setState('denied');
        const outcome = await scanTab(browser, tabInfo.id, prospect.domains);
        if (!outcome.ok) {
          setState(
            outcome.problem === 'no_access'
              ? 'denied'
              : outcome.problem === 'other_site'
                ? 'other_site'
                : 'failed',
          );
          return;
        }
        await recordScan(getDb(), prospect.id, {
          url: outcome.url,
          title: outcome.title,
          result: outcome.result,
        });
        setState('idle');
      })
      .catch((error: unknown) => {
        reportError(error);
        setState('failed');
      });
  };

  const add = async (found: PersonSuggestion) => {
    try {
      const person = await addPerson(getDb(), prospect.id, {
        fullName: found.name,
        position: found.position ?? '',
        evidence: found.sources.map((s) => ({
          kind: 'page' as const,
          url: s.url,
          pageTitle: s.pageTitle,
          quote: s.snippet || [found.name, found.position].filter(Boolean).join(' — '),
          capturedAt: s.scannedAt,
        })),
      });
      onAdded(person.id);
    } catch (error) {
      reportError(error);
    }
  };

  const all = lastScan?.people ?? [];
  const fresh = all.filter(
    (f) => !people.some((p) => p.fullName === f.name || matchNames(p.fullName, f.name)),
  );

  return (
    <section className="people-found" aria-labelledby="people-found-heading">
      <h3 id="people-found-heading">{t('people.found.heading')}</h3>
      <button
        type="button"
        className="button button--quiet"
        disabled={!tabInfo || state === 'scanning'}
        aria-busy={state === 'scanning' || undefined}
        onClick={scan}
      >
        {state === 'scanning' ? t('people.found.scanning') : t('people.found.scan')}
      </button>
      <div role="status" aria-live="polite">
        {state === 'denied' ? <p className="notice">{t('people.found.denied')}</p> : null}
        {state === 'other_site' ? <p className="notice">{t('people.found.otherSite')}</p> : null}
        {state === 'failed' ? <p className="notice">{t('people.found.failed')}</p> : null}
        {lastScan && fresh.length === 0 ? (
          <p className="status">
            {all.length === 0 ? t('people.found.none') : t('people.found.allAdded')}
          </p>
        ) : null}
      </div>
      {fresh.length > 0 ? (
        <ul className="people-found__list" aria-label={t('people.found.heading')}>
          {fresh.map((f) => (
            <li key={f.id}>
              <span>
                <strong>{f.name}</strong>
                {f.position ? <span className="status"> · {f.position}</span> : null}
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('people.found.add', { name: f.name })}
                onClick={() => void add(f)}
              >
                {t('people.found.addShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

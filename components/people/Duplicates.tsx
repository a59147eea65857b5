import { getDb, mergePeopleRecords } from '@/lib/db';
import type { Person } from '@/lib/model';
import { findDuplicatePeople } from '@/lib/people/mergePeople';
import { useApp } from '../app/AppContext';

/** Likely double entries of one person, each with a merge that keeps every field and evidence. */
export function Duplicates({
  people,
  onMerged,
}: {
  people: readonly Person[];
  onMerged: (id: string) => void;
}) {
  const { t, lang, reportError } = useApp();
  const pairs = findDuplicatePeople([...people]);
  if (pairs.length === 0) return null;
  const byId = new Map(people.map((p) => [p.id, p]));
  const nameOf = (id: string) => {
    const p = byId.get(id);
    return p ? p.fullName || p.position || t('people.unnamed') : '';
  };
  const merge = async (a: string, b: string) => {
    try {
      const merged = await mergePeopleRecords(getDb(), a, b, { language: lang });
      onMerged(merged.id);
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <section className="people-duplicates" aria-labelledby="people-dup-heading">
      <h3 id="people-dup-heading">{t('people.duplicates.heading')}</h3>
      <ul>
        {pairs.map((pair) => (
          <li key={`${pair.a}-${pair.b}`}>
            {t('people.duplicates.pair', { a: nameOf(pair.a), b: nameOf(pair.b) })}{' '}
            <button
              type="button"
              className="button"
              aria-label={t('people.duplicates.merge', { a: nameOf(pair.a), b: nameOf(pair.b) })}
              onClick={() => void merge(pair.a, pair.b)}
            >
              {t('people.duplicates.mergeShort')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { flushAutosaves } from '@/lib/autosave/autosaver';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  deletePerson,
  getDb,
  listPeople,
  listPeopleForStats,
  restorePerson,
  updatePerson,
  type DeletedPerson,
} from '@/lib/db';
import type { Person } from '@/lib/model';
import { prospectLanguage } from '@/lib/people/prospectLanguage';
import { roleStatistics } from '@/lib/people/roleStats';
import { useApp } from '../app/AppContext';
import type { SectionProps } from '../prospects/sections';
import { AddPersonForm } from './AddPersonForm';
import { Coaching } from './Coaching';
import { Duplicates } from './Duplicates';
import { PeopleMap } from './PeopleMap';
import { PeopleTable } from './PeopleTable';
import { PersonEditor } from './PersonEditor';
import { RoleStatsTable } from './RoleStatsTable';
import { UndoNotice } from '../ui/UndoNotice';
import { ScanSuggestions } from './ScanSuggestions';
import './people.css';

type View = 'map' | 'list';
const VIEW_KEY = 'dealbrief:people-view';

/** The decision-maker map (Карта ЛПР): who decides, who influences, and how to reach them. */
export default function PeopleSection({ prospect }: SectionProps) {
  const { t, lang, reportError } = useApp();
  const people = useLiveQuery(() => listPeople(getDb(), prospect.id), [prospect.id]);
  // Across all prospects: the base the role suggestions learn from.
  const statRows = useLiveQuery(() => listPeopleForStats(getDb()), []);
  const stats = useMemo(() => (statRows ? roleStatistics(statRows) : []), [statRows]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [view, setViewState] = useState<View>(() =>
    sessionStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'map',
  );
  const [deleted, setDeleted] = useState<DeletedPerson | null>(null);
  // The person whose card was just closed: focus goes back to them on the map or in the list.
  const returnFocusTo = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = returnFocusTo.current;
    if (selectedId !== null || id === null) return;
    returnFocusTo.current = null;
    document
      .querySelector<HTMLElement | SVGElement>(`[data-person-id="${CSS.escape(id)}"]`)
      ?.focus();
  }, [selectedId]);
  const setView = (v: View) => {
    sessionStorage.setItem(VIEW_KEY, v);
    setViewState(v);
  };

  if (!people) return <p className="status">{t('app.loading')}</p>;
  const selected = people.find((p) => p.id === selectedId) ?? null;

  const reportTo = (personId: string, bossId: string) =>
    void updatePerson(getDb(), personId, { reportsTo: bossId }).catch(reportError);
  const remove = async (person: Person) => {
    try {
      // What was just typed into the card is saved first, so Undo brings it back too.
      await flushAutosaves(`person:${person.id}`);
      setDeleted(await deletePerson(getDb(), person.id));
      setSelectedId(null);
    } catch (error) {
      reportError(error);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await restorePerson(getDb(), deleted);
      setDeleted(null);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div className="people">
      <h2>{t('people.heading')}</h2>
      <Coaching people={people} questionLanguage={prospectLanguage(prospect, lang)} />
      <UndoNotice
        message={deleted ? t('people.deleted') : null}
        undoLabel={t('people.undo')}
        onUndo={() => void undo()}
      />
      <Duplicates people={people} onMerged={setSelectedId} />

      <section aria-labelledby="people-map-heading">
        <div className="people-viewbar">
          <h3 id="people-map-heading">
            {t('people.map.heading')}{' '}
            <span className="status">· {t('people.count', { count: people.length })}</span>
          </h3>
          <div role="group" aria-label={t('people.view.label')} className="people-viewbar__toggle">
            <button
              type="button"
              className="button button--quiet"
              aria-pressed={view === 'map'}
              onClick={() => setView('map')}
            >
              {t('people.view.map')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-pressed={view === 'list'}
              onClick={() => setView('list')}
            >
              {t('people.view.list')}
            </button>
          </div>
        </div>
        {people.length === 0 ? (
          <p className="status">{t('people.empty')}</p>
        ) : view === 'map' ? (
          <PeopleMap
            people={people}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onReportTo={reportTo}
          />
        ) : (
          <PeopleTable people={people} selectedId={selectedId} onSelect={setSelectedId} />
        )}
      </section>

      {selected ? (
        <PersonEditor
          key={selected.id}
          person={selected}
          people={people}
          stats={stats}
          onClose={() => {
            returnFocusTo.current = selected.id;
            setSelectedId(null);
          }}
          onDelete={(p) => void remove(p)}
        />
      ) : null}

      <AddPersonForm prospectId={prospect.id} onAdded={setSelectedId} />
      <ScanSuggestions prospect={prospect} people={people} onAdded={setSelectedId} />
      <RoleStatsTable stats={stats} />
    </div>
  );
}

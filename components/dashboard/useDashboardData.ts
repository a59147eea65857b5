import { useCallback, useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db';
import type { Prospect } from '@/lib/model';
import type { RoleStatPerson } from '@/lib/people/roleStats';
import { summarizeProspects, type ProspectSummary } from '@/lib/io/summaries';
import { readDetails, type LoadedRecords } from './records';
import type { ProspectSearch, SearchDoc } from './search';

export interface DashboardData {
  /** Prospects with their scores; completeness and decision makers are final once `details`. */
  rows: ProspectSummary[];
  /** Every prospect is in `rows` (the first screenful is painted before the rest is read). */
  complete: boolean;
  /** How many prospects the database holds (known before `complete`). */
  total: number;
  /** People, needs and briefs are loaded (a later step, after the table is on screen). */
  details: boolean;
  people: RoleStatPerson[];
  /** The records behind `rows` once `details` (the spreadsheet exports are built from them). */
  records: LoadedRecords | null;
  search: ProspectSearch | null;
  loading: boolean;
  error: unknown;
}

/** Enough rows for the first screen of the table, however tall the window. */
export const FIRST_SCREEN = 60;

function join(values: Iterable<string>): string {
  return [...values].join(' \n ');
}

/** Lets the browser paint what was just rendered before the next step takes the thread. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible')
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Loads the dashboard in steps, each painted before the next: the most recently updated
 * prospects (one indexed read, enough for the first screen), then every prospect, then people,
 * needs, briefs and notes for scores and role statistics, and last the search index, built in
 * small chunks while the page stays responsive. Records are read as stored: every write path
 * validated them with the model's schemas.
 */
export function useDashboardData(): DashboardData & { reload: () => void } {
  const [state, setState] = useState<DashboardData>({
    rows: [],
    complete: false,
    total: 0,
    details: false,
    people: [],
    records: null,
    search: null,
    loading: true,
    error: null,
  });
  const generation = useRef(0);
  const hasDetails = useRef(false);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    const stale = () => mine !== generation.current;
    const db = getDb();
    try {
      if (!hasDetails.current) {
        // First screen: the newest prospects, in the table's default order.
        const [first, total] = await db.transaction('r', db.prospects, () =>
          Promise.all([
            db.prospects.orderBy('updatedAt').reverse().limit(FIRST_SCREEN).toArray(),
            db.prospects.count(),
          ]),
        );
        if (stale()) return;
        setState((s) => ({
          ...s,
          rows: summarizeProspects({ prospects: first, briefs: [], needs: [], people: [] }),
          complete: first.length >= total,
          total,
          loading: false,
        }));
        await afterPaint();
        if (stale()) return;
      }
      const prospects = (await db.prospects.toArray()) as Prospect[];
      if (stale()) return;
      if (!hasDetails.current)
        setState((s) => ({
          ...s,
          rows: summarizeProspects({ prospects, briefs: [], needs: [], people: [] }),
          complete: true,
          total: prospects.length,
          loading: false,
        }));
      await yieldToUi();
      const { briefs, people, needs, notes } = await readDetails(db);
      if (stale()) return;
      const rows = summarizeProspects({ prospects, briefs, needs, people });
      hasDetails.current = true;
      setState((s) => ({
        ...s,
        rows,
        complete: true,
        total: rows.length,
        details: true,
        people,
        records: { prospects, briefs, people, needs },
        loading: false,
      }));
      // The index is built after the scores are on screen; until then search matches names.
      await afterPaint();
      if (stale()) return;
      const docs = new Map<string, { people: string[]; needs: string[] }>();
      const entry = (id: string) => {
        let d = docs.get(id);
        if (!d) docs.set(id, (d = { people: [], needs: [] }));
        return d;
      };
      for (const p of people) entry(p.prospectId).people.push(`${p.fullName} ${p.position}`);
      for (const n of needs) entry(n.prospectId).needs.push(n.statement);
      const noteOf = new Map(notes.map((n) => [n.prospectId, n.text]));
      const searchDocs: SearchDoc[] = prospects.map((p) => ({
        id: p.id,
        name: p.name,
        domains: p.domains.join(' '),
        people: join(docs.get(p.id)?.people ?? []),
        needs: join(docs.get(p.id)?.needs ?? []),
        notes: noteOf.get(p.id) ?? '',
      }));
      const { buildSearchInChunks } = await import('./search');
      const search = await buildSearchInChunks(searchDocs, { yieldEvery: 200, stale });
      if (!search || stale()) return;
      setState((s) => ({ ...s, search }));
    } catch (error) {
      if (!stale()) setState((s) => ({ ...s, loading: false, error }));
    }
  }, []);

  useEffect(() => {
    void load();
    // Another window (the panel, a second dashboard) may have changed things meanwhile.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  return { ...state, reload: () => void load() };
}

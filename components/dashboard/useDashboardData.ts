import { useCallback, useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db';
import type { Prospect } from '@/lib/model';
import type { RoleStatPerson } from '@/lib/people/roleStats';
import { summarizeProspects, type ProspectSummary } from '@/lib/io/summaries';
import { buildSearch, type ProspectSearch, type SearchDoc } from './search';

export interface DashboardData {
  /** Prospects with their scores; completeness and decision makers are final once `details`. */
  rows: ProspectSummary[];
  /** People, needs and briefs are loaded (a second step, after the table is on screen). */
  details: boolean;
  people: RoleStatPerson[];
  search: ProspectSearch | null;
  loading: boolean;
  error: unknown;
}

function join(values: Iterable<string>): string {
  return [...values].join(' \n ');
}

/**
 * Loads the dashboard in two steps: prospects alone first (the table paints from them), then
 * people, needs, briefs and notes for scores, role statistics and the search index. Records are
 * read as stored: every write path validated them with the model's schemas.
 */
export function useDashboardData(): DashboardData & { reload: () => void } {
  const [state, setState] = useState<DashboardData>({
    rows: [],
    details: false,
    people: [],
    search: null,
    loading: true,
    error: null,
  });
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    const db = getDb();
    try {
      const prospects = (await db.prospects.toArray()) as Prospect[];
      if (mine !== generation.current) return;
      setState((s) => ({
        ...s,
        rows:
          s.details && s.rows.length === prospects.length
            ? s.rows
            : summarizeProspects({ prospects, briefs: [], needs: [], people: [] }),
        loading: false,
      }));
      const [briefs, people, needs, notes] = await db.transaction(
        'r',
        db.briefs,
        db.people,
        db.needs,
        db.notes,
        () =>
          Promise.all([
            db.briefs.toArray(),
            db.people.toArray(),
            db.needs.toArray(),
            db.notes.toArray(),
          ]),
      );
      if (mine !== generation.current) return;
      const rows = summarizeProspects({ prospects, briefs, needs, people });
      setState((s) => ({ ...s, rows, details: true, people }));
      // The index is built after the scores are on screen; until then search matches names.
      await new Promise((resolve) => setTimeout(resolve, 0));
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
      const search = buildSearch(searchDocs);
      if (mine !== generation.current) return;
      setState((s) => ({ ...s, search }));
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, loading: false, error }));
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

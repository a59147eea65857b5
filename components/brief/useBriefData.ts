import { useLiveQuery } from 'dexie-react-hooks';
import { getBrief, getDb, listPeople, listNeeds } from '@/lib/db';
import type { Brief, Need, Person } from '@/lib/model';

export interface BriefData {
  /** `null` when nothing is saved yet (every field then starts empty). */
  brief: Brief | null;
  needs: Need[];
  people: Person[];
}

/** The brief, its needs and the prospect's people, live across panels and windows. */
export function useBriefData(prospectId: string): BriefData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [brief, needs, people] = await Promise.all([
      getBrief(db, prospectId),
      listNeeds(db, prospectId),
      listPeople(db, prospectId),
    ]);
    return { brief: brief ?? null, needs, people };
  }, [prospectId]);
}

// Bundled by `runPeopleBenchmarks` into a tiny bench extension, so the map renders with the real
// React and the statistics read the real IndexedDB of an extension origin. Never shipped.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '../../components/app/AppContext';
import { PeopleMap } from '../../components/people/PeopleMap';
import { getDb, listPeopleForStats } from '../../lib/db';
import { Person, Prospect, type Role } from '../../lib/model';
import { roleStatistics } from '../../lib/people/roleStats';

const POSITIONS = [
  'Генеральный директор',
  'Главный инженер',
  'гл. инженер',
  'Chief Engineer',
  'Главный механик',
  'Начальник отдела снабжения',
  'Head of Procurement',
  'Секретарь',
  'Финансовый директор',
  'Инженер-технолог',
  'Коммерческий директор',
  'Менеджер по закупкам',
];
const ROLES: Role[] = ['decision_maker', 'influencer', 'gatekeeper', 'technical_expert', 'unknown'];

function makePerson(
  prospectId: string,
  i: number,
  j: number,
  fields: Partial<Person> = {},
): Person {
  return Person.parse({
    id: `${prospectId}-p${j}`,
    prospectId,
    fullName: `Person ${i}-${j}`,
    position: POSITIONS[(i * 7 + j * 3) % POSITIONS.length],
    role: ROLES[(i + j) % ROLES.length],
    influence: 1 + ((i + j) % 5),
    attitude: 'neutral',
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  });
}

/** A 40-person buying group: a director, five heads, their teams; some influence links. */
function buyingGroup(n: number): Person[] {
  const people: Person[] = [];
  for (let j = 0; j < n; j++) {
    const reportsTo = j === 0 ? undefined : j <= 5 ? 'g-p0' : `g-p${1 + (j % 5)}`;
    people.push(
      makePerson('g', 1, j, {
        reportsTo,
        influences: j % 7 === 3 ? [`g-p${(j + 5) % n}`] : [],
      }),
    );
  }
  return people;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const api = {
  async seed(prospects: number, perProspect: number): Promise<number> {
    const db = getDb();
    await db.people.clear();
    await db.prospects.clear();
    const batch = 1000;
    for (let start = 0; start < prospects; start += batch) {
      const ps: Prospect[] = [];
      const people: Person[] = [];
      for (let i = start; i < Math.min(prospects, start + batch); i++) {
        const id = `prospect-${i}`;
        ps.push(
          Prospect.parse({ id, domains: [`c${i}.ru`], name: `C${i}`, createdAt: 1, updatedAt: 1 }),
        );
        for (let j = 0; j < perProspect; j++) people.push(makePerson(id, i, j));
      }
      await db.prospects.bulkPut(ps);
      await db.people.bulkPut(people);
    }
    return db.people.count();
  },

  /** Reading every person's position and role (the reference), then the statistics over them. */
  async stats(runs: number): Promise<{ read: number; stats: number; rows: number }> {
    const reads: number[] = [];
    const computes: number[] = [];
    let rows = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const people = await listPeopleForStats(getDb());
      const t1 = performance.now();
      const table = roleStatistics(people);
      const t2 = performance.now();
      reads.push(t1 - t0);
      computes.push(t2 - t1);
      rows = table.length;
    }
    return { read: median(reads), stats: median(computes), rows };
  },

  /** Mounting the map of `n` people into a 400 px panel, synchronously, to the committed DOM. */
  render(n: number, runs: number): { ms: number; nodes: number } {
    const people = buyingGroup(n);
    const host = document.createElement('div');
    host.style.width = '400px';
    document.body.append(host);
    const times: number[] = [];
    let nodes = 0;
    for (let r = 0; r < runs; r++) {
      const root = createRoot(host);
      const t0 = performance.now();
      flushSync(() =>
        root.render(
          <AppProvider initialSettings={{ language: 'en', repName: '' }}>
            <PeopleMap
              people={people}
              selectedId={null}
              onSelect={() => undefined}
              onReportTo={() => undefined}
            />
          </AppProvider>,
        ),
      );
      // Layout of the drawn SVG counts too: the rep sees it only after that.
      void host.getBoundingClientRect();
      times.push(performance.now() - t0);
      nodes = host.querySelectorAll('.people-node').length;
      root.unmount();
    }
    host.remove();
    return { ms: median(times), nodes };
  },
};

(globalThis as unknown as { peopleBench: typeof api }).peopleBench = api;

import type { Person } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AttitudeIcon } from './AttitudeIcon';
import { influenceDots, ROLE_COLOURS } from './roleStyle';

/** The map as a table: the same facts in words, for keyboard and screen-reader users. */
export function PeopleTable({
  people,
  selectedId,
  onSelect,
}: {
  people: readonly Person[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useApp();
  const byId = new Map(people.map((p) => [p.id, p]));
  const nameOf = (p: Person) => p.fullName || p.position || t('people.unnamed');
  return (
    <div className="people-table__wrap">
      <table className="people-table">
        <caption className="visually-hidden">{t('people.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.field.fullName')}</th>
            <th scope="col">{t('people.field.role')}</th>
            <th scope="col">{t('people.list.attitudeInfluence')}</th>
            <th scope="col">{t('people.field.reportsTo')}</th>
            <th scope="col">{t('people.field.influences')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const boss = p.reportsTo ? byId.get(p.reportsTo) : undefined;
            const influenced = p.influences
              .map((id) => byId.get(id))
              .filter((x): x is Person => x !== undefined);
            return (
              <tr key={p.id} aria-selected={p.id === selectedId}>
                <th scope="row">
                  <button
                    type="button"
                    className="button button--quiet people-table__name"
                    aria-pressed={p.id === selectedId}
                    data-person-id={p.id}
                    onClick={() => onSelect(p.id)}
                  >
                    {nameOf(p)}
                  </button>
                  {p.position && p.fullName ? (
                    <span className="people-table__position">{p.position}</span>
                  ) : null}
                </th>
                <td>
                  <span className="people-role-chip" style={{ borderColor: ROLE_COLOURS[p.role] }}>
                    {t(`people.role.${p.role}`)}
                  </span>
                  <span className="people-table__source">
                    {t(`people.roleSource.${p.roleSource}`)}
                  </span>
                </td>
                <td>
                  <AttitudeIcon attitude={p.attitude} /> {t(`people.attitude.${p.attitude}`)}
                  <br />
                  <span aria-hidden="true">{influenceDots(p.influence)}</span>
                  <span className="visually-hidden">
                    {t('people.influenceOf', { n: p.influence })}
                  </span>
                </td>
                <td>{boss ? nameOf(boss) : '—'}</td>
                <td>{influenced.length ? influenced.map(nameOf).join(', ') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

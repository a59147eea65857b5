import { useMemo } from 'react';
import { useApp } from '@/components/app/AppContext';
import { roleStatistics, type RoleStatPerson } from '@/lib/people/roleStats';
import { EmptyState } from '@/components/ui/EmptyState';

/** Which positions turned out to decide, across the filtered prospects (DOMAIN.md, "Learning from your own base"). */
export function RoleStatsView({
  people,
  prospectIds,
  details,
}: {
  people: RoleStatPerson[];
  prospectIds: Set<string>;
  details: boolean;
}) {
  const { t, lang } = useApp();
  const rows = useMemo(
    () =>
      roleStatistics(people.filter((p) => prospectIds.has(p.prospectId))).filter(
        (r) => r.decisionMakerIn > 0 || r.prospects > 1,
      ),
    [people, prospectIds],
  );
  if (!details) return <p role="status">{t('app.loading')}</p>;
  if (rows.length === 0)
    return (
      <EmptyState title={t('dashboard.roles.emptyTitle')}>{t('dashboard.roles.empty')}</EmptyState>
    );
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{t('dashboard.roles.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.roles.position')}</th>
            <th scope="col">{t('dashboard.roles.prospects')}</th>
            <th scope="col">{t('dashboard.roles.decided')}</th>
            <th scope="col">{t('dashboard.roles.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.positionKey}>
              <th scope="row">{r.label[lang]}</th>
              <td>{r.prospects}</td>
              <td>{r.decisionMakerIn}</td>
              <td>
                <span className="share">
                  <span className="share__bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(r.share * 100)}%` }} />
                  </span>
                  {Math.round(r.share * 100)}%
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

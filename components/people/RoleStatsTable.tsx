import type { RoleStatRow } from '@/lib/people/roleStats';
import { useApp } from '../app/AppContext';

/** How many rows the panel shows; the rest are rare positions that say little. */
const MAX_ROWS = 20;

/** "Who decides in your base": per position, in how many prospects it was the decision maker. */
export function RoleStatsTable({ stats }: { stats: readonly RoleStatRow[] }) {
  const { t, lang } = useApp();
  const rows = stats.filter((r) => r.prospects > 0).slice(0, MAX_ROWS);
  return (
    <details className="people-stats">
      <summary>{t('people.stats.heading')}</summary>
      <p className="field__hint">{t('people.stats.why')}</p>
      {rows.length === 0 ? (
        <p className="status">{t('people.stats.empty')}</p>
      ) : (
        <table className="people-table">
          <caption className="visually-hidden">{t('people.stats.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.field.position')}</th>
              <th scope="col">{t('people.stats.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.positionKey}>
                <th scope="row">{r.label[lang]}</th>
                <td>
                  {t('people.stats.row', {
                    percent: Math.round(r.share * 100),
                    count: r.prospects,
                    hits: r.decisionMakerIn,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

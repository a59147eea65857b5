import { useApp } from '@/components/app/AppContext';
import { SEGMENTS, STAGES } from '@/lib/model';
import { EMPTY_FILTER, type DashboardFilter } from './filters';

/** Search and filters over all prospects; everything below (table, funnel, roles) follows them. */
export function FilterBar({
  filter,
  onFilter,
  query,
  onQuery,
  owners,
  details,
  shown,
  total,
}: {
  filter: DashboardFilter;
  onFilter: (f: DashboardFilter) => void;
  query: string;
  onQuery: (q: string) => void;
  owners: string[];
  details: boolean;
  shown: number;
  total: number;
}) {
  const { t } = useApp();
  const set = <K extends keyof DashboardFilter>(key: K, value: DashboardFilter[K]) =>
    onFilter({ ...filter, [key]: value });
  const active = query !== '' || JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);
  return (
    <section className="filters" aria-label={t('dashboard.filters')}>
      <div className="filters__search">
        <label htmlFor="dashboard-search">{t('dashboard.search')}</label>
        <input
          id="dashboard-search"
          type="search"
          value={query}
          placeholder={t('dashboard.search.placeholder')}
          onChange={(e) => onQuery(e.target.value)}
        />
      </div>
      <div className="filters__row">
        <label>
          {t('dashboard.filter.stage')}
          <select
            value={filter.stage}
            onChange={(e) => set('stage', e.target.value as DashboardFilter['stage'])}
          >
            <option value="">{t('dashboard.filter.any')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.filter.owner')}
          <select
            value={filter.owner === null ? '\u0000all' : filter.owner}
            onChange={(e) => set('owner', e.target.value === '\u0000all' ? null : e.target.value)}
          >
            <option value={'\u0000all'}>{t('dashboard.filter.any')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o || t('dashboard.noOwner')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.filter.segment')}
          <select value={filter.segment} onChange={(e) => set('segment', e.target.value)}>
            <option value="">{t('dashboard.filter.any')}</option>
            {SEGMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`dashboard.segment.${s}`)}
              </option>
            ))}
            <option value="none">{t('dashboard.segment.none')}</option>
          </select>
        </label>
        <label>
          {t('dashboard.filter.updatedSince')}
          <input
            type="date"
            value={filter.updatedSince}
            onChange={(e) => set('updatedSince', e.target.value)}
          />
        </label>
        <label className="filters__check">
          <input
            type="checkbox"
            checked={filter.noDecisionMaker}
            disabled={!details}
            onChange={(e) => set('noDecisionMaker', e.target.checked)}
          />
          {t('dashboard.filter.noDecisionMaker')}
        </label>
        <label className="filters__check">
          <input
            type="checkbox"
            checked={filter.briefIncomplete}
            disabled={!details}
            onChange={(e) => set('briefIncomplete', e.target.checked)}
          />
          {t('dashboard.filter.briefIncomplete')}
        </label>
        {active && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              onFilter(EMPTY_FILTER);
              onQuery('');
            }}
          >
            {t('dashboard.filter.clear')}
          </button>
        )}
      </div>
      <p className="filters__count" role="status" aria-live="polite">
        {t('dashboard.showing', { shown, count: total })}
      </p>
    </section>
  );
}

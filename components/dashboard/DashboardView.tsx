import { useDeferredValue, useMemo, useState } from 'react';
import { useApp } from '@/components/app/AppContext';
import { EmptyState } from '@/components/ui/EmptyState';
import { Tabs } from '@/components/ui/Tabs';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import {
  applyFilter,
  compareText,
  EMPTY_FILTER,
  matchNamesAndDomains,
  sortRows,
  type DashboardFilter,
  type Sort,
} from './filters';
import { FunnelView } from './FunnelView';
import { ImportPanel } from './ImportPanel';
import { ProspectTable } from './ProspectTable';
import { RoleStatsView } from './RoleStatsView';
import type { useDashboardData } from './useDashboardData';

type Section = 'prospects' | 'funnel' | 'roles';

/** The manager's page: every prospect, filtered and searched; the funnel and roles of that set. */
export function DashboardView({
  data,
  onOpen,
}: {
  data: ReturnType<typeof useDashboardData>;
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useApp();
  const [filter, setFilter] = useState<DashboardFilter>(EMPTY_FILTER);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'updatedAt', direction: 'descending' });
  const [section, setSection] = useState<Section>('prospects');
  const deferredQuery = useDeferredValue(query);

  const matches = useMemo(() => {
    if (deferredQuery.trim() === '') return null;
    if (data.search) return data.search.search(deferredQuery);
    // Until the index is built, names and domains are searched directly.
    return matchNamesAndDomains(data.rows, deferredQuery);
  }, [deferredQuery, data.search, data.rows]);
  const filtered = useMemo(
    () => applyFilter(data.rows, filter, matches),
    [data.rows, filter, matches],
  );
  const sorted = useMemo(() => sortRows(filtered, sort, lang), [filtered, sort, lang]);
  const filteredIds = useMemo(() => filtered.map((r) => r.prospect.id), [filtered]);
  const idSet = useMemo(() => new Set(filteredIds), [filteredIds]);
  const owners = useMemo(
    () => [...new Set(data.rows.map((r) => r.prospect.owner))].sort(compareText(lang)),
    [data.rows, lang],
  );

  if (data.loading) return <p role="status">{t('app.loading')}</p>;
  if (data.error)
    return (
      <p role="alert" className="field__error">
        {t('dashboard.loadFailed')}
      </p>
    );

  return (
    <div className="dashboard">
      {data.total === 0 ? (
        <EmptyState title={t('dashboard.empty.title')}>{t('dashboard.empty.body')}</EmptyState>
      ) : (
        <>
          <FilterBar
            filter={filter}
            onFilter={setFilter}
            query={query}
            onQuery={setQuery}
            owners={owners}
            details={data.details}
            shown={data.complete ? filtered.length : data.total}
            total={data.total}
          />
          <Tabs
            items={[
              { id: 'prospects', label: t('dashboard.tab.prospects') },
              { id: 'funnel', label: t('dashboard.tab.funnel') },
              { id: 'roles', label: t('dashboard.tab.roles') },
            ]}
            selected={section}
            onSelect={(id) => setSection(id as Section)}
            label={t('dashboard.sections')}
            idPrefix="dashboard"
          >
            {section === 'prospects' &&
              (sorted.length === 0 ? (
                <EmptyState title={t('dashboard.noMatch.title')}>
                  {t('dashboard.noMatch.body')}
                </EmptyState>
              ) : (
                <ProspectTable
                  rows={sorted}
                  details={data.details}
                  sort={sort}
                  onSort={setSort}
                  onOpen={onOpen}
                />
              ))}
            {section === 'funnel' && <FunnelView rows={filtered} details={data.details} />}
            {section === 'roles' && (
              <RoleStatsView people={data.people} prospectIds={idSet} details={data.details} />
            )}
          </Tabs>
        </>
      )}
      <div className="dashboard__io">
        <ExportPanel
          filteredIds={filteredIds}
          total={data.total}
          ready={data.complete}
          records={data.records}
        />
        <ImportPanel onImported={data.reload} />
      </div>
    </div>
  );
}

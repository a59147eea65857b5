import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useApp } from '@/components/app/AppContext';
import { formatDateTime, type MessageKey } from '@/lib/i18n';
import type { ProspectSummary } from '@/lib/io/summaries';
import type { Sort, SortKey } from './filters';

const ROW_HEIGHT = 40;

const COLUMNS: Array<{ key: SortKey; label: MessageKey; className?: string }> = [
  { key: 'name', label: 'dashboard.col.name' },
  { key: 'domain', label: 'dashboard.col.domain' },
  { key: 'stage', label: 'dashboard.col.stage' },
  { key: 'owner', label: 'dashboard.col.owner' },
  { key: 'completeness', label: 'dashboard.col.completeness' },
  { key: 'decisionMaker', label: 'dashboard.col.decisionMaker' },
  { key: 'segment', label: 'dashboard.col.segment' },
  { key: 'updatedAt', label: 'dashboard.col.updated' },
];

/** Every prospect of the filtered set; only the rows in view are in the page (10,000 stay smooth). */
export function ProspectTable({
  rows,
  details,
  sort,
  onSort,
  onOpen,
}: {
  rows: ProspectSummary[];
  details: boolean;
  sort: Sort;
  onSort: (s: Sort) => void;
  onOpen: (id: string) => void;
}) {
  const { t, lang } = useApp();
  // The table's dates are short (the column stays narrow); the full date is the cell's tooltip.
  const shortDate = useMemo(
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' }),
    [lang],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="grid-scroll" ref={scroller} tabIndex={-1}>
      <table
        className="grid"
        aria-label={t('dashboard.tableLabel')}
        aria-rowcount={rows.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => {
              const sorted = sort.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sorted ? sort.direction : 'none'}
                  className={`grid__col-${c.key}`}
                  title={t(c.label)}
                >
                  <button
                    type="button"
                    className="grid__sort"
                    onClick={() =>
                      onSort({
                        key: c.key,
                        direction:
                          sorted && sort.direction === 'ascending' ? 'descending' : 'ascending',
                      })
                    }
                  >
                    {t(c.label)}
                    <span aria-hidden="true" className="grid__arrow">
                      {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="grid__spacer">
              <td colSpan={COLUMNS.length} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const r = rows[item.index]!;
            const p = r.prospect;
            return (
              <tr key={p.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td className="grid__col-name">
                  <a
                    title={p.name}
                    href={`?prospect=${encodeURIComponent(p.id)}`}
                    onClick={(e) => {
                      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      onOpen(p.id);
                    }}
                  >
                    {p.name}
                  </a>
                </td>
                <td className="grid__col-domain" title={p.domains[0]}>
                  {p.domains[0]}
                </td>
                <td title={t(`stage.${p.stage}`)}>
                  <span className={`stage-pill stage-pill--${p.stage}`}>
                    {t(`stage.${p.stage}`)}
                  </span>
                </td>
                <td title={p.owner || t('dashboard.noOwner')}>
                  {p.owner || <span className="muted">{t('dashboard.noOwner')}</span>}
                </td>
                <td>
                  {details ? (
                    <span className="completeness">
                      <span className="completeness__bar" aria-hidden="true">
                        <span style={{ width: `${r.completeness}%` }} />
                      </span>
                      {r.completeness}%
                    </span>
                  ) : (
                    <span className="muted">{t('dashboard.loadingCell')}</span>
                  )}
                </td>
                <td title={details ? t(`dashboard.dm.${r.decisionMaker}`) : undefined}>
                  {details ? (
                    <span className={`dm dm--${r.decisionMaker}`}>
                      <span aria-hidden="true">
                        {r.decisionMaker === 'confirmed'
                          ? '✔'
                          : r.decisionMaker === 'known'
                            ? '?'
                            : '—'}{' '}
                      </span>
                      {t(`dashboard.dm.${r.decisionMaker}`)}
                    </span>
                  ) : (
                    <span className="muted">{t('dashboard.loadingCell')}</span>
                  )}
                </td>
                <td title={p.segment ? t(`dashboard.segment.${p.segment}`) : undefined}>
                  {p.segment ? t(`dashboard.segment.${p.segment}`) : ''}
                </td>
                <td title={formatDateTime(lang, p.updatedAt)}>
                  <time dateTime={new Date(p.updatedAt).toISOString()}>
                    {shortDate.format(p.updatedAt)}
                  </time>
                </td>
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="grid__spacer">
              <td colSpan={COLUMNS.length} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

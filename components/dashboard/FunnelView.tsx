import { useMemo, type ReactNode } from 'react';
import { useApp } from '@/components/app/AppContext';
import type { ProspectSummary } from '@/lib/io/summaries';
import { FunnelChart } from './FunnelChart';
import { computeFunnel, FUNNEL_STAGES, funnelsByOwner, type NormCheck } from './funnel';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

function NormCard({
  title,
  norm,
  check,
  pending = false,
  children,
}: {
  title: string;
  norm: string;
  check: NormCheck;
  /** What it counts is still being read: no figure or verdict yet. */
  pending?: boolean;
  children?: ReactNode;
}) {
  const { t } = useApp();
  if (pending)
    return (
      <div className="norm">
        <h3>{title}</h3>
        <p className="norm__actual">{pct(null)}</p>
        <p>
          {t('dashboard.funnel.norm')}: {norm}
        </p>
        <p className="status">{t('dashboard.funnel.briefsLoading')}</p>
      </div>
    );
  const mark =
    check.verdict === 'within' || check.verdict === 'above'
      ? '✔'
      : check.verdict === 'below'
        ? '▼'
        : '–';
  return (
    <div className={`norm norm--${check.verdict}`}>
      <h3>{title}</h3>
      <p className="norm__actual">{pct(check.actual)}</p>
      <p>
        {t('dashboard.funnel.norm')}: {norm}
      </p>
      <p className="norm__verdict">
        <span aria-hidden="true">{mark} </span>
        {t(`dashboard.funnel.verdict.${check.verdict}`)}
      </p>
      {children}
    </div>
  );
}

/** A rep's rate in the per-rep table: the figure, the verdict for screen readers, ▼ when below. */
function NormCell({ check, pending = false }: { check: NormCheck; pending?: boolean }) {
  const { t } = useApp();
  if (pending)
    return (
      <td>
        {pct(null)} <span className="visually-hidden">{t('dashboard.funnel.briefsLoading')}</span>
      </td>
    );
  return (
    <td className={`verdict--${check.verdict}`}>
      {pct(check.actual)}{' '}
      <span className="visually-hidden">{t(`dashboard.funnel.verdict.${check.verdict}`)}</span>
      {check.verdict === 'below' && <span aria-hidden="true"> ▼</span>}
    </td>
  );
}

/**
 * Counts per stage and conversions for the filtered prospects, overall and per rep, beside the
 * norms. The brief norm needs the briefs (`details`): until they are read it waits.
 */
export function FunnelView({ rows, details }: { rows: ProspectSummary[]; details: boolean }) {
  const { t } = useApp();
  const funnel = useMemo(() => computeFunnel(rows), [rows]);
  const owners = useMemo(() => funnelsByOwner(rows), [rows]);
  return (
    <div className="funnel">
      <div className="norms">
        <NormCard
          title={t('dashboard.funnel.briefRate')}
          norm={t('dashboard.funnel.briefNorm')}
          check={funnel.brief}
          pending={!details}
        >
          {details && funnel.briefsUnfilled > 0 ? (
            <p>{t('dashboard.funnel.briefsUnfilled', { count: funnel.briefsUnfilled })}</p>
          ) : null}
        </NormCard>
        <NormCard
          title={t('dashboard.funnel.contractRate')}
          norm={t('dashboard.funnel.contractNorm')}
          check={funnel.contract}
        />
        <div className="norm">
          <h3>{t('dashboard.funnel.lost')}</h3>
          <p className="norm__actual">{funnel.lost}</p>
          <p>{t('dashboard.funnel.ofTotal', { count: funnel.total })}</p>
        </div>
      </div>
      <div className="funnel__body">
        <FunnelChart funnel={funnel} />
        <table className="table">
          <caption>{t('dashboard.funnel.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.stage')}</th>
              <th scope="col">{t('dashboard.funnel.reached')}</th>
              <th scope="col">{t('dashboard.funnel.current')}</th>
              <th scope="col">{t('dashboard.funnel.conversion')}</th>
            </tr>
          </thead>
          <tbody>
            {funnel.steps.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{t(`stage.${s.stage}`)}</th>
                <td>{s.reached}</td>
                <td>{s.current}</td>
                <td>{pct(s.conversion)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('dashboard.funnel.byOwner')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.owner')}</th>
              <th scope="col">{t('dashboard.funnel.prospects')}</th>
              {FUNNEL_STAGES.map((s) => (
                <th scope="col" key={s}>
                  {t(`stage.${s}`)}
                </th>
              ))}
              <th scope="col">{t('dashboard.funnel.briefRate')}</th>
              <th scope="col">{t('dashboard.funnel.contractRate')}</th>
            </tr>
          </thead>
          <tbody>
            {owners.map(({ owner, funnel: f }) => (
              <tr key={owner}>
                <th scope="row">{owner || t('dashboard.noOwner')}</th>
                <td>{f.total}</td>
                {f.steps.map((s) => (
                  <td key={s.stage}>{s.reached}</td>
                ))}
                <NormCell check={f.brief} pending={!details} />
                <NormCell check={f.contract} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

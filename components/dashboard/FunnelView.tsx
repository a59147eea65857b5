import { useMemo } from 'react';
import { useApp } from '@/components/app/AppContext';
import type { Prospect } from '@/lib/model';
import { FunnelChart } from './FunnelChart';
import { computeFunnel, FUNNEL_STAGES, funnelsByOwner, type NormCheck } from './funnel';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

function NormCard({ title, norm, check }: { title: string; norm: string; check: NormCheck }) {
  const { t } = useApp();
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
    </div>
  );
}

/** Counts per stage and conversions for the filtered prospects, overall and per rep, beside the norms. */
export function FunnelView({ prospects }: { prospects: Prospect[] }) {
  const { t } = useApp();
  const funnel = useMemo(() => computeFunnel(prospects), [prospects]);
  const owners = useMemo(() => funnelsByOwner(prospects), [prospects]);
  return (
    <div className="funnel">
      <div className="norms">
        <NormCard
          title={t('dashboard.funnel.briefRate')}
          norm={t('dashboard.funnel.briefNorm')}
          check={funnel.brief}
        />
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
                <td className={`verdict--${f.brief.verdict}`}>
                  {pct(f.brief.actual)}{' '}
                  <span className="visually-hidden">
                    {t(`dashboard.funnel.verdict.${f.brief.verdict}`)}
                  </span>
                  {f.brief.verdict === 'below' && <span aria-hidden="true"> ▼</span>}
                </td>
                <td className={`verdict--${f.contract.verdict}`}>
                  {pct(f.contract.actual)}{' '}
                  <span className="visually-hidden">
                    {t(`dashboard.funnel.verdict.${f.contract.verdict}`)}
                  </span>
                  {f.contract.verdict === 'below' && <span aria-hidden="true"> ▼</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

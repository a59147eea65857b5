import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { briefOverview } from '@/lib/brief/briefOverview';
import { getBrief, getDb, getProspect, listPeople, listNeeds } from '@/lib/db';
import { formatDateTime } from '@/lib/i18n';
import type { Evidence, TextEntry } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { formatMeetingDate } from './EvidenceLine';
import { LostReasonDetails } from './LostReasonDetails';
import './print.css';

/**
 * The needs brief on one printed page (the browser's print-to-PDF gives a clean page). Every
 * value is rendered as text: page quotes are data, never markup.
 */
export function BriefPrint({ prospectId }: { prospectId: string }) {
  const { t, lang } = useApp();
  const data = useLiveQuery(async () => {
    if (!prospectId) return null;
    const db = getDb();
    const [prospect, brief, needs, people] = await Promise.all([
      getProspect(db, prospectId),
      getBrief(db, prospectId),
      listNeeds(db, prospectId),
      listPeople(db, prospectId),
    ]);
    return prospect ? { prospect, brief, needs, people } : null;
  }, [prospectId]);

  useEffect(() => {
    if (data) document.title = t('brief.printView.title', { name: data.prospect.name });
  }, [data, t]);

  if (data === undefined) return <p className="status">{t('app.loading')}</p>;
  if (data === null)
    return (
      <main className="print-page">
        <p>{prospectId ? t('brief.printView.notFound') : t('brief.printView.noProspect')}</p>
      </main>
    );

  const { prospect, brief, needs, people } = data;
  const heard = needs.filter((n) => n.statement.trim() !== '');
  // A supplier card whose every field was cleared says nothing: it is not printed at all.
  const suppliers = (brief?.suppliers ?? []).filter((s) =>
    [s.name, s.likes, s.dislikes].some((text) => text.trim() !== ''),
  );
  const { completeness } = briefOverview({ prospect, brief, needs, people });
  const personName = (id?: string) => people.find((p) => p.id === id)?.fullName;
  const none = <p className="print-none">{t('brief.printView.none')}</p>;
  const entries = (list: readonly TextEntry[] | undefined) => {
    const filled = (list ?? []).filter((e) => e.text.trim() !== '');
    return filled.length === 0 ? (
      none
    ) : (
      <ul>
        {filled.map((e) => (
          <li key={e.id}>
            {e.text}
            <Source evidence={e.evidence} />
          </li>
        ))}
      </ul>
    );
  };

  return (
    <main className="print-page">
      <header className="print-header">
        <h1>{t('brief.printView.title', { name: prospect.name })}</h1>
        <p className="print-meta">
          <span>
            {t('brief.printView.domains')}: {prospect.domains.join(', ')}
          </span>
          <span>
            {t('prospect.stage')}: {t(`stage.${prospect.stage}`)}
          </span>
          {prospect.owner ? (
            <span>
              {t('brief.printView.owner')}: {prospect.owner}
            </span>
          ) : null}
          <span>{t('brief.completeness.percent', { percent: completeness.percent })}</span>
          <span>{t('brief.printView.printed', { date: formatDateTime(lang, Date.now()) })}</span>
        </p>
        <button type="button" className="button print-button" onClick={() => window.print()}>
          {t('brief.printView.print')}
        </button>
      </header>

      <div className="print-columns">
        <Part title={t('brief.situation')}>{entries(brief?.situation)}</Part>
        <Part title={t('brief.suppliers')}>
          {suppliers.length === 0 ? (
            none
          ) : (
            <ul>
              {suppliers.map((s) => (
                <li key={s.id}>
                  <strong>{s.name.trim() || t('brief.supplier.unnamed')}</strong>
                  {s.likes.trim() ? (
                    <div>
                      + {t('brief.supplier.likes')}: {s.likes}
                    </div>
                  ) : null}
                  {s.dislikes.trim() ? (
                    <div>
                      − {t('brief.supplier.dislikes')}: {s.dislikes}
                    </div>
                  ) : null}
                  <Source evidence={s.evidence} />
                </li>
              ))}
            </ul>
          )}
        </Part>
        <Part title={t('brief.plans')}>{entries(brief?.plans)}</Part>
        <Part title={t('brief.trends')}>{entries(brief?.trends)}</Part>
        <Part title={t('brief.printView.people')}>
          {people.length === 0 ? (
            none
          ) : (
            <ul>
              {people.map((p) => (
                <li key={p.id}>
                  <strong>{p.fullName}</strong>
                  {p.position ? `, ${p.position}` : ''} – {t(`brief.role.${p.role}`)}
                </li>
              ))}
            </ul>
          )}
        </Part>
        <Part title={t('brief.decisionCriteria')}>{entries(brief?.decisionCriteria)}</Part>
        <Part title={t('brief.budget')}>{brief?.budget.trim() ? <p>{brief.budget}</p> : none}</Part>
        <Part title={t('brief.timing')}>{brief?.timing.trim() ? <p>{brief.timing}</p> : none}</Part>
        <Part title={t('brief.decisionProcess')}>{entries(brief?.decisionProcess)}</Part>
        <Part title={t('brief.competitorsConsidered')}>
          {entries(brief?.competitorsConsidered)}
        </Part>
        <Part title={t('brief.objections')}>
          {(brief?.objections ?? []).filter((o) => o.text.trim()).length === 0 ? (
            none
          ) : (
            <ul>
              {brief!.objections
                .filter((o) => o.text.trim())
                .map((o) => (
                  <li key={o.id}>
                    {t('text.quoted', { text: o.text })}
                    {o.answer.trim() ? (
                      <div>
                        → {t('brief.objection.answer')}: {o.answer}
                      </div>
                    ) : null}
                  </li>
                ))}
            </ul>
          )}
        </Part>
      </div>

      <Part title={t('brief.needs')} wide>
        {heard.length === 0 ? (
          none
        ) : (
          <table className="print-needs">
            <thead>
              <tr>
                <th scope="col">{t('brief.need.statement')}</th>
                <th scope="col">{t('brief.need.category')}</th>
                <th scope="col">{t('brief.need.spin')}</th>
                <th scope="col">{t('brief.need.priority')}</th>
                <th scope="col">{t('brief.need.voicedBy')}</th>
                <th scope="col">{t('brief.need.answered')}</th>
              </tr>
            </thead>
            <tbody>
              {heard.map((n) => (
                <tr key={n.id}>
                  <td>
                    {n.statement}
                    <Source evidence={n.evidence} />
                  </td>
                  <td>{t(`brief.concept.${n.category}`)}</td>
                  <td>{t(`brief.spin.${n.spin}`)}</td>
                  <td>{t(`brief.priority.${n.priority}`)}</td>
                  <td>{personName(n.voicedBy) ?? t('brief.printView.none')}</td>
                  <td>{n.status === 'answered' ? '✓' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Part>

      <Part title={t('brief.stage.history')} wide>
        <ol className="print-history">
          {prospect.stageHistory.map((c, i) => (
            <li key={`${c.at}-${i}`}>
              {t(`stage.${c.stage}`)} – {formatDateTime(lang, c.at)}
              {c.by ? ` – ${c.by}` : ''}
              {c.lostReason ? (
                <LostReasonDetails reason={c.lostReason} className="print-reason" />
              ) : null}
              {c.note ? <p>{c.note}</p> : null}
            </li>
          ))}
        </ol>
      </Part>
    </main>
  );
}

function Part({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? 'print-part print-part--wide' : 'print-part'}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** The evidence in a few words: the page's address or the meeting date. */
function Source({ evidence }: { evidence?: Evidence }) {
  const { t, lang } = useApp();
  if (!evidence) return null;
  if (evidence.kind === 'meeting' && evidence.meetingDate)
    return (
      <span className="print-source">
        {t('brief.evidence.meeting', { date: formatMeetingDate(lang, evidence.meetingDate) })}
      </span>
    );
  if (evidence.kind === 'page' && evidence.url)
    return (
      <span className="print-source">
        {t('brief.evidence.page')}: {evidence.url}
      </span>
    );
  return null;
}

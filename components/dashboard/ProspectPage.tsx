import { useEffect, useState } from 'react';
import { useApp } from '@/components/app/AppContext';
import { EmptyState } from '@/components/ui/EmptyState';
import { getDb, readBundleData } from '@/lib/db';
import { formatDateTime, type MessageKey, type Translate } from '@/lib/i18n';
import { exportFileName } from '@/lib/io/fileName';
import {
  BRIEF_LIST_SECTIONS,
  entryTexts,
  portraitLines,
  prospectDocument,
  type ProspectDocument,
} from '@/lib/io/prospectDocument';
import { draftText } from '@/lib/io/tables';
import type { UspDraft } from '@/lib/model';
import { MIME, saveFile } from './download';
import { runExport } from './exporter';

const CONTACT_KEY = 'dealbrief:offerContact';

const lbl = (t: Translate, key: string, fallback: string) => {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
};

function Section({
  title,
  children,
  empty,
}: {
  title: string;
  children: React.ReactNode;
  empty: boolean;
}) {
  const { t } = useApp();
  return (
    <section className="doc__section">
      <h2>{title}</h2>
      {empty ? <p className="muted">{t('dashboard.prospect.nothing')}</p> : children}
    </section>
  );
}

function OfferButton({ doc, draft }: { doc: ProspectDocument; draft: UspDraft }) {
  const { t, settings } = useApp();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [contact, setContact] = useState(() => localStorage.getItem(CONTACT_KEY) ?? '');
  const id = `offer-contact-${draft.id}`;
  const make = async () => {
    setBusy(true);
    setFailed(false);
    try {
      localStorage.setItem(CONTACT_KEY, contact);
      // The document writer is large; it loads only when an offer is asked for.
      const { offerDocx } = await import('@/lib/io/docx');
      // The client's document: in the draft's language, not the rep's UI language.
      const bytes = await offerDocx({
        prospect: doc.prospect,
        draft,
        rep: { name: settings.repName || doc.prospect.owner, contact },
        date: Date.now(),
      });
      saveFile(
        bytes,
        exportFileName({ kind: 'prospect', name: doc.prospect.name }, 'docx', Date.now(), 'offer'),
        MIME.docx,
      );
    } catch (error) {
      // No file came: the rep must hear it, not wait for a download that never starts.
      console.error(error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="offer no-print">
      <label htmlFor={id}>{t('dashboard.offer.contact')}</label>
      <textarea
        id={id}
        rows={2}
        value={contact}
        placeholder={t('dashboard.offer.contact.placeholder')}
        onChange={(e) => setContact(e.target.value)}
      />
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-busy={busy || undefined}
        onClick={() => void make()}
      >
        {t('dashboard.offer.docx')}
      </button>
      {failed ? (
        <p className="field__error" role="alert">
          {t('dashboard.offer.failed')}
        </p>
      ) : null}
    </div>
  );
}

/** One prospect on a full page: portrait, people, brief, needs, drafts, notes and quotes; printable. */
export function ProspectPage({ prospectId, onBack }: { prospectId: string; onBack: () => void }) {
  const { t, lang, settings } = useApp();
  const [doc, setDoc] = useState<ProspectDocument | null | undefined>(undefined);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let live = true;
    void readBundleData(getDb(), { prospectIds: [prospectId] })
      .then((data) => live && setDoc(prospectDocument(data, prospectId) ?? null))
      .catch(() => live && setDoc(null));
    return () => {
      live = false;
    };
  }, [prospectId]);

  useEffect(() => {
    if (doc) document.title = `${doc.prospect.name} — DealBrief`;
  }, [doc]);

  const back = (
    <button type="button" className="button button--quiet no-print" onClick={onBack}>
      ← {t('dashboard.prospect.back')}
    </button>
  );
  if (doc === undefined) return <p role="status">{t('app.loading')}</p>;
  if (doc === null)
    return (
      <EmptyState title={t('dashboard.prospect.notFound')} action={back}>
        {t('dashboard.prospect.notFoundBody')}
      </EmptyState>
    );

  const p = doc.prospect;
  const exportOne = async (format: 'markdown' | 'json') => {
    setExporting(true);
    try {
      await runExport({
        format,
        scope: { kind: 'prospect', name: p.name },
        prospectIds: [p.id],
        delimiter: ',',
        repName: settings.repName,
        t,
        lang,
        onProgress: () => undefined,
      });
    } finally {
      setExporting(false);
    }
  };
  const portrait = portraitLines(doc, t, lang);
  const brief = doc.brief;
  return (
    <article className="doc">
      <div className="doc__actions no-print">
        {back}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('dashboard.prospect.print')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={exporting}
          aria-busy={exporting || undefined}
          onClick={() => void exportOne('markdown')}
        >
          {t('dashboard.prospect.markdown')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={exporting}
          aria-busy={exporting || undefined}
          onClick={() => void exportOne('json')}
        >
          {t('dashboard.prospect.json')}
        </button>
      </div>
      <header className="doc__header">
        <h1>{p.name}</h1>
        <dl className="doc__meta">
          <dt>{t('dashboard.col.domain')}</dt>
          <dd>{p.domains.join(', ')}</dd>
          <dt>{t('dashboard.col.stage')}</dt>
          <dd>{t(`stage.${p.stage}`)}</dd>
          <dt>{t('dashboard.col.owner')}</dt>
          <dd>{p.owner || t('dashboard.noOwner')}</dd>
          {p.segment && (
            <>
              <dt>{t('dashboard.col.segment')}</dt>
              <dd>{t(`dashboard.segment.${p.segment}`)}</dd>
            </>
          )}
          <dt>{t('dashboard.col.updated')}</dt>
          <dd>{formatDateTime(lang, p.updatedAt)}</dd>
        </dl>
        {p.lostReason && (
          <p>
            <strong>{t('export.md.lost')}:</strong> {p.lostReason.why}
          </p>
        )}
      </header>
      <Section title={t('export.md.portrait')} empty={portrait.length === 0}>
        <dl className="doc__fields">
          {portrait.map((line) => (
            <div key={line.key}>
              <dt>{line.label}</dt>
              <dd>{line.values.join('; ')}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={t('export.md.people')} empty={doc.people.length === 0}>
        <ul className="doc__people">
          {doc.people.map((person) => (
            <li key={person.id}>
              <strong>{person.fullName}</strong>
              {person.position && `, ${person.position}`}
              {person.department && `, ${person.department}`} —{' '}
              {lbl(t, `dashboard.role.${person.role}`, person.role)}
              {person.role === 'decision_maker' &&
                ` (${t(`dashboard.roleSource.${person.roleSource}`)})`}
              {person.contacts.length > 0 && (
                <div className="muted">{person.contacts.map((c) => c.value).join('; ')}</div>
              )}
              {person.notes && <p className="doc__text">{person.notes}</p>}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('dashboard.prospect.brief')} empty={!brief}>
        {brief && (
          <>
            {BRIEF_LIST_SECTIONS.map((key) => {
              const texts = entryTexts(brief[key]);
              return texts.length === 0 ? null : (
                <div key={key}>
                  <h3>{t(`export.md.brief.${key}`)}</h3>
                  <ul>
                    {texts.map((text, i) => (
                      <li key={i} className="doc__text">
                        {text}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
            {brief.suppliers.length > 0 && (
              <div>
                <h3>{t('export.md.brief.suppliers')}</h3>
                <ul>
                  {brief.suppliers.map((s) => (
                    <li key={s.id}>
                      <strong>{s.name}</strong>
                      {s.likes && (
                        <div>
                          {t('export.md.likes')}: {s.likes}
                        </div>
                      )}
                      {s.dislikes && (
                        <div>
                          {t('export.md.dislikes')}: {s.dislikes}
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {brief.budget && (
              <p>
                <strong>{t('export.md.brief.budget')}:</strong> {brief.budget}
              </p>
            )}
            {brief.timing && (
              <p>
                <strong>{t('export.md.brief.timing')}:</strong> {brief.timing}
              </p>
            )}
            {brief.objections.length > 0 && (
              <div>
                <h3>{t('export.md.brief.objections')}</h3>
                <ul>
                  {brief.objections.map((o) => (
                    <li key={o.id}>
                      {o.text}
                      {o.answer && <div>→ {o.answer}</div>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </Section>
      <Section title={t('export.md.needs')} empty={doc.needs.length === 0}>
        <ul>
          {doc.needs.map((n) => (
            <li key={n.id} className="doc__text">
              {n.statement}{' '}
              <span className="muted">
                ({t(`dashboard.spin.${n.spin}`)},{' '}
                {lbl(t, `brief.concept.${n.category}`, n.category)})
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('export.md.drafts')} empty={doc.drafts.length === 0}>
        {doc.drafts.map((d) => (
          <div key={d.id} className="doc__draft">
            <p className="doc__text">{draftText(d)}</p>
            <OfferButton doc={doc} draft={d} />
          </div>
        ))}
      </Section>
      <Section title={t('export.md.notes')} empty={!doc.note?.text.trim()}>
        <p className="doc__text">{doc.note?.text}</p>
      </Section>
      <Section title={t('export.md.clips')} empty={doc.clips.length === 0}>
        <ul>
          {doc.clips.map((c) => (
            <li key={c.id}>
              <blockquote className="doc__text">{c.quote}</blockquote>
              <span className="muted">
                {c.pageTitle || c.url} · {formatDateTime(lang, c.capturedAt)}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

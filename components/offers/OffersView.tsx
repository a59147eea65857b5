import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import {
  createOfferProfile,
  deleteOfferProfile,
  ensureExampleProfile,
  getDb,
  importOfferProfiles,
  listOfferProfiles,
  restoreOfferProfile,
} from '@/lib/db';
import type { OfferProfile } from '@/lib/model';
import {
  exportFileName,
  exportProfiles,
  fileSizeProblem,
  parseProfilesFile,
  type ImportProblem,
} from '@/lib/offers/io';
import { useApp } from '../app/AppContext';
import { downloadText } from './download';
import { exampleFlag } from './exampleFlag';
import { importProblemText } from './importMessage';
import { ProfileEditor } from './ProfileEditor';
import './offers.css';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Creates the shipped example profile the first time offer profiles are used. */
export function useExampleProfile(): void {
  const { lang, reportError } = useApp();
  useEffect(() => {
    void ensureExampleProfile(getDb(), lang, exampleFlag).catch(reportError);
  }, [lang, reportError]);
}

/**
 * The offer profiles: what we sell. A list with new / import / export / delete, and the editor
 * of the one opened. `onBack` returns to the draft when shown inside the panel.
 */
export function OffersView({
  onBack,
  initialProfileId,
}: {
  onBack?: () => void;
  initialProfileId?: string;
}) {
  const { t, lang, reportError } = useApp();
  useExampleProfile();
  const profiles = useLiveQuery(() => listOfferProfiles(getDb()), []);
  const [open, setOpen] = useState<string | null>(initialProfileId ?? null);
  const [deleted, setDeleted] = useState<OfferProfile | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const create = async () => {
    try {
      const profile = await createOfferProfile(getDb(), { name: '', language: lang });
      setOpen(profile.id);
    } catch (error) {
      reportError(error);
    }
  };
  const remove = async (profile: OfferProfile) => {
    try {
      await deleteOfferProfile(getDb(), profile.id);
      setDeleted(profile);
      setNotice(null);
    } catch (error) {
      reportError(error);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await restoreOfferProfile(getDb(), deleted);
      setDeleted(null);
    } catch (error) {
      reportError(error);
    }
  };
  const exportSome = (list: readonly OfferProfile[]) => {
    const now = Date.now();
    downloadText(exportFileName(list, now), exportProfiles(list, now));
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setDeleted(null);
    const refuse = (problem: ImportProblem) =>
      setNotice({
        kind: 'error',
        text: t('offers.import.refused', {
          file: file.name,
          reason: importProblemText(t, problem),
        }),
      });
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) return refuse(tooLarge);
    try {
      const text = await file.text().catch(() => null);
      if (text === null) return refuse({ kind: 'unreadable' });
      const result = parseProfilesFile(text);
      if (!result.ok) return refuse(result.problem);
      const summary = await importOfferProfiles(getDb(), result.profiles);
      setNotice({
        kind: 'ok',
        text:
          t('offers.import.done', { count: summary.added }) +
          (summary.copies > 0 ? ` ${t('offers.import.copies', { count: summary.copies })}` : ''),
      });
    } catch (error) {
      reportError(error);
    }
  };

  if (open) return <ProfileEditor profileId={open} onBack={() => setOpen(null)} />;

  return (
    <section className="offers" aria-labelledby="offers-heading">
      {onBack ? (
        <div className="offers__head">
          <button type="button" className="button button--quiet" onClick={onBack}>
            ← {t('offers.backToDraft')}
          </button>
          <a
            className="offers__tab-link"
            href={browser.runtime.getURL('/offers.html')}
            target="_blank"
            rel="noopener"
          >
            {t('offers.openInTab')}
          </a>
        </div>
      ) : null}
      <h2 id="offers-heading">{t('offers.heading')}</h2>
      <p className="field__hint">{t('offers.intro')}</p>
      <div role="status" aria-live="polite">
        {deleted ? (
          <p className="notice">
            {t('offers.deleted', { name: deleted.name.trim() || t('offers.untitled') })}{' '}
            <button type="button" className="button button--quiet" onClick={() => void undo()}>
              {t('offers.editor.undo')}
            </button>
          </p>
        ) : null}
        {notice?.kind === 'ok' ? <p className="notice">{notice.text}</p> : null}
      </div>
      {notice?.kind === 'error' ? (
        <p className="notice notice--error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {notice.text}
        </p>
      ) : null}
      {profiles === undefined ? <p className="status">{t('app.loading')}</p> : null}
      {profiles && profiles.length === 0 ? <p className="status">{t('offers.empty')}</p> : null}
      {profiles && profiles.length > 0 ? (
        <ul className="offer-list" aria-label={t('offers.heading')}>
          {profiles.map((p) => {
            const name = p.name.trim() || t('offers.untitled');
            return (
              <li key={p.id} className="offer-list__item">
                <button
                  type="button"
                  className="offer-list__open"
                  title={t('offers.open', { name })}
                  onClick={() => setOpen(p.id)}
                >
                  <span className="offer-list__name">{name}</span>
                  <span className="status">
                    {t('offers.propertyCount', { count: p.properties.length })}
                    {p.example ? ` · ${t('offers.exampleBadge')}` : ''}
                  </span>
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('offers.exportOne', { name })}
                  onClick={() => exportSome([p])}
                >
                  {t('offers.export')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  aria-label={t('offers.delete', { name })}
                  title={t('offers.delete', { name })}
                  onClick={() => void remove(p)}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="offers__actions">
        <button type="button" className="button" onClick={() => void create()}>
          + {t('offers.new')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => fileRef.current?.click()}
        >
          {t('offers.import')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('offers.import')}
          onChange={(e) => void importFile(e)}
        />
        {profiles && profiles.length > 1 ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => exportSome(profiles)}
          >
            {t('offers.exportAll')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

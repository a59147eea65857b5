import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  composeFromSources,
  defaultDraftLanguage,
  draftableNeeds,
  generateDraft,
  getDb,
  getDraft,
  linksFor,
  listNeeds,
  listOfferProfiles,
  loadDraftSources,
  updateProspect,
  type LinkDecision,
} from '@/lib/db';
import type { Language, Prospect } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { useExampleProfile } from '../offers/OffersView';
import { DraftEditor } from './DraftEditor';
import { MatchItem } from './MatchItem';

/** The draft of one prospect: which offer we sell, the pains and their answers, and the text. */
export function DraftView({
  prospect,
  onEditOffers,
}: {
  prospect: Prospect;
  onEditOffers: (profileId?: string) => void;
}) {
  const { t, lang, reportError } = useApp();
  useExampleProfile();
  const db = getDb();
  const profiles = useLiveQuery(() => listOfferProfiles(db), [db]);
  const draft = useLiveQuery(async () => (await getDraft(db, prospect.id)) ?? null, [prospect.id]);
  const needs = useLiveQuery(
    async () => draftableNeeds(await listNeeds(db, prospect.id)),
    [prospect.id],
  );
  const offerId = prospect.offerProfileId ?? draft?.offerProfileId;
  const sources = useLiveQuery(
    async () => (offerId ? ((await loadDraftSources(db, prospect.id, offerId)) ?? null) : null),
    [prospect.id, offerId],
  );
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const [busy, setBusy] = useState(false);
  // The draft's own language, or the one the rep chose before the first draft; else the default
  // of a first draft (the profile's, else the needs', else the UI's), as generateDraft picks it.
  const explicit = draft?.language ?? chosenLanguage ?? prospect.language;
  const language = explicit ?? defaultDraftLanguage(sources?.offer, needs ?? [], lang);

  // What the draft would be now: the matches with their reasons, and whether the brief or the
  // profile changed since the stored lines were generated.
  const links = useMemo(() => (draft && offerId ? linksFor(draft, offerId) : []), [draft, offerId]);
  const current = useMemo(
    () => (sources && draft ? composeFromSources(sources, links, draft.language) : null),
    [sources, draft, links],
  );
  const stale =
    current !== null &&
    draft !== null &&
    draft !== undefined &&
    draft.offerProfileId === offerId &&
    JSON.stringify(current.lines) !== JSON.stringify(draft.lines);

  const generate = async (options: {
    offerProfileId?: string;
    language?: Language;
    decision?: LinkDecision;
    snapshot?: boolean;
  }) => {
    setBusy(true);
    try {
      await generateDraft(db, prospect.id, {
        ...(offerId ? { offerProfileId: offerId } : {}),
        ...(explicit ? { language: explicit } : {}),
        fallbackLanguage: lang,
        ...options,
      });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  const chooseOffer = async (id: string) => {
    if (!id) return;
    if (draft) await generate({ offerProfileId: id, snapshot: true });
    else await updateProspect(db, prospect.id, { offerProfileId: id }).catch(reportError);
  };
  const chooseLanguage = (value: string) => {
    const next: Language = value === 'ru' ? 'ru' : 'en';
    setChosenLanguage(next);
    if (draft) void generate({ language: next });
  };

  if (profiles === undefined || draft === undefined || needs === undefined)
    return <p className="status">{t('app.loading')}</p>;

  const offerGone = offerId !== undefined && sources === null;
  const answered = current?.matches.filter((m) => !m.gap).length ?? 0;
  const gaps = current?.matches.filter((m) => m.gap).length ?? 0;
  const canGenerate = offerId !== undefined && !offerGone && needs.length > 0;

  return (
    <section className="usp" aria-labelledby="usp-heading">
      <h2 id="usp-heading">{t('usp.heading')}</h2>
      <div className="usp-setup">
        <div className="field usp-setup__offer">
          <label htmlFor="usp-offer">{t('usp.offer.label')}</label>
          <div className="usp-row">
            <select
              id="usp-offer"
              value={offerGone ? '' : (offerId ?? '')}
              onChange={(e) => void chooseOffer(e.target.value)}
              disabled={busy || profiles.length === 0}
            >
              <option value="" disabled>
                {t('usp.offer.choose')}
              </option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name.trim() || t('offers.untitled')}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onEditOffers(offerGone ? undefined : offerId)}
            >
              {t('usp.offer.edit')}
            </button>
          </div>
          {profiles.length === 0 ? (
            <p className="field__hint">{t('usp.offer.none')}</p>
          ) : offerGone ? (
            <p className="field__error" role="alert">
              {t('usp.offer.gone')}
            </p>
          ) : null}
        </div>
        <div className="field usp-setup__lang">
          <label htmlFor="usp-language">{t('usp.language.label')}</label>
          <select
            id="usp-language"
            value={language}
            onChange={(e) => chooseLanguage(e.target.value)}
            disabled={busy}
          >
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>

      <p className="status">
        {needs.length === 0 ? t('usp.needs.none') : t('usp.needs.count', { count: needs.length })}
      </p>
      <div className="usp-row">
        <button
          type="button"
          className="button"
          disabled={busy || !canGenerate}
          aria-busy={busy || undefined}
          aria-describedby={!canGenerate ? 'usp-generate-why' : undefined}
          onClick={() => void generate({ snapshot: true })}
        >
          {draft ? t('usp.regenerate') : t('usp.generate')}
        </button>
        {!canGenerate ? (
          <span id="usp-generate-why" className="field__hint">
            {offerId === undefined || offerGone
              ? t('usp.generate.needOffer')
              : t('usp.generate.needNeeds')}
          </span>
        ) : null}
      </div>
      {stale ? (
        <p className="notice" role="status">
          {t('usp.stale')}
        </p>
      ) : null}

      {draft && current && sources ? (
        <>
          <section aria-labelledby="usp-matches-heading" className="usp-matches">
            <h3 id="usp-matches-heading">{t('usp.matches.heading')}</h3>
            <p className="status">
              {t('usp.matches.summary', { answered, total: current.matches.length })}
              {gaps > 0 ? ` · ${t('usp.matches.gaps', { count: gaps })}` : ''}
            </p>
            <ul className="matches" aria-label={t('usp.matches.heading')}>
              {current.matches.map((m) => {
                const need = sources.needs.find((n) => n.id === m.needId);
                if (!need) return null;
                return (
                  <MatchItem
                    key={m.needId}
                    need={need}
                    match={m}
                    properties={sources.offer.properties}
                    hasDecision={links.some(
                      (l) => l.needId === m.needId && l.status !== 'suggested',
                    )}
                    onDecide={(decision) => void generate({ decision })}
                  />
                );
              })}
            </ul>
          </section>
          <DraftEditor draft={draft} />
        </>
      ) : null}
    </section>
  );
}

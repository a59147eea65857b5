import { useMemo } from 'react';
import { changePortrait } from '@/lib/db/portraits';
import { getDb } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import type { Portrait, Prospect } from '@/lib/model';
import { fieldLabel } from '@/lib/portrait/labels';
import { scannedPages } from '@/lib/portrait/scans';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  collectSuggestions,
  dismissSuggestions,
  heldBackIds,
  pendingSuggestions,
  rivalSuggestions,
  type Suggestion,
} from '@/lib/portrait/suggestions';
import { CORE_FIELDS } from '@/lib/portrait/templates';
import { valueText } from '@/lib/portrait/values';
import { useApp } from '../app/AppContext';
import { safeHref } from '../prospects/ClipsList';
import { readableQuote } from '../ui/quote';
import { useScan, type ScanState } from './useScan';

function ScanMessage({
  state,
  onAllow,
}: {
  state: ScanState;
  onAllow: (url: string, host?: string) => void;
}) {
  const { t } = useApp();
  if (state.status === 'scanning') return <p className="status">{t('portrait.scan.scanning')}</p>;
  if (state.status === 'done')
    return (
      <p className="notice">
        {state.found > 0
          ? t('portrait.scan.done', { count: state.found, page: state.title || state.url })
          : t('portrait.scan.nothing', { page: state.title || state.url })}
      </p>
    );
  if (state.status !== 'problem') return null;
  const host = state.host ?? '';
  const body = t(`portrait.scan.problem.${state.problem}` as MessageKey, { host });
  return (
    <div className="notice notice--problem">
      <p>{body}</p>
      {state.problem === 'no_access' && state.url ? (
        <button type="button" className="button" onClick={() => onAllow(state.url!, state.host)}>
          {t('portrait.scan.allow', { host })}
        </button>
      ) : null}
    </div>
  );
}

function SuggestionItem({
  suggestion,
  current,
  onAccept,
  onDismiss,
}: {
  suggestion: Suggestion;
  /** For a rival: what the field holds now (accepting replaces it). */
  current?: string;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const { t } = useApp();
  const field = CORE_FIELDS.find((f) => f.key === suggestion.field)!;
  const label = fieldLabel(t, field);
  const replacing = current !== undefined;
  const first = suggestion.sources[0];
  const href = first ? safeHref(first.url) : undefined;
  const pages = new Set(suggestion.sources.map((s) => s.url)).size;
  return (
    <li className="suggestion">
      <div className="suggestion__head">
        <span className="suggestion__field">{label}</span>
        <span className="suggestion__value">{suggestion.value}</span>
        {suggestion.note ? <span className="status"> · {suggestion.note}</span> : null}
      </div>
      {replacing ? (
        <p className="status">{t('portrait.rivals.current', { value: current })}</p>
      ) : null}
      {first?.snippet ? (
        <q className="suggestion__snippet">{readableQuote(first.snippet, suggestion.value)}</q>
      ) : null}
      <div className="suggestion__meta">
        {first ? (
          href ? (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {first.pageTitle || first.url}
            </a>
          ) : (
            <span>{first.pageTitle || first.url}</span>
          )
        ) : null}
        {pages > 1 ? (
          <span className="status">
            {' '}
            {t('portrait.suggestions.morePages', { count: pages - 1 })}
          </span>
        ) : null}
        <span className="suggestion__actions">
          <button
            type="button"
            className="button"
            aria-label={
              replacing
                ? t('portrait.rivals.replaceOne', { field: label, value: suggestion.value })
                : t('portrait.suggestions.acceptOne', { field: label, value: suggestion.value })
            }
            onClick={onAccept}
          >
            {replacing ? t('portrait.rivals.replace') : t('portrait.suggestions.accept')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('portrait.suggestions.dismissOne', {
              field: label,
              value: suggestion.value,
            })}
            onClick={onDismiss}
          >
            {t('portrait.suggestions.dismiss')}
          </button>
        </span>
      </div>
    </li>
  );
}

/** "Scan page" and what it found, waiting for the rep to accept or dismiss. */
export function ScanBox({
  prospect,
  portrait,
}: {
  prospect: Prospect;
  portrait: Portrait | null | undefined;
}) {
  const { t, reportError } = useApp();
  const { state, scan, allowAndScan } = useScan(prospect, reportError);
  const pages = useMemo(() => scannedPages(portrait ?? undefined), [portrait]);
  const all = useMemo(
    () => collectSuggestions(pages, { fax: t('portrait.fax'), ext: t('portrait.ext') }),
    [pages, t],
  );
  const pending = useMemo(() => pendingSuggestions(all, portrait ?? undefined), [all, portrait]);
  const rivals = useMemo(() => rivalSuggestions(all, portrait ?? undefined), [all, portrait]);
  const idsHeldBack = heldBackIds(all, portrait ?? undefined).length > 0;

  const change = (fn: (p: Portrait) => Portrait) =>
    void changePortrait(getDb(), prospect.id, fn).catch(reportError);
  // Judged against the portrait as stored when the change runs, not as last rendered.
  const accept = (s: Suggestion) => change((p) => acceptSuggestion(p, s, Date.now()));
  const acceptAll = () => change((p) => acceptAllSuggestions(p, all, Date.now()));
  const dismiss = (ids: string[]) => change((p) => dismissSuggestions(p, ids, Date.now()));
  const currentText = (s: Suggestion) =>
    (portrait?.fields[s.field] ?? []).map((v) => valueText(v.value)).join(', ');

  return (
    <section className="portrait-scan" aria-labelledby="portrait-scan-heading">
      <h2 id="portrait-scan-heading">{t('portrait.scan.heading')}</h2>
      <p className="field__hint">{t('portrait.scan.hint')}</p>
      <button
        type="button"
        className="button"
        disabled={state.status === 'scanning'}
        aria-busy={state.status === 'scanning' || undefined}
        onClick={() => void scan()}
      >
        {t('portrait.scan.button')}
      </button>
      <div role="status" aria-live="polite">
        <ScanMessage state={state} onAllow={allowAndScan} />
      </div>
      {pages.length > 0 ? (
        <p className="status">{t('portrait.scan.pages', { count: pages.length })}</p>
      ) : null}
      {pending.length > 0 ? (
        <section aria-labelledby="portrait-suggestions-heading">
          <div className="suggestions__bar">
            <h3 id="portrait-suggestions-heading">
              {t('portrait.suggestions.heading', { count: pending.length })}
            </h3>
            <button type="button" className="button" onClick={acceptAll}>
              {t('portrait.suggestions.acceptAll')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => dismiss(pending.map((s) => s.id))}
            >
              {t('portrait.suggestions.dismissAll')}
            </button>
          </div>
          {idsHeldBack ? <p className="field__hint">{t('portrait.suggestions.idsHeld')}</p> : null}
          <ul className="suggestions" aria-label={t('portrait.suggestions.list')}>
            {pending.map((s) => (
              <SuggestionItem
                key={s.id}
                suggestion={s}
                onAccept={() => accept(s)}
                onDismiss={() => dismiss([s.id])}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {rivals.length > 0 ? (
        <section aria-labelledby="portrait-rivals-heading">
          <h3 id="portrait-rivals-heading">
            {t('portrait.rivals.heading', { count: rivals.length })}
          </h3>
          <p className="field__hint">{t('portrait.rivals.hint')}</p>
          <ul className="suggestions" aria-label={t('portrait.rivals.list')}>
            {rivals.map((s) => (
              <SuggestionItem
                key={s.id}
                suggestion={s}
                current={currentText(s)}
                onAccept={() => accept(s)}
                onDismiss={() => dismiss([s.id])}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {pending.length === 0 && rivals.length === 0 && pages.length > 0 ? (
        <p className="status">{t('portrait.suggestions.none')}</p>
      ) : null}
    </section>
  );
}

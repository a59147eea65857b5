import { useId, useState, type FocusEvent } from 'react';
import { formatDateTime } from '@/lib/i18n';
import type { Evidence } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { safeHref } from '../prospects/ClipsList';
import { readableQuote } from '../ui/quote';

/**
 * Where a value came from, on hover or keyboard focus (a disclosure: the button says whether it
 * is open, Escape closes it, a click keeps it open so the link inside can be reached).
 */
export function EvidenceInfo({ evidence, what }: { evidence: Evidence; what: string }) {
  const { t, lang } = useApp();
  const id = useId();
  const [hover, setHover] = useState(false);
  const [pinned, setPinned] = useState(false);
  const open = hover || pinned;
  const href = evidence.url ? safeHref(evidence.url) : undefined;
  const onBlur = (e: FocusEvent<HTMLSpanElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
      setHover(false);
      setPinned(false);
    }
  };
  return (
    <span
      className="evidence"
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onBlur={onBlur}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setHover(false);
          setPinned(false);
        }
      }}
    >
      <button
        type="button"
        className="button button--quiet button--icon evidence__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('portrait.evidence.show', { what })}
        onFocus={() => setHover(true)}
        onClick={() => setPinned((p) => !p)}
      >
        <svg
          className="evidence__icon"
          width="16"
          height="16"
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="8" cy="8" r="6.5" />
          <path d="M8 7.2v4.3" />
          <circle cx="8" cy="4.8" r="0.5" className="evidence__icon-dot" />
        </svg>
      </button>
      <span id={id} className="evidence__panel" hidden={!open}>
        {evidence.quote ? (
          <q className="evidence__quote">{readableQuote(evidence.quote, what)}</q>
        ) : null}
        <span className="evidence__meta">
          {href ? (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {evidence.pageTitle || evidence.url}
            </a>
          ) : evidence.kind === 'manual' ? (
            t('portrait.evidence.manual')
          ) : (
            (evidence.pageTitle ?? evidence.url ?? '')
          )}
          <span>
            {' · '}
            {t('portrait.evidence.at', { time: formatDateTime(lang, evidence.capturedAt) })}
          </span>
        </span>
      </span>
    </span>
  );
}

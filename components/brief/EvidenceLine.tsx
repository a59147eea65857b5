import { formatDateTime } from '@/lib/i18n';
import type { Evidence } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { safeHref } from '../prospects/ClipsList';

/**
 * Where a brief value came from: the page (link + quote, when the rep has reworded it) or the
 * meeting it was said in. Page text is shown as text; only http(s) addresses become links.
 */
export function EvidenceLine({ evidence, text }: { evidence?: Evidence; text?: string }) {
  const { t, lang } = useApp();
  if (!evidence) return null;
  if (evidence.kind === 'meeting' && evidence.meetingDate) {
    return (
      <p className="brief-evidence">
        {t('brief.evidence.meeting', { date: formatMeetingDate(lang, evidence.meetingDate) })}
      </p>
    );
  }
  if (evidence.kind !== 'page' || !evidence.url) return null;
  const href = safeHref(evidence.url);
  const name = evidence.pageTitle || evidence.url;
  const reworded = evidence.quote && evidence.quote.trim() !== (text ?? '').trim();
  return (
    <div className="brief-evidence">
      {reworded ? (
        <blockquote className="brief-evidence__quote" cite={href}>
          {evidence.quote}
        </blockquote>
      ) : null}
      <span>
        {t('brief.evidence.page')}:{' '}
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {name}
          </a>
        ) : (
          <span>{name}</span>
        )}{' '}
        · {t('brief.evidence.capturedAt', { time: formatDateTime(lang, evidence.capturedAt) })}
      </span>
    </div>
  );
}

/** A meeting day (YYYY-MM-DD) in the reader's language; anything else is shown as typed. */
export function formatMeetingDate(lang: string, day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

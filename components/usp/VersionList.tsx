import { formatDateTime } from '@/lib/i18n';
import type { UspDraft } from '@/lib/model';
import { useApp } from '../app/AppContext';

/** Saved versions of the draft, newest first, each with its time and a way back to it. */
export function VersionList({
  versions,
  onRestore,
}: {
  versions: UspDraft['versions'];
  onRestore: (at: number) => void;
}) {
  const { t, lang } = useApp();
  if (versions.length === 0) return null;
  const newestFirst = [...versions].reverse();
  return (
    <details className="usp-versions">
      <summary>{t('usp.versions.heading', { count: versions.length })}</summary>
      <ol className="usp-versions__list" aria-label={t('usp.versions.list')}>
        {newestFirst.map((v) => {
          const time = formatDateTime(lang, v.at);
          const first = v.text.split('\n').find((l) => l.trim()) ?? '';
          return (
            <li key={v.at} className="usp-versions__item">
              <span className="usp-versions__time">{time}</span>
              <span className="usp-versions__preview">{first}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('usp.versions.restoreAt', { time })}
                onClick={() => onRestore(v.at)}
              >
                {t('usp.versions.restore')}
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

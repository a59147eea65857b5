import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteClip, listClips, restoreClip } from '@/lib/db/clips';
import { getDb } from '@/lib/db/database';
import { formatDateTime } from '@/lib/i18n';
import type { Clip } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { UndoNotice } from '../ui/UndoNotice';

/** Only web addresses become links; anything else captured from a page stays text. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** Quotes captured from the company's pages, newest first, each with its source. */
export function ClipsList({ prospectId }: { prospectId: string }) {
  const { t, lang, reportError } = useApp();
  const clips = useLiveQuery(() => listClips(getDb(), prospectId), [prospectId]);
  const [deleted, setDeleted] = useState<Clip | null>(null);

  const remove = async (clip: Clip) => {
    try {
      await deleteClip(getDb(), clip.id);
      setDeleted(clip);
    } catch (error) {
      reportError(error);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await restoreClip(getDb(), deleted);
      setDeleted(null);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <section aria-labelledby="clips-heading">
      <h2 id="clips-heading">
        {t('clips.heading')}
        {clips && clips.length > 0 ? (
          <span className="status"> · {t('clips.count', { count: clips.length })}</span>
        ) : null}
      </h2>
      <UndoNotice
        message={deleted ? t('clips.deleted') : null}
        undoLabel={t('clips.undo')}
        onUndo={() => void undo()}
      />
      {clips && clips.length === 0 ? <p className="status">{t('clips.empty')}</p> : null}
      <ul className="clips" aria-label={t('clips.heading')}>
        {clips?.map((clip) => {
          const href = safeHref(clip.url);
          return (
            <li key={clip.id} className="clip">
              <blockquote cite={href}>{clip.quote}</blockquote>
              <div className="clip__meta">
                {href ? (
                  <a
                    href={href}
                    target="_blank"
                    rel="noreferrer noopener"
                    title={t('clips.source')}
                  >
                    {clip.pageTitle || clip.url}
                  </a>
                ) : (
                  <span>{clip.pageTitle || clip.url}</span>
                )}
                <span>
                  {t('clips.capturedAt', { time: formatDateTime(lang, clip.capturedAt) })}
                </span>
                <button
                  type="button"
                  className="button button--danger"
                  aria-label={t('clips.delete')}
                  title={t('clips.delete')}
                  onClick={() => void remove(clip)}
                >
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

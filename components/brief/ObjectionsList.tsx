import { upsertObjection } from '@/lib/brief/briefEdits';
import { getDb, updateBrief } from '@/lib/db';
import type { Brief, Objection } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { EvidenceLine } from './EvidenceLine';
import { UndoNotice } from '../ui/UndoNotice';
import { useBriefRows } from './useBriefRows';

/** Objections heard, each with the answer we give (it goes into the offer). */
export function ObjectionsList({
  prospectId,
  brief,
}: {
  prospectId: string;
  brief: Brief | null | undefined;
}) {
  const { t } = useApp();
  const {
    items: objections,
    openDrafts,
    rowKey,
    isOpenedDraft,
    addDraft,
    removeRow,
    undo,
    canUndo,
  } = useBriefRows(prospectId, brief, 'objections');
  const rows: Array<{ objection: Objection; isDraft: boolean }> = [
    ...objections.map((objection) => ({ objection, isDraft: false })),
    ...openDrafts.map((id) => ({ objection: { id, text: '', answer: '' }, isDraft: true })),
  ];

  const save = (id: string, field: 'text' | 'answer') => async (text: string, at: number) =>
    void (await updateBrief(
      getDb(),
      prospectId,
      (b) => upsertObjection(b, id, { [field]: text }),
      at,
    ));

  const stored = (isDraft: boolean, text: string) =>
    brief === undefined ? undefined : isDraft ? null : { text, at: brief?.updatedAt ?? 0 };

  return (
    <section className="brief-block" aria-labelledby="brief-objections-heading">
      <h3 id="brief-objections-heading">{t('brief.objections')}</h3>
      <ul className="brief-cards" aria-label={t('brief.objections')}>
        {rows.map(({ objection: o, isDraft }, i) => (
          <li key={o.id} className="brief-card">
            {(['text', 'answer'] as const).map((field) => (
              <AutosavedField
                key={field}
                id={`brief-objection-${o.id}-${field}`}
                docKey={`${rowKey(o.id)}:${field}`}
                label={t(`brief.objection.${field}`) + (i > 0 ? ` (${i + 1})` : '')}
                stored={stored(isDraft, o[field])}
                save={save(o.id, field)}
                placeholder={field === 'text' ? t('brief.objection.text.placeholder') : undefined}
                autoFocus={field === 'text' && isDraft && isOpenedDraft(o.id)}
              />
            ))}
            <div className="brief-entry__foot">
              <EvidenceLine evidence={o.evidence} text={o.text} />
              {isDraft && objections.length === 0 ? null : (
                <button
                  type="button"
                  className="button button--danger"
                  aria-label={t('brief.objection.remove')}
                  title={t('brief.objection.remove')}
                  onClick={() => void removeRow(o.id)}
                >
                  ✕
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <UndoNotice
        message={canUndo ? t('brief.removed') : null}
        undoLabel={t('brief.undo')}
        onUndo={() => void undo()}
        className="brief-undo"
      />
      {objections.length > 0 ? (
        <button type="button" className="button button--quiet brief-add" onClick={addDraft}>
          + {t('brief.objection.add')}
        </button>
      ) : null}
    </section>
  );
}

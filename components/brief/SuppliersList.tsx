import { upsertSupplier } from '@/lib/brief/briefEdits';
import { getDb, updateBrief } from '@/lib/db';
import type { Brief, Supplier } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { EvidenceLine } from './EvidenceLine';
import { UndoNotice } from '../ui/UndoNotice';
import { useBriefRows } from './useBriefRows';

type SupplierField = 'name' | 'likes' | 'dislikes';

/** Where they buy what we sell now, from whom, and what they like and dislike about it. */
export function SuppliersList({
  prospectId,
  brief,
}: {
  prospectId: string;
  brief: Brief | null | undefined;
}) {
  const { t } = useApp();
  const {
    items: suppliers,
    openDrafts,
    rowKey,
    isOpenedDraft,
    addDraft,
    removeRow,
    undo,
    canUndo,
  } = useBriefRows(prospectId, brief, 'suppliers');
  const rows: Array<{ supplier: Supplier; isDraft: boolean }> = [
    ...suppliers.map((supplier) => ({ supplier, isDraft: false })),
    ...openDrafts.map((id) => ({
      supplier: { id, name: '', likes: '', dislikes: '' },
      isDraft: true,
    })),
  ];

  const save = (id: string, field: SupplierField) => async (text: string, at: number) =>
    void (await updateBrief(
      getDb(),
      prospectId,
      (b) => upsertSupplier(b, id, { [field]: text }),
      at,
    ));

  const stored = (isDraft: boolean, text: string) =>
    brief === undefined ? undefined : isDraft ? null : { text, at: brief?.updatedAt ?? 0 };

  return (
    <section className="brief-block" aria-labelledby="brief-suppliers-heading">
      <h3 id="brief-suppliers-heading">{t('brief.suppliers')}</h3>
      <p className="brief-hint">{t('brief.suppliers.hint')}</p>
      <ul className="brief-cards" aria-label={t('brief.suppliers')}>
        {rows.map(({ supplier: s, isDraft }, i) => (
          <li key={s.id} className="brief-card">
            {(['name', 'likes', 'dislikes'] as const).map((field) => (
              <AutosavedField
                key={field}
                id={`brief-supplier-${s.id}-${field}`}
                docKey={`${rowKey(s.id)}:${field}`}
                label={t(`brief.supplier.${field}`) + (i > 0 ? ` (${i + 1})` : '')}
                stored={stored(isDraft, s[field])}
                save={save(s.id, field)}
                multiline={field !== 'name'}
                placeholder={field === 'name' ? t('brief.supplier.name.placeholder') : undefined}
                autoFocus={field === 'name' && isDraft && isOpenedDraft(s.id)}
              />
            ))}
            <div className="brief-entry__foot">
              <EvidenceLine evidence={s.evidence} text={s.name} />
              {isDraft && suppliers.length === 0 ? null : (
                <button
                  type="button"
                  className="button button--danger"
                  aria-label={t('brief.supplier.remove', {
                    name: s.name || t('brief.supplier.unnamed'),
                  })}
                  title={t('brief.supplier.remove', {
                    name: s.name || t('brief.supplier.unnamed'),
                  })}
                  onClick={() => void removeRow(s.id)}
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
      {suppliers.length > 0 ? (
        <button type="button" className="button button--quiet brief-add" onClick={addDraft}>
          + {t('brief.supplier.add')}
        </button>
      ) : null}
    </section>
  );
}

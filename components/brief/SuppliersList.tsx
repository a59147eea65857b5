import { useState } from 'react';
import { removeSupplier, upsertSupplier } from '@/lib/brief/briefEdits';
import { restoreAt } from '@/lib/brief/restoreAt';
import { getDb, updateBrief } from '@/lib/db';
import { newId, type Brief, type Supplier } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { EvidenceLine } from './EvidenceLine';
import { UndoNotice } from './UndoNotice';
import { useRemoveWithUndo } from './useRemoveWithUndo';

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
  const [drafts, setDrafts] = useState<string[]>(() => [newId()]);
  const { remove, undo, canUndo } = useRemoveWithUndo();
  const suppliers = brief?.suppliers ?? [];
  const saved = new Set(suppliers.map((s) => s.id));
  const openDrafts = drafts.filter((id, i) => !saved.has(id) && (suppliers.length === 0 || i > 0));
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

  const removeRow = (id: string) => {
    const index = suppliers.findIndex((s) => s.id === id);
    const supplier = suppliers[index];
    if (!supplier) {
      setDrafts((d) => d.filter((x) => x !== id));
      return;
    }
    void remove(
      () => updateBrief(getDb(), prospectId, (b) => removeSupplier(b, id)),
      () =>
        updateBrief(getDb(), prospectId, (b) => ({
          ...b,
          suppliers: restoreAt(b.suppliers, supplier, index),
        })),
    );
  };

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
                docKey={
                  isDraft
                    ? `brief:${prospectId}:supplier:draft:${drafts.indexOf(s.id)}:${field}`
                    : `brief:${prospectId}:supplier:${s.id}:${field}`
                }
                label={t(`brief.supplier.${field}`) + (i > 0 ? ` (${i + 1})` : '')}
                stored={stored(isDraft, s[field])}
                save={save(s.id, field)}
                multiline={field !== 'name'}
                placeholder={field === 'name' ? t('brief.supplier.name.placeholder') : undefined}
                autoFocus={field === 'name' && isDraft && drafts.indexOf(s.id) > 0}
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
                  onClick={() => removeRow(s.id)}
                >
                  ✕
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <UndoNotice visible={canUndo} onUndo={() => void undo()} />
      {suppliers.length > 0 ? (
        <button
          type="button"
          className="button button--quiet brief-add"
          onClick={() => setDrafts((d) => [...d, newId()])}
        >
          + {t('brief.supplier.add')}
        </button>
      ) : null}
    </section>
  );
}

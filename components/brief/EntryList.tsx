import { mergeField } from '@/lib/autosave/merge3';
import { getDb, updateBrief } from '@/lib/db';
import { setEntryText, type EntrySection } from '@/lib/brief/briefEdits';
import type { MessageKey } from '@/lib/i18n';
import type { Brief } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { EvidenceLine } from './EvidenceLine';
import { UndoNotice } from '../ui/UndoNotice';
import { useBriefRows } from './useBriefRows';

/**
 * A brief section kept as a list of entries (each may come from a page, with its evidence). An
 * empty section shows one empty field; "Add" opens another. An entry exists once typed into, so
 * the brief never fills up with blank rows.
 */
export function EntryList({
  prospectId,
  brief,
  section,
  label,
  placeholder,
}: {
  prospectId: string;
  brief: Brief | null | undefined;
  section: EntrySection;
  label: MessageKey;
  placeholder: MessageKey;
}) {
  const { t } = useApp();
  const {
    items: entries,
    openDrafts,
    rowKey,
    isOpenedDraft,
    addDraft,
    removeRow,
    undo,
    canUndo,
  } = useBriefRows(prospectId, brief, section);
  const rows = [
    ...entries.map((e) => ({ id: e.id, text: e.text, evidence: e.evidence, isDraft: false })),
    ...openDrafts.map((id) => ({ id, text: '', evidence: undefined, isDraft: true })),
  ];
  const title = t(label);
  const headingId = `brief-${section}-heading`;

  // Merged with a change another window saved meanwhile, so neither is lost.
  const save = (id: string) => async (text: string, at: number, base: string) => {
    const marker = t('autosave.conflictMarker');
    const next = await updateBrief(
      getDb(),
      prospectId,
      (b) =>
        setEntryText(
          b,
          section,
          id,
          mergeField(b[section].find((e) => e.id === id)?.text ?? base, base, text, marker),
        ),
      at,
    );
    return next[section].find((e) => e.id === id)?.text ?? text;
  };

  return (
    <section className="brief-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {rows.map((row, i) => (
        <div key={row.id} className="brief-entry">
          <AutosavedField
            id={`brief-${section}-${row.id}`}
            docKey={rowKey(row.id)}
            label={i === 0 ? title : t('brief.entry.nth', { section: title, n: i + 1 })}
            labelHidden
            stored={
              brief === undefined
                ? undefined
                : row.isDraft
                  ? null
                  : { text: row.text, at: brief?.updatedAt ?? 0 }
            }
            save={save(row.id)}
            placeholder={t(placeholder)}
            autoFocus={row.isDraft && isOpenedDraft(row.id)}
          />
          <div className="brief-entry__foot">
            <EvidenceLine evidence={row.evidence} text={row.text} />
            {row.isDraft && entries.length === 0 ? null : (
              <button
                type="button"
                className="button button--danger"
                aria-label={t('brief.entry.remove', { section: title })}
                title={t('brief.entry.remove', { section: title })}
                onClick={() => void removeRow(row.id)}
              >
                ✕
              </button>
            )}
          </div>
        </div>
      ))}
      <UndoNotice
        message={canUndo ? t('brief.removed') : null}
        undoLabel={t('brief.undo')}
        onUndo={() => void undo()}
        className="brief-undo"
      />
      {entries.length > 0 ? (
        <button type="button" className="button button--quiet brief-add" onClick={addDraft}>
          + {t('brief.entry.add', { section: title })}
        </button>
      ) : null}
    </section>
  );
}

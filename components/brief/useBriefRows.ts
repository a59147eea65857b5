import { useState } from 'react';
import { flushAutosaves } from '@/lib/autosave/autosaver';
import { removeItem, type BriefListSection } from '@/lib/brief/briefEdits';
import { restoreAt } from '@/lib/brief/restoreAt';
import { getDb, updateBrief } from '@/lib/db';
import { newId, type Brief } from '@/lib/model';
import { useRemoveWithUndo } from './useRemoveWithUndo';

/** How the write-ahead keys have always named these sections' rows (so pending ones are found). */
const KEY_PART: Partial<Record<BriefListSection, string>> = {
  suppliers: 'supplier',
  objections: 'objection',
};

/**
 * The rows of a list section of the brief: its saved records, then open drafts. An empty section
 * shows one draft; "Add" opens another. A record exists once typed into, so the brief never fills
 * up with blank rows. Removing a record can be undone (it goes back to its place).
 */
export function useBriefRows<S extends BriefListSection>(
  prospectId: string,
  brief: Brief | null | undefined,
  section: S,
) {
  type Item = Brief[S][number];
  const [drafts, setDrafts] = useState<string[]>(() => [newId()]);
  /** Drafts that were saved and then removed: they do not come back as drafts. */
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const { remove, undo, canUndo } = useRemoveWithUndo();
  const items = (brief?.[section] ?? []) as Item[];
  const saved = new Set(items.map((e) => e.id));
  // A draft shows until it is saved; with saved records, only drafts opened by "Add" remain.
  const openDrafts = drafts.filter(
    (id, i) => !saved.has(id) && !removed.has(id) && (items.length === 0 || i > 0),
  );

  /**
   * A row's autosave key; its fields' keys are below it (`…:name`). A draft's key is its place,
   * not its random id, so text typed into it just before the panel closed is found again by the
   * next panel's draft.
   */
  const rowKey = (id: string) =>
    `brief:${prospectId}:${KEY_PART[section] ?? section}:${saved.has(id) ? id : `draft:${drafts.indexOf(id)}`}`;

  const removeRow = async (id: string) => {
    if (!saved.has(id)) {
      setDrafts((d) => d.filter((x) => x !== id));
      return;
    }
    // What was typed into the row a moment ago is saved first (a later save would put the row
    // back), and Undo restores the row as stored then, not as last rendered.
    await flushAutosaves(rowKey(id));
    // A row that began as a draft must not come back as one with its old text and id: the
    // empty section's field starts afresh under a new id, an added row is gone.
    setRemoved((r) => new Set(r).add(id));
    setDrafts((d) => (d[0] === id ? [newId(), ...d.slice(1)] : d));
    const taken: { item?: Item; index?: number } = {};
    await remove(
      () =>
        updateBrief(getDb(), prospectId, (b) => {
          const list = b[section] as Item[];
          taken.index = list.findIndex((e) => e.id === id);
          taken.item = list[taken.index];
          return removeItem(b, section, id);
        }),
      () =>
        updateBrief(getDb(), prospectId, (b) =>
          taken.item
            ? { ...b, [section]: restoreAt(b[section] as Item[], taken.item, taken.index!) }
            : b,
        ),
    );
  };

  return {
    items,
    openDrafts,
    rowKey,
    isOpenedDraft: (id: string) => drafts.indexOf(id) > 0,
    addDraft: () => setDrafts((d) => [...d, newId()]),
    removeRow,
    undo,
    canUndo,
  };
}

import { useState } from 'react';
import { removeItem, type BriefListSection } from '@/lib/brief/briefEdits';
import { restoreAt } from '@/lib/brief/restoreAt';
import { getDb, updateBrief } from '@/lib/db';
import { newId, type Brief } from '@/lib/model';
import { useRemoveWithUndo } from './useRemoveWithUndo';

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
  const { remove, undo, canUndo } = useRemoveWithUndo();
  const items = (brief?.[section] ?? []) as Item[];
  const saved = new Set(items.map((e) => e.id));
  // A draft shows until it is saved; with saved records, only drafts opened by "Add" remain.
  const openDrafts = drafts.filter((id, i) => !saved.has(id) && (items.length === 0 || i > 0));

  const removeRow = (id: string) => {
    const index = items.findIndex((e) => e.id === id);
    const item = items[index];
    if (!item) {
      setDrafts((d) => d.filter((x) => x !== id));
      return;
    }
    void remove(
      () => updateBrief(getDb(), prospectId, (b) => removeItem(b, section, id)),
      () =>
        updateBrief(getDb(), prospectId, (b) => ({
          ...b,
          [section]: restoreAt(b[section] as Item[], item, index),
        })),
    );
  };

  return {
    items,
    openDrafts,
    /** A draft's write-ahead key is its place, not its random id, so it survives a reopen. */
    draftKey: (id: string) => `draft:${drafts.indexOf(id)}`,
    isOpenedDraft: (id: string) => drafts.indexOf(id) > 0,
    addDraft: () => setDrafts((d) => [...d, newId()]),
    removeRow,
    undo,
    canUndo,
  };
}

import { useCallback, useState } from 'react';
import { useApp } from '../app/AppContext';

/**
 * Removal that can be taken back: `remove` runs the deletion and remembers how to undo it; the
 * caller shows an Undo button while `canUndo`. Nothing the rep typed is lost to a slip.
 */
export function useRemoveWithUndo() {
  const { reportError } = useApp();
  const [undoer, setUndoer] = useState<(() => Promise<unknown>) | null>(null);
  const remove = useCallback(
    async (run: () => Promise<unknown>, undo: () => Promise<unknown>) => {
      try {
        await run();
        setUndoer(() => undo);
      } catch (error) {
        reportError(error);
      }
    },
    [reportError],
  );
  const undo = useCallback(async () => {
    if (!undoer) return;
    try {
      await undoer();
      setUndoer(null);
    } catch (error) {
      reportError(error);
    }
  }, [undoer, reportError]);
  return { remove, undo, canUndo: undoer !== null };
}

import { FOCUS_AFTER_REMOVE } from './focusRescue';

/**
 * "Removed. Undo" – announced politely, shown only after a removal (`message` set). Its button
 * is where focus goes when the removed item held it (components/ui/focusRescue.ts), so a slip
 * is taken back with one key.
 */
export function UndoNotice({
  message,
  undoLabel,
  onUndo,
  className,
}: {
  message: string | null;
  undoLabel: string;
  onUndo: () => void;
  className?: string;
}) {
  return (
    <div role="status" aria-live="polite">
      {message !== null ? (
        <p className={className ? `notice ${className}` : 'notice'}>
          {message}{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={onUndo}
            {...{ [FOCUS_AFTER_REMOVE]: '' }}
          >
            {undoLabel}
          </button>
        </p>
      ) : null}
    </div>
  );
}

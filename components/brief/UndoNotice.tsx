import { useApp } from '../app/AppContext';

/** "Removed. Undo" – announced politely, shown only after a removal. */
export function UndoNotice({ visible, onUndo }: { visible: boolean; onUndo: () => void }) {
  const { t } = useApp();
  return (
    <div role="status" aria-live="polite">
      {visible ? (
        <p className="notice brief-undo">
          {t('brief.removed')}{' '}
          <button type="button" className="button button--quiet" onClick={onUndo}>
            {t('brief.undo')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

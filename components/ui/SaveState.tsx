import type { AutosaveState } from '@/lib/autosave/autosaver';
import { useApp } from '../app/AppContext';

/** A quiet, polite status line: "Saving…", "Saved", or news from another window. */
export function SaveState({
  state,
  changedElsewhere,
  conflict,
}: {
  state: AutosaveState;
  changedElsewhere?: boolean;
  /** Both this window and another changed the same lines; both versions were kept. */
  conflict?: boolean;
}) {
  const { t } = useApp();
  const text = conflict
    ? t('autosave.conflict')
    : changedElsewhere
      ? t('notes.changedElsewhere')
      : state === 'pending' || state === 'saving'
        ? t('notes.saving')
        : state === 'saved'
          ? t('notes.saved')
          : '';
  return (
    <p className="save-state" role="status" aria-live="polite">
      {text}
    </p>
  );
}

import type { AutosaveState } from '@/lib/autosave/autosaver';
import { useApp } from '../app/AppContext';

/** A quiet, polite status line: "Saving…", "Saved", or news from another window. */
export function SaveState({
  state,
  changedElsewhere,
}: {
  state: AutosaveState;
  changedElsewhere?: boolean;
}) {
  const { t } = useApp();
  const text = changedElsewhere
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

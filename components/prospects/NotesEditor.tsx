import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import { getNote, saveNote } from '@/lib/db/notes';
import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';
import { SaveState } from '../ui/SaveState';

/** The prospect's free notes: autosaved as the rep types, live across panels and windows. */
export function NotesEditor({ prospectId }: { prospectId: string }) {
  const { t, reportError } = useApp();
  const note = useLiveQuery(async () => {
    const found = await getNote(getDb(), prospectId);
    return found ? { text: found.text, at: found.updatedAt } : null;
  }, [prospectId]);
  const { value, onChange, state, changedElsewhere, conflict } = useAutosavedText(
    `notes:${prospectId}`,
    note,
    async (text, at, base) =>
      (
        await saveNote(getDb(), prospectId, text, at, {
          base,
          conflictMarker: t('autosave.conflictMarker'),
        })
      ).text,
    reportError,
  );

  return (
    <section className="field" aria-labelledby="notes-label">
      <h2 id="notes-label">
        <label htmlFor="prospect-notes">{t('notes.label')}</label>
      </h2>
      <textarea
        id="prospect-notes"
        value={value ?? ''}
        disabled={value === null}
        placeholder={t('notes.placeholder')}
        onChange={(e) => onChange(e.target.value)}
        rows={8}
        spellCheck
      />
      <SaveState state={state} changedElsewhere={changedElsewhere} conflict={conflict} />
    </section>
  );
}

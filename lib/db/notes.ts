import { merge3 } from '../autosave/merge3';
import { Note } from '../model';
import type { DealBriefDb } from './database';

/** What an edit started from, to merge with a save made meanwhile in another window. */
export interface EditBase {
  base: string;
  /** The line put between two versions of the same lines (localised by the caller). */
  conflictMarker: string;
}

export async function getNote(db: DealBriefDb, prospectId: string): Promise<Note | undefined> {
  const found = await db.notes.get(prospectId);
  return found ? Note.parse(found) : undefined;
}

/**
 * Saves the notes and touches the prospect, so "last update" reflects the rep's work. With
 * `edit`, a save made meanwhile by another window (the stored text is no longer the edit's base)
 * is merged in the same transaction instead of being overwritten; the returned note holds what
 * was actually stored.
 */
export async function saveNote(
  db: DealBriefDb,
  prospectId: string,
  text: string,
  now = Date.now(),
  edit?: EditBase,
): Promise<Note> {
  return db.transaction('rw', db.notes, db.prospects, async () => {
    const current = await db.notes.get(prospectId);
    if (current && current.text === text) return Note.parse(current);
    const final =
      current && edit && current.text !== edit.base
        ? merge3(edit.base, text, current.text, edit.conflictMarker).text
        : text;
    const note = Note.parse({ prospectId, text: final, updatedAt: now });
    await db.notes.put(note);
    await db.prospects.update(prospectId, { updatedAt: now });
    return note;
  });
}

import { Note } from '../model';
import type { DealBriefDb } from './database';

export async function getNote(db: DealBriefDb, prospectId: string): Promise<Note | undefined> {
  const found = await db.notes.get(prospectId);
  return found ? Note.parse(found) : undefined;
}

/** Saves the notes and touches the prospect, so "last update" reflects the rep's work. */
export async function saveNote(
  db: DealBriefDb,
  prospectId: string,
  text: string,
  now = Date.now(),
): Promise<Note> {
  const note = Note.parse({ prospectId, text, updatedAt: now });
  await db.transaction('rw', db.notes, db.prospects, async () => {
    const current = await db.notes.get(prospectId);
    if (current && current.text === text) return;
    await db.notes.put(note);
    await db.prospects.update(prospectId, { updatedAt: now });
  });
  return note;
}

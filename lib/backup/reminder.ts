/**
 * When to remind the rep to save a backup (a JSON bundle from the dashboard): the data lives
 * only in this browser profile, and months of research must not depend on it alone.
 */
export interface BackupState {
  /** When a full JSON bundle was last exported; null: never. */
  lastExportAt: number | null;
  /** "Remind me later" pushes the reminder to this time. */
  snoozedUntil: number | null;
}

const DAY_MS = 24 * 3600 * 1000;

/** Prospects changed since the last backup before we remind. */
export const CHANGED_PROSPECTS_THRESHOLD = 10;
/** A backup this old is stale once anything changed since (a few edits a week add up). */
export const BACKUP_MAX_AGE_MS = 14 * DAY_MS;
export const SNOOZE_MS = 7 * DAY_MS;

/**
 * Remind when many prospects changed since the last backup, or when the last backup is over
 * two weeks old and any prospect changed since – never while snoozed.
 */
export function shouldRemindBackup(
  state: BackupState,
  changedSinceBackup: number,
  now: number,
): boolean {
  if (state.snoozedUntil !== null && now < state.snoozedUntil) return false;
  if (changedSinceBackup >= CHANGED_PROSPECTS_THRESHOLD) return true;
  return (
    state.lastExportAt !== null &&
    now - state.lastExportAt >= BACKUP_MAX_AGE_MS &&
    changedSinceBackup > 0
  );
}

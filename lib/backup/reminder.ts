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

/** Prospects changed since the last backup before we remind. */
export const CHANGED_PROSPECTS_THRESHOLD = 10;
export const SNOOZE_MS = 7 * 24 * 3600 * 1000;

export function shouldRemindBackup(
  state: BackupState,
  changedSinceBackup: number,
  now: number,
): boolean {
  if (state.snoozedUntil !== null && now < state.snoozedUntil) return false;
  return changedSinceBackup >= CHANGED_PROSPECTS_THRESHOLD;
}

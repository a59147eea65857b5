import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAX_AGE_MS,
  CHANGED_PROSPECTS_THRESHOLD,
  shouldRemindBackup,
  SNOOZE_MS,
} from './reminder';

describe('backup reminder', () => {
  const never = { lastExportAt: null, snoozedUntil: null };
  it('reminds after enough prospects changed since the last backup', () => {
    expect(shouldRemindBackup(never, CHANGED_PROSPECTS_THRESHOLD - 1, 0)).toBe(false);
    expect(shouldRemindBackup(never, CHANGED_PROSPECTS_THRESHOLD, 0)).toBe(true);
  });
  it('stays quiet while snoozed, and comes back after', () => {
    const snoozed = { lastExportAt: 5, snoozedUntil: 1000 + SNOOZE_MS };
    expect(shouldRemindBackup(snoozed, 50, 1000)).toBe(false);
    expect(shouldRemindBackup(snoozed, 50, 1001 + SNOOZE_MS)).toBe(true);
  });
  it('reminds when the last backup is over two weeks old and anything changed since', () => {
    const backedUp = { lastExportAt: 1_000, snoozedUntil: null };
    const later = 1_000 + BACKUP_MAX_AGE_MS;
    expect(shouldRemindBackup(backedUp, 1, later - 1)).toBe(false); // recent enough
    expect(shouldRemindBackup(backedUp, 1, later)).toBe(true);
    expect(shouldRemindBackup(backedUp, 0, later * 10)).toBe(false); // nothing to lose
    expect(shouldRemindBackup({ ...backedUp, snoozedUntil: later + 1 }, 1, later)).toBe(false);
  });
});

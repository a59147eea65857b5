import { describe, expect, it } from 'vitest';
import { CHANGED_PROSPECTS_THRESHOLD, shouldRemindBackup, SNOOZE_MS } from './reminder';

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
});

import { storage } from 'wxt/utils/storage';
import { SNOOZE_MS, type BackupState } from './reminder';

const EMPTY: BackupState = { lastExportAt: null, snoozedUntil: null };

/** Kept in extension storage: it must survive with the records, apart from them. */
export const backupItem = storage.defineItem<BackupState>('local:backup', {
  fallback: EMPTY,
  version: 1,
});

function valid(value: unknown): BackupState {
  const v = value as Partial<BackupState> | null;
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  return { lastExportAt: num(v?.lastExportAt), snoozedUntil: num(v?.snoozedUntil) };
}

export async function loadBackupState(): Promise<BackupState> {
  return valid(await backupItem.getValue());
}

/** A full JSON bundle was saved: the reminder starts counting again. */
export async function markBackedUp(now = Date.now()): Promise<void> {
  await backupItem.setValue({ lastExportAt: now, snoozedUntil: null });
}

export async function snoozeBackupReminder(now = Date.now()): Promise<void> {
  await backupItem.setValue({ ...(await loadBackupState()), snoozedUntil: now + SNOOZE_MS });
}

export function watchBackupState(callback: (state: BackupState) => void): () => void {
  return backupItem.watch((value) => callback(valid(value)));
}

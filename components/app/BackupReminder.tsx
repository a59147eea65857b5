import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { shouldRemindBackup, type BackupState } from '@/lib/backup/reminder';
import { loadBackupState, snoozeBackupReminder, watchBackupState } from '@/lib/backup/state';
import { getDb } from '@/lib/db/database';
import { countProspectsChangedSince } from '@/lib/db/prospects';
import { sendMessage } from '@/lib/messaging/client';
import { useApp } from './AppContext';

/** A quiet nudge to save a backup once enough has changed since the last one. */
export function BackupReminder() {
  const { t, reportError } = useApp();
  const [state, setState] = useState<BackupState | null>(null);
  useEffect(() => {
    void loadBackupState().then(setState);
    return watchBackupState(setState);
  }, []);
  const changed = useLiveQuery(
    async () => (state ? countProspectsChangedSince(getDb(), state.lastExportAt) : 0),
    [state?.lastExportAt],
  );
  if (!state || changed === undefined || !shouldRemindBackup(state, changed, Date.now()))
    return null;
  return (
    <aside className="notice backup-reminder" aria-label={t('backup.label')}>
      <p>
        {state.lastExportAt === null
          ? t('backup.never', { count: changed })
          : t('backup.changed', { count: changed })}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void sendMessage('openDashboard', {}).catch(reportError)}
        >
          {t('backup.export')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void snoozeBackupReminder().catch(reportError)}
        >
          {t('backup.later')}
        </button>
      </div>
    </aside>
  );
}

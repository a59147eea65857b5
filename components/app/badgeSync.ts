import { settled } from '@/lib/db/changes';
import type { DealBriefDb } from '@/lib/db/database';
import { sendMessage } from '@/lib/messaging/client';

/**
 * Asks the background to redo the toolbar badges after this page changed prospects (a brief
 * started, a domain added or removed, a rename, an import or a deletion on the dashboard). The
 * background also watches the table itself (entrypoints/background.ts), but Chrome stops an idle
 * MV3 service worker, and a stopped worker hears no database change: a message wakes it.
 * Returns the unsubscribe.
 */
export function refreshBadgesOnProspectWrites(db: DealBriefDb): () => void {
  const refresh = () => void sendMessage('refreshBadge', {}).catch(() => undefined);
  // A burst of writes (an import in steps, a name saved as it is typed) asks once.
  return db.committed.on('prospects', settled(refresh, 100));
}

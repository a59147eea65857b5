/** What went wrong with storage, in terms the user can act on (keys into the locales). */
export type StorageProblem = 'quota' | 'blocked' | 'version' | 'upgrade' | 'unknown';

export function classifyStorageError(error: unknown): StorageProblem {
  const e = error as { name?: string; inner?: { name?: string }; message?: string } | null;
  const names = [e?.name, e?.inner?.name];
  if (names.includes('UpgradeError')) return 'upgrade';
  if (names.includes('QuotaExceededError') || /quota/i.test(e?.message ?? '')) return 'quota';
  if (
    names.includes('DatabaseClosedError') ||
    names.includes('OpenFailedError') ||
    names.includes('InvalidStateError')
  )
    return 'blocked';
  if (names.includes('VersionError')) return 'version';
  return 'unknown';
}

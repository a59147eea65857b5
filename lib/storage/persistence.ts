/** What the browser says about our storage: is it persistent, how much is used. */
export interface StorageStatus {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/**
 * Asks the browser not to evict our data under storage pressure (months of research must not
 * vanish), and reports the outcome with the space used. Every call is optional in some browser,
 * so each missing piece is reported as unknown rather than failing.
 */
export async function ensurePersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<StorageStatus> {
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
  let persisted: boolean | null;
  try {
    persisted = (await storage.persisted?.()) ?? null;
    if (persisted === false) persisted = (await storage.persist?.()) ?? false;
  } catch {
    persisted = null;
  }
  let usageBytes: number | null = null;
  let quotaBytes: number | null = null;
  try {
    const estimate = await storage.estimate?.();
    usageBytes = estimate?.usage ?? null;
    quotaBytes = estimate?.quota ?? null;
  } catch {
    /* unknown */
  }
  return { persisted, usageBytes, quotaBytes };
}

/** 1536 → "1.5 KB"; binary units, one decimal, in the UI language's number format. */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  const digitsOf = (u: number) => (u === 0 ? 0 : 1);
  // Judged as it will be shown: 1,048,575 bytes is "1 MB", not "1,024 KB".
  const shown = (v: number, u: number) => Math.round(v * 10 ** digitsOf(u)) / 10 ** digitsOf(u);
  let value = bytes;
  let unit = 0;
  while (shown(value, unit) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = digitsOf(unit);
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

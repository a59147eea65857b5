import { storage } from 'wxt/utils/storage';
import { Settings } from '../model/settings';

/** The rep's preferences, in extension storage (small, synced between contexts by the browser). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: Settings.parse({}),
  version: 1,
});

/** Reads settings, repairing anything malformed to defaults rather than failing. */
export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = Settings.safeParse(raw);
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = Settings.safeParse(value);
    callback(parsed.success ? parsed.data : Settings.parse({}));
  });
}

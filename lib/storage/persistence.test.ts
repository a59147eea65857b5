import { describe, expect, it } from 'vitest';
import { ensurePersistentStorage, formatBytes } from './persistence';

describe('persistent storage', () => {
  it('asks for persistence when not yet granted and reports usage', async () => {
    let asked = 0;
    const status = await ensurePersistentStorage({
      persisted: async () => false,
      persist: async () => {
        asked++;
        return true;
      },
      estimate: async () => ({ usage: 2048, quota: 1e9 }),
    });
    expect(asked).toBe(1);
    expect(status).toEqual({ persisted: true, usageBytes: 2048, quotaBytes: 1e9 });
  });

  it('does not ask again when already persistent, and survives missing APIs', async () => {
    expect(await ensurePersistentStorage({ persisted: async () => true })).toEqual({
      persisted: true,
      usageBytes: null,
      quotaBytes: null,
    });
    expect(await ensurePersistentStorage(undefined)).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
    expect(
      await ensurePersistentStorage({
        persisted: async () => {
          throw new Error('no');
        },
      }),
    ).toMatchObject({ persisted: null });
  });

  it('formats sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024, 'ru')).toBe('5 MB');
    // Just under a unit reads as the next one, never "1,024 KB".
    expect(formatBytes(1024 * 1024 - 1, 'en')).toBe('1 MB');
    expect(formatBytes(1024 * 1024 - 60, 'en')).toBe('1,023.9 KB');
    expect(formatBytes(1023, 'en')).toBe('1,023 B');
    expect(formatBytes(1024 ** 3 - 1, 'en')).toBe('1 GB');
  });
});

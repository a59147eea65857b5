import { DB_NAME } from './name';

/** The little of a prospect the panel paints before the app has loaded. */
export interface ProspectGlimpse {
  id: string;
  name: string;
  /**
   * The stored key that matched the site (the longest, as in `findProspectForPage`); the first
   * paint shows the glimpse only if `isSureLookupKey` holds for it.
   */
  domain: string;
}

function isRow(value: unknown): value is { id: string; name: string; domains: string[] } {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.id === 'string' &&
    typeof row.name === 'string' &&
    Array.isArray(row.domains) &&
    row.domains.every((d) => typeof d === 'string')
  );
}

/**
 * The prospect stored under any of `keys`, read with plain IndexedDB and without Dexie, zod or
 * the model: the side panel's first paint uses it to show the company's name while the app's
 * code is still loading. Display only – the app reads and validates the record again through
 * the repositories before anything can be edited. Never creates the database (a first run has
 * none yet: the open is aborted before a version is written) and never holds a connection that
 * could block an upgrade. Any failure is "no glimpse", never an error.
 */
export function glimpseProspect(
  keys: readonly string[] | PromiseLike<readonly string[]>,
  name = DB_NAME,
): Promise<ProspectGlimpse | null> {
  // The database opens while the caller is still finding out the keys (the tab's URL). A failed
  // lookup is handled at once, not when the database has opened (no unhandled rejection).
  const wanted = Promise.resolve(keys);
  wanted.catch(() => undefined);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      let closed = false;
      const close = () => {
        closed = true;
        db.close();
      };
      // An upgrade elsewhere (the app opening a newer schema) takes precedence over a glimpse.
      db.onversionchange = () => {
        close();
        resolve(null);
      };
      wanted.then(
        (wanted) => {
          if (closed) return;
          try {
            resolve(readGlimpse(db, wanted));
          } catch {
            resolve(null);
          } finally {
            // Closing waits for the transaction to finish; it just lets go of the connection.
            close();
          }
        },
        () => {
          close();
          resolve(null);
        },
      );
    };
  });
}

function readGlimpse(db: IDBDatabase, keys: readonly string[]): Promise<ProspectGlimpse | null> {
  if (keys.length === 0 || !db.objectStoreNames.contains('prospects')) return Promise.resolve(null);
  return new Promise((resolve) => {
    const tx = db.transaction('prospects', 'readonly');
    const index = tx.objectStore('prospects').index('domains');
    // Keys come longest first, so the first hit in key order is the one the app would pick.
    const found: Array<ProspectGlimpse | null> = keys.map(() => null);
    keys.forEach((key, i) => {
      const get = index.get(key);
      get.onsuccess = () => {
        if (isRow(get.result)) found[i] = { id: get.result.id, name: get.result.name, domain: key };
      };
    });
    tx.oncomplete = () => resolve(found.find((f) => f !== null) ?? null);
    tx.onerror = tx.onabort = () => resolve(null);
  });
}

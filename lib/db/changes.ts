import Dexie, { type DBCore, type DBCoreTransaction, type Middleware } from 'dexie';

// Knowing when a table changed, for what is kept outside the database and must follow it (the
// toolbar badge, which the background sets per tab).

/**
 * Calls `listener` after each committed change to `table` of the database `dbName`, made in this
 * context or in any other context of the extension: Dexie's `storagemutated` event, which Dexie
 * 4 passes between a browser's contexts of one origin over a BroadcastChannel (side panel,
 * dashboard, background page or service worker alike). A context that is not running – an MV3
 * service worker the browser stopped – hears nothing: see `CommitEvents`. Returns the unsubscribe.
 */
export function onTableChanged(dbName: string, table: string, listener: () => void): () => void {
  const prefix = `idb://${dbName}/${table}/`;
  const handler = (parts: Record<string, unknown>) => {
    // `all`: the page came back from the back/forward cache and may have missed anything.
    if ('all' in parts || Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}

/**
 * The tables this context's own transactions wrote, told once each transaction has committed
 * (never for another context's writes, unlike `onTableChanged`). Fed by `commitEventsMiddleware`.
 */
export class CommitEvents {
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly written = new WeakMap<DBCoreTransaction, Set<string>>();

  /** Calls `listener` after each commit of this context that wrote `table`; returns the unsubscribe. */
  on(table: string, listener: () => void): () => void {
    let set = this.listeners.get(table);
    if (!set) this.listeners.set(table, (set = new Set()));
    set.add(listener);
    return () => void set.delete(listener);
  }

  /** Notes that `trans` writes `table`; its listeners are called if and when it commits. */
  wrote(trans: DBCoreTransaction, table: string): void {
    const tables = this.written.get(trans);
    if (tables) return void tables.add(table);
    const first = new Set([table]);
    this.written.set(trans, first);
    // A Dexie core transaction is the IndexedDB transaction (Dexie's own cache listens the same way).
    (trans as unknown as IDBTransaction).addEventListener('complete', () => {
      for (const name of first) for (const listener of this.listeners.get(name) ?? []) listener();
    });
  }
}

/** The Dexie middleware that reports this context's writes to `events` (added before opening). */
export function commitEventsMiddleware(events: CommitEvents): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'commitEvents',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            events.wrote(req.trans, name);
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

/** `fn` once after a burst of calls has settled for `ms` (a typed name saves several times). */
export function settled(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

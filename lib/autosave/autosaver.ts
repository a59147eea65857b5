/**
 * Autosave without a save button, and without losing the last keystrokes when the panel closes.
 *
 * Every change is first written synchronously to a write-ahead entry in `localStorage` (which
 * survives the page being torn down mid-transaction), then saved to the database after a short
 * pause. `flush()` saves at once (the panel calls it on `pagehide` and when it switches
 * prospect). When a page opens, `recover()` returns a write-ahead entry that is newer than what
 * the database holds, so the text typed just before a close is put back and saved.
 */
export interface WriteAheadStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface AutosaverOptions {
  /** Identifies the document (e.g. `notes:<prospectId>`). */
  key: string;
  save: (text: string, at: number) => Promise<void>;
  delayMs?: number;
  storage?: WriteAheadStorage | null;
  now?: () => number;
  onStateChange?: (state: AutosaveState) => void;
  onError?: (error: unknown) => void;
}

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface WalEntry {
  text: string;
  at: number;
  /**
   * The stored text the typing started from, when the caller knows it. Recovery compares it with
   * what is stored by then: unchanged means the entry is simply newer (whatever the record's
   * time says – another field of it may have been saved since); changed means a real three-way
   * merge from this exact base.
   */
  base?: string;
}

const PREFIX = 'dealbrief:wal:';

/** The autosavers alive on this page, for `flushAutosaves`. */
const live = new Set<Autosaver>();

/**
 * Saves at once whatever is pending in the document `key` and the documents below it
 * (`key:…`): the fields of an item about to be removed, so that the removal, and its undo, see
 * the text typed a moment ago rather than the last saved one. Resolves when those saves have
 * settled; one that failed keeps its write-ahead entry, as always.
 */
export async function flushAutosaves(key: string): Promise<void> {
  const below = `${key}:`;
  await Promise.all(
    [...live].filter((s) => s.key === key || s.key.startsWith(below)).map((s) => s.flush()),
  );
}

export function readWriteAhead(
  storage: WriteAheadStorage | null | undefined,
  key: string,
): WalEntry | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<WalEntry>;
    if (typeof parsed.text !== 'string' || typeof parsed.at !== 'number') return null;
    return typeof parsed.base === 'string'
      ? { text: parsed.text, at: parsed.at, base: parsed.base }
      : { text: parsed.text, at: parsed.at };
  } catch {
    return null;
  }
}

export class Autosaver {
  private pending: WalEntry | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private state: AutosaveState = 'idle';
  private readonly delayMs: number;
  private readonly storage: WriteAheadStorage | null;
  private readonly now: () => number;

  constructor(private readonly options: AutosaverOptions) {
    this.delayMs = options.delayMs ?? 400;
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.now = options.now ?? Date.now;
    live.add(this);
  }

  get key(): string {
    return this.options.key;
  }

  get hasPending(): boolean {
    return this.pending !== null || this.state === 'saving';
  }

  /**
   * The text was changed by the user: remember it now, save it soon. `base` is the stored text
   * the change was made on (kept in the write-ahead entry for recovery).
   */
  change(text: string, base?: string): void {
    const entry: WalEntry =
      base === undefined ? { text, at: this.now() } : { text, at: this.now(), base };
    this.pending = entry;
    this.writeAhead(entry);
    this.setState('pending');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /**
   * A save has landed while a newer change was pending: that change was made on top of `base`
   * (what the save stored), so its write-ahead entry says so.
   */
  rebasePending(base: string): void {
    if (!this.pending || this.pending.base === base) return;
    this.pending = { ...this.pending, base };
    this.writeAhead(this.pending);
  }

  /** Saves what is pending right away; resolves when the database has it. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const entry = this.pending;
    if (!entry) return this.inFlight;
    this.pending = null;
    this.setState('saving');
    this.inFlight = this.inFlight
      .catch(() => undefined)
      .then(() => this.options.save(entry.text, entry.at))
      .then(() => {
        // A newer change may have arrived while saving: keep its write-ahead entry.
        if (!this.pending) {
          this.clearWriteAhead();
          this.setState('saved');
        }
      })
      .catch((error: unknown) => {
        // Keep the text: it is still in the write-ahead log and back in `pending` for a retry.
        this.pending ??= entry;
        this.setState('error');
        this.options.onError?.(error);
      });
    return this.inFlight;
  }

  /** A write-ahead entry newer than what the database holds (`storedAt`), if any. */
  recover(storedAt: number | undefined): WalEntry | null {
    const entry = readWriteAhead(this.storage, this.options.key);
    if (!entry) return null;
    if (storedAt !== undefined && entry.at <= storedAt) {
      this.clearWriteAhead();
      return null;
    }
    return entry;
  }

  /** The write-ahead entry left by an earlier page, whatever its age (see `recover`). */
  pendingRecovery(): WalEntry | null {
    return readWriteAhead(this.storage, this.options.key);
  }

  /** Forgets the write-ahead entry (it was merged into, or equals, what is stored). */
  discardRecovery(): void {
    this.clearWriteAhead();
  }

  /** Stops the timer; what is pending stays in the write-ahead log (`flush` first to save it). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    live.delete(this);
  }

  private writeAhead(entry: WalEntry): void {
    try {
      this.storage?.setItem(PREFIX + this.options.key, JSON.stringify(entry));
    } catch {
      // localStorage full (5 MB): the database save still runs; nothing else to do here.
    }
  }

  private clearWriteAhead(): void {
    try {
      this.storage?.removeItem(PREFIX + this.options.key);
    } catch {
      /* ignore */
    }
  }

  private setState(state: AutosaveState): void {
    this.state = state;
    this.options.onStateChange?.(state);
  }
}

function defaultStorage(): WriteAheadStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

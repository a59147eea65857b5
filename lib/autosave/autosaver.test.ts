import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, flushAutosaves, readWriteAhead, type WriteAheadStorage } from './autosaver';

class MemoryStorage implements WriteAheadStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('saves the last text once after a pause, and clears the write-ahead entry', async () => {
    const saved: string[] = [];
    const storage = new MemoryStorage();
    const a = new Autosaver({
      key: 'n',
      save: async (t) => void saved.push(t),
      storage,
      delayMs: 100,
    });
    a.change('a');
    a.change('ab');
    a.change('abc');
    expect(readWriteAhead(storage, 'n')?.text).toBe('abc');
    await vi.advanceTimersByTimeAsync(150);
    expect(saved).toEqual(['abc']);
    expect(readWriteAhead(storage, 'n')).toBeNull();
  });

  it('flush saves at once', async () => {
    const saved: string[] = [];
    const a = new Autosaver({
      key: 'n',
      save: async (t) => void saved.push(t),
      storage: new MemoryStorage(),
    });
    a.change('now');
    await a.flush();
    expect(saved).toEqual(['now']);
    await a.flush();
    expect(saved).toEqual(['now']);
  });

  it('keeps the text when a save fails, and retries on the next flush', async () => {
    const storage = new MemoryStorage();
    let fail = true;
    const saved: string[] = [];
    const errors: unknown[] = [];
    const a = new Autosaver({
      key: 'n',
      storage,
      save: async (t) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        saved.push(t);
      },
      onError: (e) => errors.push(e),
    });
    a.change('precious');
    await a.flush();
    expect(errors).toHaveLength(1);
    expect(readWriteAhead(storage, 'n')?.text).toBe('precious');
    fail = false;
    await a.flush();
    expect(saved).toEqual(['precious']);
  });

  it('recovers text written ahead but never saved (the panel closed mid-typing)', () => {
    const storage = new MemoryStorage();
    let clock = 1000;
    const a = new Autosaver({
      key: 'n',
      save: () => new Promise(() => {}),
      storage,
      now: () => clock,
    });
    a.change('typed just before close');
    a.dispose();
    const b = new Autosaver({ key: 'n', save: async () => {}, storage, now: () => ++clock });
    expect(b.recover(500)?.text).toBe('typed just before close');
    expect(b.recover(5000)).toBeNull();
    expect(readWriteAhead(storage, 'n')).toBeNull();
  });

  it('keeps the base text of a change in the write-ahead entry', () => {
    const storage = new MemoryStorage();
    const a = new Autosaver({ key: 'k', save: async () => {}, storage, now: () => 7 });
    a.change('edited', 'original');
    expect(readWriteAhead(storage, 'k')).toEqual({ text: 'edited', at: 7, base: 'original' });
    a.change('edited again');
    expect(readWriteAhead(storage, 'k')).toEqual({ text: 'edited again', at: 7 });
    a.dispose();
  });

  it('rebases a change typed during a save onto what the save stored', () => {
    const storage = new MemoryStorage();
    const a = new Autosaver({
      key: 'r',
      save: () => new Promise<void>(() => {}),
      storage,
      now: () => 5,
    });
    a.change('one', '');
    void a.flush();
    a.change('one two', '');
    a.rebasePending('one');
    expect(readWriteAhead(storage, 'r')).toEqual({ text: 'one two', at: 5, base: 'one' });
    a.dispose();
  });

  it('a newer change during a save is not lost', async () => {
    const saved: string[] = [];
    let release!: () => void;
    const storage = new MemoryStorage();
    const a = new Autosaver({
      key: 'n',
      storage,
      save: (t) =>
        new Promise<void>((resolve) => {
          release = () => {
            saved.push(t);
            resolve();
          };
        }),
    });
    a.change('one');
    const first = a.flush();
    await vi.advanceTimersByTimeAsync(0);
    a.change('two');
    release();
    await first;
    expect(readWriteAhead(storage, 'n')?.text).toBe('two');
    const second = a.flush();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await second;
    expect(saved).toEqual(['one', 'two']);
  });

  it('flushAutosaves saves the pending edits of one item and nothing else', async () => {
    const saved: string[] = [];
    const storage = new MemoryStorage();
    const saver = (key: string) =>
      new Autosaver({ key, storage, save: async (t) => void saved.push(`${key}=${t}`) });
    const proof = saver('offer:1:property:a:proof');
    const statement = saver('offer:1:property:a:statement');
    const other = saver('offer:1:property:ab:proof');
    const gone = saver('offer:1:property:a:conditions');
    for (const s of [proof, statement, other, gone]) s.change('typed');
    gone.dispose(); // its field has gone; what it left pending stays in the write-ahead log
    await flushAutosaves('offer:1:property:a');
    expect(saved.sort()).toEqual([
      'offer:1:property:a:proof=typed',
      'offer:1:property:a:statement=typed',
    ]);
    expect(other.hasPending).toBe(true); // another item, whose id merely starts the same
    for (const s of [proof, statement, other]) s.dispose();
  });
});

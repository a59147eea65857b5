import { useCallback, useEffect, useRef, useState } from 'react';
import { Autosaver, type AutosaveState } from '@/lib/autosave/autosaver';
import { merge3 } from '@/lib/autosave/merge3';
import { recoverText } from '@/lib/autosave/recover';
import { useApp } from '../app/AppContext';

export interface StoredText {
  text: string;
  at: number;
}

/**
 * A text field that saves itself. A change made in another panel or window shows up live; if
 * the user was typing here at the same time, the two are merged line by line, and where both
 * changed the same lines both versions are kept (`conflict`), so no one's typing is lost. Text
 * typed just before the page closed is recovered from the write-ahead log on the next open.
 *
 * `stored` is `undefined` while loading and `null` when nothing is saved yet.
 */
export function useAutosavedText(
  docKey: string,
  stored: StoredText | null | undefined,
  /**
   * Stores the text. `base` is the stored text the edit started from: a save that merges with a
   * concurrent change (see `saveNote`) returns the text it actually stored.
   */
  save: (text: string, at: number, base: string) => Promise<string | void>,
  onError: (error: unknown) => void,
  options: {
    /**
     * How a typed text is stored (e.g. a name without the space after its last word): `save`
     * gets the stored form, while the field keeps what was typed – its echo from the database
     * is not a change made elsewhere, so a space typed before a pause is not taken away.
     */
    normalize?: (text: string) => string;
  } = {},
) {
  const [value, setValue] = useState<string | null>(null);
  const [state, setState] = useState<AutosaveState>('idle');
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [conflict, setConflict] = useState(false);
  const { t } = useApp();
  const marker = t('autosave.conflictMarker');
  const markerRef = useRef(marker);
  markerRef.current = marker;
  const saverRef = useRef<Autosaver | null>(null);
  /** What the user's edits started from: the last stored text seen or saved here. */
  const baseRef = useRef('');
  /** Texts this page sent to be saved: their echo from the database is not news. */
  const ownRef = useRef<string[]>([]);
  /** The latest value typed here, for merging a save's result with typing that followed it. */
  const valueRef = useRef<string | null>(null);
  valueRef.current = value;
  const saveRef = useRef(save);
  saveRef.current = save;
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const normalizeRef = useRef(options.normalize ?? ((text: string) => text));
  normalizeRef.current = options.normalize ?? ((text: string) => text);

  useEffect(() => {
    const saver = new Autosaver({
      key: docKey,
      save: async (text, at) => {
        const normalized = normalizeRef.current(text);
        ownRef.current = [...ownRef.current.slice(-4), normalized];
        const result = await saveRef.current(normalized, at, baseRef.current);
        const stored = typeof result === 'string' ? result : normalized;
        baseRef.current = stored;
        // Typing that arrived during this save was made on top of what it stored.
        saver.rebasePending(stored);
        if (stored === normalized) return;
        // Another window saved meanwhile and the repository merged: show what is stored,
        // keeping anything typed here since this save began.
        ownRef.current = [...ownRef.current.slice(-4), stored];
        const latest = valueRef.current ?? text;
        const next =
          latest === text ? stored : merge3(text, latest, stored, markerRef.current).text;
        setValue(next);
        setChangedElsewhere(true);
        setConflict(stored.includes(markerRef.current));
        if (next !== stored) saver.change(next, stored);
      },
      onStateChange: setState,
      onError: (e) => errorRef.current(e),
    });
    saverRef.current = saver;
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      saver.dispose();
    };
  }, [docKey]);

  useEffect(() => {
    const saver = saverRef.current;
    if (stored === undefined || !saver) return;
    const storedText = stored?.text ?? '';
    if (value === null) {
      const wal = saver.pendingRecovery();
      // Typed here but never saved: see `recoverText` for how it meets what is stored now.
      const recovered = wal ? recoverText(wal, stored, marker) : null;
      const start = recovered?.text ?? storedText;
      if (recovered?.conflict) {
        setChangedElsewhere(true);
        setConflict(true);
      }
      baseRef.current = storedText;
      setValue(start);
      if (start !== storedText) saver.change(start, storedText);
      else saver.discardRecovery();
      return;
    }
    if (!stored || storedText === value) {
      baseRef.current = storedText;
      return;
    }
    if (ownRef.current.includes(storedText)) {
      // The echo of our own save; newer typing here is still pending.
      baseRef.current = storedText;
      return;
    }
    if (!saver.hasPending) {
      baseRef.current = storedText;
      setValue(storedText);
      setChangedElsewhere(true);
      setConflict(false);
      return;
    }
    // Edited here and elsewhere at once: merge, keep both where they collide, save the result.
    const merged = merge3(baseRef.current, value, storedText, marker);
    baseRef.current = storedText;
    setValue(merged.text);
    setChangedElsewhere(true);
    setConflict(merged.conflict);
    saver.change(merged.text, storedText);
    // Only a new stored value is news: callers build `stored` afresh on every render, and a
    // render with the same stored text and time must not be taken for a change made elsewhere
    // (it used to be, and a stale `stored` then overwrote what had just been typed and saved).
    // `value` is deliberately not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored === undefined, stored === null, stored?.text, stored?.at]);

  const onChange = useCallback((text: string) => {
    setValue(text);
    setChangedElsewhere(false);
    setConflict(false);
    saverRef.current?.change(text, baseRef.current);
  }, []);

  return { value, onChange, state, changedElsewhere, conflict };
}

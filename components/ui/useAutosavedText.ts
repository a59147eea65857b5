import { useCallback, useEffect, useRef, useState } from 'react';
import { Autosaver, type AutosaveState } from '@/lib/autosave/autosaver';

export interface StoredText {
  text: string;
  at: number;
}

/**
 * A text field that saves itself: the user's value wins while a save is pending; otherwise a
 * change made in another panel or window shows up live. Text typed just before the page closed
 * is recovered from the write-ahead log on the next open.
 *
 * `stored` is `undefined` while loading and `null` when nothing is saved yet.
 */
export function useAutosavedText(
  docKey: string,
  stored: StoredText | null | undefined,
  save: (text: string, at: number) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const [value, setValue] = useState<string | null>(null);
  const [state, setState] = useState<AutosaveState>('idle');
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const saverRef = useRef<Autosaver | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const errorRef = useRef(onError);
  errorRef.current = onError;

  useEffect(() => {
    const saver = new Autosaver({
      key: docKey,
      save: (text, at) => saveRef.current(text, at),
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
    if (value === null) {
      const recovered = saver.recover(stored?.at);
      if (recovered) {
        setValue(recovered.text);
        saver.change(recovered.text);
      } else {
        setValue(stored?.text ?? '');
      }
      return;
    }
    if (!saver.hasPending && stored && stored.text !== value) {
      setValue(stored.text);
      setChangedElsewhere(true);
    }
    // `value` is deliberately not a dependency: only a new stored value is news.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  const onChange = useCallback((text: string) => {
    setValue(text);
    setChangedElsewhere(false);
    saverRef.current?.change(text);
  }, []);

  return { value, onChange, state, changedElsewhere };
}

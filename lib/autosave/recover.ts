import type { WalEntry } from './autosaver';
import { merge3 } from './merge3';

/** Lines both texts start with: the best guess of what they were both edited from. */
function commonLinePrefix(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return x.slice(0, n).join('\n');
}

export interface Recovered {
  text: string;
  /** Both versions were kept where they collide (the text holds the conflict marker). */
  conflict: boolean;
}

/**
 * The text a field opens with when the write-ahead log holds typing that never reached the
 * database. The typing wins outright when nobody else can have changed the field since it began:
 * the field still holds the text the typing started from (`wal.base`; the record may have been
 * saved later for another field), or the record has not been saved since the typing (`wal.at`
 * after `stored.at`; a save of this page's own, which may have tidied the text, came before it).
 * Otherwise another window changed it meanwhile: a three-way merge from the typing's base (or,
 * for entries written before bases were kept, from the lines both share), both versions kept
 * where they collide.
 */
export function recoverText(
  wal: WalEntry,
  stored: { text: string; at: number } | null,
  conflictMarker: string,
): Recovered {
  const storedText = stored?.text ?? '';
  if (wal.text === storedText) return { text: storedText, conflict: false };
  if (!stored || wal.base === storedText || wal.at > stored.at)
    return { text: wal.text, conflict: false };
  const base = wal.base ?? commonLinePrefix(wal.text, storedText);
  return merge3(base, wal.text, storedText, conflictMarker);
}

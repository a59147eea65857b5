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

/**
 * The text a field opens with when the write-ahead log holds typing that never reached the
 * database. With the text the typing started from (`wal.base`), the field's own history
 * decides: unchanged since means the typing simply wins – even if the record was saved later
 * for another field; changed (another window) means a three-way merge from that exact base,
 * both versions kept where they collide. Entries written before bases were kept fall back to
 * the record's time (`stored.at`), and a doubtful case is merged rather than overwritten.
 */
export function recoverText(
  wal: WalEntry,
  stored: { text: string; at: number } | null,
  conflictMarker: string,
): string {
  const storedText = stored?.text ?? '';
  if (wal.text === storedText) return storedText;
  if (wal.base !== undefined)
    return wal.base === storedText
      ? wal.text
      : merge3(wal.base, wal.text, storedText, conflictMarker).text;
  if (!stored || wal.at > stored.at) return wal.text;
  return merge3(commonLinePrefix(wal.text, storedText), wal.text, storedText, conflictMarker).text;
}

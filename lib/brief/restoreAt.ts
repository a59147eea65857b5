import { sameData } from '../io/canonical';
import { newId } from '../model';

/**
 * Puts a removed item back at its old position (or at the end, if the list got shorter). If an
 * item with its id is there already and holds the same, nothing changes; if it holds something
 * else (the id was reused meanwhile), the removed item comes back beside it under a new id –
 * Undo never drops what was removed, nor overwrites what was typed since.
 */
export function restoreAt<T extends { id: string }>(
  list: readonly T[],
  item: T,
  index: number,
  freshId: () => string = newId,
): T[] {
  const there = list.find((x) => x.id === item.id);
  if (there && sameData(there, item)) return [...list];
  const back = there ? { ...item, id: freshId() } : item;
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), back, ...list.slice(at)];
}

/** Puts a removed item back at its old position (or at the end, if the list got shorter). */
export function restoreAt<T extends { id: string }>(
  list: readonly T[],
  item: T,
  index: number,
): T[] {
  if (list.some((x) => x.id === item.id)) return [...list];
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

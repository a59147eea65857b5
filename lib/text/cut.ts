/**
 * `text` when it is at most `max` UTF-16 units long; else its start followed by `mark`, `max`
 * units in all, never splitting a surrogate pair (an emoji is dropped whole, not halved).
 */
export function cutText(text: string, max: number, mark = '…'): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - mark.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + mark;
}

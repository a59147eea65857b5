/**
 * A page's words around a scanned fact, as a person reads them. A scan's snippet is the page's
 * visible text around the fact with its line breaks written as " | " (lib/extract/text.ts
 * `snippetAround`), so it often runs on into menu items, footers and the next paragraph. This
 * keeps the line that holds the value (or its longest word) and, in a long line, its sentence.
 * Without either in it, it keeps every line, separated by " · " instead of the bar.
 */
export function readableQuote(snippet: string, value = ''): string {
  const text = snippet.trim();
  const lower = text.toLowerCase();
  // The value as it stands, or else its longest word (an address written with other commas).
  const longest = value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  let needle = value.trim().toLowerCase();
  let found = needle ? lower.indexOf(needle) : -1;
  if (found < 0 && longest.length >= 5) {
    needle = longest;
    found = lower.indexOf(needle);
  }
  if (found < 0)
    return text
      .split(LINE_BREAK)
      .filter((line) => line !== '')
      .join(' · ');
  const to = found + needle.length;
  const line = around(text, LINE_BREAK, found, to);
  const sentence = around(line.text, SENTENCE_END, found - line.start, to - line.start);
  return (sentence.text || line.text).trim();
}

const LINE_BREAK = /\s*\|\s*/gu;
/**
 * Between two sentences: an end mark after a word of three letters or more, a digit or a closing
 * quote (not after initials such as «А. В.» or abbreviations such as «ул.»), then a space and no
 * lower-case letter.
 */
const SENTENCE_END = /(?<=(?:\p{L}{3}|[\d)»"”])[.!?…])\s+(?=\P{Ll})/gu;

/** The pieces of `text` between `separator`s that [from, to] touches, joined as they stand. */
function around(
  text: string,
  separator: RegExp,
  from: number,
  to: number,
): { text: string; start: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(separator)) {
    const at = m.index;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return { text: text.slice(start, end), start };
}

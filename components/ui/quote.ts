/**
 * A page's words around a scanned fact, as a person reads them. A scan's snippet is the page's
 * visible text around the fact with its line breaks written as " | " (lib/extract/text.ts
 * `snippetAround`), so it often runs on into menu items, footers and the next paragraph. This
 * keeps the line that holds the fact and, in a long line, its sentence. The fact is where its
 * value stands in the snippet, or else the snippet's middle (the snippet is centred on it).
 */
export function readableQuote(snippet: string, value = ''): string {
  const text = snippet.trim();
  const needle = value.trim().toLowerCase();
  const found = needle ? text.toLowerCase().indexOf(needle) : -1;
  const from = found >= 0 ? found : Math.floor(text.length / 2);
  const to = found >= 0 ? found + needle.length : from;
  const line = around(text, LINE_BREAK, from, to);
  const sentence = around(line.text, SENTENCE_END, from - line.start, to - line.start);
  return (sentence.text || line.text || text).trim();
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

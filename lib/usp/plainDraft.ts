import { TEMPLATES } from './templates';

// The rep's text, read back: light (no stemmer), for the exports that read drafts (Word, tables).

/** A list item of the plain layout: "- ", "• " or "* " and the text. */
const BULLET = /^\s*[-•*]\s+/;
/** The heading that ended the generated text before the gaps were kept out of it, with its colon. */
const GAPS_HEADINGS: readonly string[] = Object.values(TEMPLATES).map((t) => `${t.gapsHeading}:`);

/**
 * The text without the block of gap notes that earlier versions wrote at its end (and that the
 * rep's edits and saved versions may still hold): the "---" rule, the heading for the rep in
 * either language and its list. Whatever the rep wrote after the list stays.
 */
export function withoutGapNotes(text: string): string {
  if (!GAPS_HEADINGS.some((h) => text.includes(h))) return text;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => GAPS_HEADINGS.includes(l.trim()));
  if (at < 0) return text;
  let end = at + 1;
  while (end < lines.length && BULLET.test(lines[end]!)) end++;
  const start = at > 0 && lines[at - 1]!.trim() === '---' ? at - 1 : at;
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = lines
    .slice(end)
    .join('\n')
    .replace(/^\s*\n/, '');
  const rest = after.trim() === '' ? (text.endsWith('\n') ? '\n' : '') : after;
  const joined = before && after.trim() !== '' ? `${before}\n\n${rest}` : `${before}${rest}`;
  return withoutGapNotes(joined);
}

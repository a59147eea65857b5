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

/** One line of the rep's text, read in the layout `draftToPlainText` writes. */
export interface PlainDraftLine {
  kind: 'title' | 'heading' | 'bullet' | 'rule' | 'paragraph' | 'blank';
  /** The words: without the list mark, the heading's colon and surrounding spaces. */
  text: string;
}

/**
 * Reads the rep's (edited) text as the draft's parts: the first line is the title, a line ending
 * in ":" before a list is a heading, "- " lines are list items, "---" is a rule, the rest are
 * paragraphs. The Markdown copy and the Word offer are both made from this reading.
 */
export function readPlainDraft(text: string): PlainDraftLine[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let titled = false;
  return lines.map((raw, i): PlainDraftLine => {
    const line = raw.trimEnd();
    const next = lines[i + 1]?.trim() ?? '';
    if (line.trim() === '') return { kind: 'blank', text: '' };
    if (!titled) {
      titled = true;
      return { kind: 'title', text: line.trim() };
    }
    if (line.trim() === '---') return { kind: 'rule', text: '' };
    if (BULLET.test(line)) return { kind: 'bullet', text: line.replace(BULLET, '') };
    if (line.endsWith(':') && BULLET.test(next))
      return { kind: 'heading', text: line.slice(0, -1).trim() };
    return { kind: 'paragraph', text: line };
  });
}

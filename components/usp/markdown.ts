import { escapeMarkdown } from '@/lib/usp/render';

/**
 * The rep's edited draft (plain text, in the layout `draftToPlainText` writes) as Markdown: the
 * first line becomes the title, a line ending in ":" before a list becomes a heading, "- " lines
 * stay list items, "---" stays a rule, and everything else is escaped so that the rep's words
 * (and the client's, quoted in them) never turn into markup.
 */
export function plainDraftToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let titled = false;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const next = lines[i + 1]?.trim() ?? '';
    if (line.trim() === '') {
      out.push('');
    } else if (!titled) {
      titled = true;
      out.push(`# ${escapeMarkdown(line.trim())}`);
    } else if (line.trim() === '---') {
      out.push('---');
    } else if (/^\s*[-•]\s+/.test(line)) {
      out.push(`- ${escapeMarkdown(line.replace(/^\s*[-•]\s+/, ''))}`);
    } else if (line.endsWith(':') && /^[-•]\s+/.test(next)) {
      out.push(`## ${escapeMarkdown(line.slice(0, -1).trim())}`, '');
    } else {
      out.push(escapeMarkdown(line));
    }
  });
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

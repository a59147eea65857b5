import { readPlainDraft } from '@/lib/usp/plainDraft';
import { escapeMarkdown } from '@/lib/usp/render';

/**
 * The rep's edited draft (plain text, in the layout `draftToPlainText` writes) as Markdown: the
 * first line becomes the title, a line ending in ":" before a list becomes a heading, "- " lines
 * stay list items, "---" stays a rule, and everything else is escaped so that the rep's words
 * (and the client's, quoted in them) never turn into markup.
 */
export function plainDraftToMarkdown(text: string): string {
  const out = readPlainDraft(text).flatMap((line) => {
    switch (line.kind) {
      case 'blank':
        return [''];
      case 'title':
        return [`# ${escapeMarkdown(line.text)}`];
      case 'rule':
        return ['---'];
      case 'bullet':
        return [`- ${escapeMarkdown(line.text)}`];
      case 'heading':
        return [`## ${escapeMarkdown(line.text)}`, ''];
      default:
        return [escapeMarkdown(line.text)];
    }
  });
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

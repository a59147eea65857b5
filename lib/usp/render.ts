import type { Language } from '../model/common';
import type { DraftLine } from '../model/usp';
import { TEMPLATES } from './templates';
import { detectLanguage } from './text';

/**
 * The draft as text to copy out. Lines are grouped: headline, intro, answers, what sets us apart,
 * next step. The text goes to the client (copied, edited, made into the Word offer), so the gap
 * lines – notes for the rep – are not in it: the draft editor shows them apart. The language of
 * headings follows the draft's own text unless given.
 */
function grouped(lines: readonly DraftLine[]) {
  const of = (kind: DraftLine['kind']) => lines.filter((l) => l.kind === kind).map((l) => l.text);
  return {
    headline: of('headline'),
    intro: of('intro'),
    answers: of('answer'),
    apart: of('differentiator'),
    next: of('next_step'),
  };
}

function languageOf(lines: readonly DraftLine[], language?: Language): Language {
  return language ?? detectLanguage(lines.map((l) => l.text).join(' '), 'en');
}

export function draftToPlainText(lines: readonly DraftLine[], language?: Language): string {
  const t = TEMPLATES[languageOf(lines, language)];
  const g = grouped(lines);
  const blocks: string[] = [];
  if (g.headline.length) blocks.push(g.headline.join('\n'));
  if (g.intro.length) blocks.push(g.intro.join('\n'));
  if (g.answers.length)
    blocks.push([`${t.answersHeading}:`, ...g.answers.map((a) => `- ${a}`)].join('\n'));
  if (g.apart.length)
    blocks.push([`${t.apartHeading}:`, ...g.apart.map((a) => `- ${a}`)].join('\n'));
  if (g.next.length) blocks.push(g.next.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** Escape what Markdown would read as markup, so a pain like "*urgent*" stays as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');
}

export function draftToMarkdown(lines: readonly DraftLine[], language?: Language): string {
  const t = TEMPLATES[languageOf(lines, language)];
  const g = grouped(lines);
  const e = escapeMarkdown;
  const blocks: string[] = [];
  if (g.headline.length) blocks.push(g.headline.map((h) => `# ${e(h)}`).join('\n'));
  if (g.intro.length) blocks.push(g.intro.map(e).join('\n\n'));
  if (g.answers.length)
    blocks.push([`## ${e(t.answersHeading)}`, '', ...g.answers.map((a) => `- ${e(a)}`)].join('\n'));
  if (g.apart.length)
    blocks.push([`## ${e(t.apartHeading)}`, '', ...g.apart.map((a) => `- ${e(a)}`)].join('\n'));
  if (g.next.length) blocks.push(g.next.map((n) => `**${e(n)}**`).join('\n\n'));
  return `${blocks.join('\n\n')}\n`;
}

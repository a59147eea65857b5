import type { MessageKey, Translate } from '../i18n';
import type { Language } from '../model';
import {
  BRIEF_LIST_SECTIONS,
  entryTexts,
  portraitLines,
  type ProspectDocument,
} from './prospectDocument';
import { draftText, formatStamp } from './tables';

/**
 * Page text is hostile: it must stay text in any Markdown viewer. Characters that start markup
 * (HTML tags, links, emphasis, headings, tables, ~~~ fences and ~~strike~~, "1." and "1)" lists)
 * are backslash-escaped; line breaks are kept.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Text that must stay on one line (a heading, a field): its line breaks become spaces. */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

const lbl = (t: Translate, key: string, fallback: string) => {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
};

/** A block quote keeps multi-line text together under its bullet. */
function item(text: string): string {
  const lines = escapeMarkdown(text).split('\n');
  return `- ${lines[0]}${lines
    .slice(1)
    .map((l) => `\n  ${l}`)
    .join('')}`;
}

/** The prospect's brief as a document a manager can read, file or paste, in `lang` (`t`'s language). */
export function prospectMarkdown(doc: ProspectDocument, t: Translate, lang: Language): string {
  const p = doc.prospect;
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(`## ${inline(title)}`, '', ...lines, '');
  };
  out.push(`# ${inline(p.name)}`, '');
  const meta = [
    [t('export.col.domain'), p.domains.join(', ')],
    [t('export.col.stage'), lbl(t, `stage.${p.stage}`, p.stage)],
    [t('export.col.owner'), p.owner],
    [t('export.col.segment'), p.segment ? lbl(t, `dashboard.segment.${p.segment}`, p.segment) : ''],
    [t('export.col.updated'), formatStamp(p.updatedAt)],
  ].filter(([, v]) => v);
  out.push(...meta.map(([k, v]) => `**${inline(k!)}:** ${inline(v!)}  `), '');
  if (p.lostReason) section(t('export.md.lost'), [item(p.lostReason.why)]);

  section(
    t('export.md.portrait'),
    portraitLines(doc, t, lang).map(({ label, values }) => item(`${label}: ${values.join('; ')}`)),
  );
  section(
    t('export.md.people'),
    doc.people.map((person) => {
      const role = lbl(t, `dashboard.role.${person.role}`, person.role);
      const head = [person.fullName, person.position, person.department].filter(Boolean).join(', ');
      const contacts = person.contacts.map((c) => c.value).join('; ');
      return item([`${head} — ${role}`, contacts, person.notes].filter(Boolean).join('\n'));
    }),
  );
  const brief = doc.brief;
  if (brief) {
    for (const key of BRIEF_LIST_SECTIONS)
      section(t(`export.md.brief.${key}`), entryTexts(brief[key]).map(item));
    section(
      t('export.md.brief.suppliers'),
      brief.suppliers.map((s) =>
        item(
          [
            s.name,
            s.likes && `${t('export.md.likes')}: ${s.likes}`,
            s.dislikes && `${t('export.md.dislikes')}: ${s.dislikes}`,
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      ),
    );
    section(t('export.md.brief.budget'), brief.budget ? [item(brief.budget)] : []);
    section(t('export.md.brief.timing'), brief.timing ? [item(brief.timing)] : []);
    section(
      t('export.md.brief.objections'),
      brief.objections.map((o) => item(o.answer ? `${o.text}\n→ ${o.answer}` : o.text)),
    );
  }
  section(
    t('export.md.needs'),
    doc.needs.map((n) => {
      const tags = [
        lbl(t, `dashboard.spin.${n.spin}`, n.spin),
        lbl(t, `brief.concept.${n.category}`, n.category),
      ];
      return item(`${n.statement} (${tags.join(', ')})`);
    }),
  );
  section(
    t('export.md.drafts'),
    doc.drafts.map((d) => item(draftText(d))),
  );
  section(t('export.md.notes'), doc.note && doc.note.text.trim() ? [item(doc.note.text)] : []);
  section(
    t('export.md.clips'),
    doc.clips.map((c) => item(`${c.quote}\n${t('export.md.source')}: ${c.url}`)),
  );
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

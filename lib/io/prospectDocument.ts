import type { Translate } from '../i18n';
import type {
  Brief,
  Clip,
  Language,
  Need,
  Note,
  Person,
  Portrait,
  PortraitTemplate,
  Prospect,
  TextEntry,
  UspDraft,
} from '../model';
import { fieldLabel, valueLabel } from '../portrait/labels';
import {
  effectiveFields,
  fieldOfKey,
  otherField,
  otherFieldKeys,
  resolveTemplate,
} from '../portrait/templates';
import type { BundleData } from './bundle';

/** Everything stored about one prospect, gathered once for the document renderers. */
export interface ProspectDocument {
  prospect: Prospect;
  note?: Note;
  clips: Clip[];
  portrait?: Portrait;
  /** The prospect's template: a built-in one (from code, never stored) or one of the rep's. */
  template: PortraitTemplate;
  /** The rep's templates in the data: they name values kept from a template used before. */
  userTemplates: PortraitTemplate[];
  people: Person[];
  brief?: Brief;
  needs: Need[];
  drafts: UspDraft[];
}

const byTime = <T extends { createdAt: number; id: string }>(a: T, b: T) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function prospectDocument(
  data: BundleData,
  prospectId: string,
): ProspectDocument | undefined {
  const prospect = data.prospects.find((p) => p.id === prospectId);
  if (!prospect) return undefined;
  const mine = <T extends { prospectId: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.prospectId === prospectId);
  return {
    prospect,
    note: data.notes.find((n) => n.prospectId === prospectId),
    clips: mine(data.clips).sort((a, b) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : 1)),
    portrait: data.portraits.find((p) => p.prospectId === prospectId),
    template: resolveTemplate(prospect.portraitTemplateId, data.portraitTemplates),
    userTemplates: data.portraitTemplates,
    people: mine(data.people).sort(byTime),
    brief: data.briefs.find((b) => b.prospectId === prospectId),
    needs: mine(data.needs).sort(byTime),
    drafts: mine(data.uspDrafts).sort(byTime),
  };
}

/** The brief's list sections, in the order of the method (DOMAIN.md, "Needs brief"). */
export const BRIEF_LIST_SECTIONS = [
  'situation',
  'plans',
  'trends',
  'decisionCriteria',
  'decisionProcess',
  'competitorsConsidered',
] as const satisfies ReadonlyArray<keyof Brief>;

export function entryTexts(entries: readonly TextEntry[]): string[] {
  return entries.map((e) => e.text).filter((text) => text.trim() !== '');
}

/**
 * Portrait values as text, one line per field that has any, in the order the portrait shows them
 * (the template's fields, the core ones, then values kept from another template), named and
 * written in the reader's language.
 */
export function portraitLines(
  doc: Pick<ProspectDocument, 'portrait' | 'template' | 'userTemplates'>,
  t: Translate,
  lang: Language,
): Array<{ key: string; label: string; values: string[] }> {
  if (!doc.portrait) return [];
  const stored = doc.portrait.fields;
  const others = otherFieldKeys(doc.template, stored)
    .sort()
    .map((key) => fieldOfKey(key, doc.userTemplates) ?? otherField(key, doc.userTemplates));
  return [...effectiveFields(doc.template), ...others].flatMap((field) => {
    const values = (stored[field.key] ?? [])
      .map((v) => valueLabel(t, lang, field, v.value))
      .filter((v) => v.trim() !== '');
    return values.length > 0 ? [{ key: field.key, label: fieldLabel(t, field), values }] : [];
  });
}

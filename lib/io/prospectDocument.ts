import type {
  Brief,
  Clip,
  Need,
  Note,
  Person,
  Portrait,
  PortraitTemplate,
  Prospect,
  TextEntry,
  UspDraft,
} from '../model';
import type { BundleData } from './bundle';

/** Everything stored about one prospect, gathered once for the document renderers. */
export interface ProspectDocument {
  prospect: Prospect;
  note?: Note;
  clips: Clip[];
  portrait?: Portrait;
  template?: PortraitTemplate;
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
    template: data.portraitTemplates.find((tpl) => tpl.id === prospect.portraitTemplateId),
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

/** Portrait values as text, one line per field that has any, labelled from the template. */
export function portraitLines(
  doc: Pick<ProspectDocument, 'portrait' | 'template'>,
): Array<{ label: string; values: string[] }> {
  if (!doc.portrait) return [];
  const defs = new Map((doc.template?.fields ?? []).map((f) => [f.key, f]));
  const keys = Object.keys(doc.portrait.fields).sort((a, b) => {
    const oa = defs.get(a)?.order ?? Number.MAX_SAFE_INTEGER;
    const ob = defs.get(b)?.order ?? Number.MAX_SAFE_INTEGER;
    return oa - ob || (a < b ? -1 : a > b ? 1 : 0);
  });
  const out: Array<{ label: string; values: string[] }> = [];
  for (const key of keys) {
    const def = defs.get(key);
    const values = (doc.portrait.fields[key] ?? [])
      .map((v) => (Array.isArray(v.value) ? v.value.join(', ') : String(v.value)))
      .map((v) => (def?.unit && v ? `${v} ${def.unit}` : v))
      .filter((v) => v.trim() !== '');
    if (values.length > 0) out.push({ label: def?.label || key, values });
  }
  return out;
}

// Pure edits of a needs brief. The panel saves each field on its own (autosave per field), so
// every save is a small edit applied to the freshest stored brief inside one transaction – two
// fields saved at once, or two windows, never overwrite each other's work.

import {
  Brief,
  newId,
  type Evidence,
  type Objection,
  type Supplier,
  type TextEntry,
} from '../model';

/** The brief's sections that are lists of free-text entries (each may carry evidence). */
export const ENTRY_SECTIONS = [
  'situation',
  'plans',
  'trends',
  'decisionCriteria',
  'decisionProcess',
  'competitorsConsidered',
] as const;
export type EntrySection = (typeof ENTRY_SECTIONS)[number];

export function emptyBrief(prospectId: string, now: number): Brief {
  return Brief.parse({ prospectId, updatedAt: now });
}

/** Sets an entry's text, adding the entry (with this id) when it is not there yet. */
export function setEntryText(brief: Brief, section: EntrySection, id: string, text: string): Brief {
  const list = brief[section];
  const next = list.some((e) => e.id === id)
    ? list.map((e) => (e.id === id ? { ...e, text } : e))
    : [...list, { id, text }];
  return { ...brief, [section]: next };
}

export function addEntry(
  brief: Brief,
  section: EntrySection,
  text: string,
  evidence?: Evidence,
): { brief: Brief; entry: TextEntry } {
  const entry: TextEntry = evidence ? { id: newId(), text, evidence } : { id: newId(), text };
  return { brief: { ...brief, [section]: [...brief[section], entry] }, entry };
}

type SupplierPatch = Partial<Omit<Supplier, 'id'>>;

/** Changes a supplier's fields, adding the supplier (with this id) when it is not there yet. */
export function upsertSupplier(brief: Brief, id: string, patch: SupplierPatch): Brief {
  const exists = brief.suppliers.some((s) => s.id === id);
  const suppliers = exists
    ? brief.suppliers.map((s) => (s.id === id ? { ...s, ...patch } : s))
    : [...brief.suppliers, { name: '', likes: '', dislikes: '', ...patch, id }];
  return { ...brief, suppliers };
}

type ObjectionPatch = Partial<Omit<Objection, 'id'>>;

export function upsertObjection(brief: Brief, id: string, patch: ObjectionPatch): Brief {
  const exists = brief.objections.some((o) => o.id === id);
  const objections = exists
    ? brief.objections.map((o) => (o.id === id ? { ...o, ...patch } : o))
    : [...brief.objections, { text: '', answer: '', ...patch, id }];
  return { ...brief, objections };
}

export function setBriefText(brief: Brief, field: 'budget' | 'timing', text: string): Brief {
  return { ...brief, [field]: text };
}

/** Remembers a bank question as asked (or skipped), so the panel suggests the next one. */
export function markQuestionAsked(brief: Brief, questionId: string): Brief {
  if (brief.askedQuestionIds.includes(questionId)) return brief;
  return { ...brief, askedQuestionIds: [...brief.askedQuestionIds, questionId] };
}

/** The brief's sections that are lists of records with ids. */
export type BriefListSection = {
  [K in keyof Brief]: Brief[K] extends readonly { id: string }[] ? K : never;
}[keyof Brief];

/** Removes one record (an entry, a supplier, an objection) from a list section. */
export function removeItem(brief: Brief, section: BriefListSection, id: string): Brief {
  return { ...brief, [section]: (brief[section] as { id: string }[]).filter((e) => e.id !== id) };
}

import {
  Brief,
  newId,
  UspDraft,
  type DraftVersion,
  type Language,
  type Need,
  type NeedLink,
  type OfferProfile,
  type Person,
} from '../model';
import {
  composeDraft,
  detectLanguage,
  draftToPlainText,
  matchNeeds,
  withoutGapNotes,
  type MatchResult,
} from '../usp';
import type { DealBriefDb } from './database';
import { getBrief } from './briefs';
import { listNeeds } from './needs';
import { getOfferProfile } from './offers';
import { listPeople } from './people';
import { getProspect, updateProspect } from './prospects';

/** Versions kept per draft (the model's limit); the oldest go first. */
const MAX_VERSIONS = 500;

/**
 * A stored draft as the panel works with it. Texts saved before the gap notes were kept out of
 * the draft's text (the rep's edit, what it started from, saved versions) may still end with them:
 * they are left out here, and an edit that was only that block is no edit at all.
 */
function readDraft(row: unknown): UspDraft {
  const d = UspDraft.parse(row);
  if (d.editedText === null && d.versions.every((v) => withoutGapNotes(v.text) === v.text))
    return d;
  const editedText = d.editedText === null ? null : withoutGapNotes(d.editedText);
  const unedited = editedText === draftToPlainText(d.lines, d.language);
  const { editedFrom, ...rest } = d;
  return {
    ...rest,
    editedText: unedited ? null : editedText,
    ...(editedFrom === undefined || unedited ? {} : { editedFrom: withoutGapNotes(editedFrom) }),
    versions: d.versions.map((v) => ({ ...v, text: withoutGapNotes(v.text) })),
  };
}

/** The draft of a prospect (one per prospect; the newest if an old import left several). */
export async function getDraft(db: DealBriefDb, prospectId: string): Promise<UspDraft | undefined> {
  const rows = await db.uspDrafts.where('prospectId').equals(prospectId).toArray();
  const drafts = rows.map(readDraft).sort((a, b) => b.updatedAt - a.updatedAt);
  return drafts[0];
}

/** The text the rep sees and copies: their edit, or else the generated lines as text. */
export function draftText(draft: Pick<UspDraft, 'lines' | 'editedText' | 'language'>): string {
  return draft.editedText ?? draftToPlainText(draft.lines, draft.language);
}

/** The rep's decision about one need's answer. */
export type LinkDecision =
  | { action: 'confirm'; needId: string; propertyId: string | null }
  | { action: 'remove'; needId: string; propertyId: string }
  | { action: 'reset'; needId: string };

/**
 * Applies a decision to the links. Confirming replaces an earlier confirmation of that need
 * (`propertyId: null` confirms "no answer"); removing marks a property as not an answer for the
 * need (never suggested again); resetting forgets the rep's decisions so suggestions return.
 */
export function applyLinkDecision(links: readonly NeedLink[], d: LinkDecision): NeedLink[] {
  const others = links.filter((l) => l.needId !== d.needId);
  const own = links.filter((l) => l.needId === d.needId && l.status !== 'suggested');
  if (d.action === 'reset') return others;
  if (d.action === 'confirm') {
    const kept = own.filter((l) => l.status === 'removed' && l.propertyId !== d.propertyId);
    return [
      ...others,
      ...kept,
      { needId: d.needId, propertyId: d.propertyId, status: 'confirmed' },
    ];
  }
  const kept = own.filter((l) => l.propertyId !== d.propertyId);
  return [...others, ...kept, { needId: d.needId, propertyId: d.propertyId, status: 'removed' }];
}

/**
 * Who the draft speaks to: the decision maker of the map (the most influential if several), else
 * the economic buyer. Nobody when the map has neither: the draft then stays neutral.
 */
export function chooseDecisionMaker(people: readonly Person[]): Person | undefined {
  for (const role of ['decision_maker', 'economic_buyer'] as const) {
    const found = people
      .filter((p) => p.role === role)
      .sort((a, b) => b.influence - a.influence || a.createdAt - b.createdAt)[0];
    if (found) return found;
  }
  return undefined;
}

/** The suppliers the client uses now and the competitors it considers, by name. */
export function competitorsUsedFrom(brief: Brief | undefined): string[] {
  if (!brief) return [];
  return [
    ...brief.suppliers.map((s) => s.name),
    ...brief.competitorsConsidered.map((c) => c.text),
  ].filter((n) => n.trim().length > 0);
}

/** The needs a draft answers: pains and wishes, not the situation facts, and not blank rows. */
export function draftableNeeds(needs: readonly Need[]): Need[] {
  return needs.filter((n) => n.spin !== 'situation' && n.statement.trim().length > 0);
}

/**
 * The language of a first draft, which goes to the client: the offer profile's language, else the
 * language the client's needs are written in, else the rep's UI language (`fallback`).
 */
export function defaultDraftLanguage(
  offer: Pick<OfferProfile, 'language'> | undefined,
  needs: readonly Pick<Need, 'statement'>[],
  fallback: Language,
): Language {
  return offer?.language ?? detectLanguage(needs.map((n) => n.statement).join(' '), fallback);
}

export interface DraftSources {
  prospect: { name: string; domains: string[] };
  needs: Need[];
  offer: OfferProfile;
  decisionMaker?: Person;
  competitorsUsed: string[];
}

/**
 * The draft's links for selling `offerProfileId`: its own when that is the draft's profile, else
 * the decisions set aside when the rep last sold that profile (none for a profile never sold).
 */
export function linksFor(
  draft: Pick<UspDraft, 'offerProfileId' | 'links' | 'parkedLinks'> | undefined,
  offerProfileId: string,
): NeedLink[] {
  if (!draft) return [];
  if (draft.offerProfileId === offerProfileId) return draft.links;
  return draft.parkedLinks?.[offerProfileId] ?? [];
}

/**
 * The parked links after switching from the draft's profile to `offerProfileId`: the rep's
 * decisions about the old profile set aside, those about the new one taken back out.
 */
function parkLinks(draft: UspDraft, offerProfileId: string): UspDraft['parkedLinks'] {
  const parked = { ...draft.parkedLinks };
  delete parked[offerProfileId];
  const decided = draft.links.filter((l) => l.status !== 'suggested');
  if (decided.length > 0) parked[draft.offerProfileId] = decided;
  else delete parked[draft.offerProfileId];
  return Object.keys(parked).length > 0 ? parked : undefined;
}

/**
 * Matches and composes: pure and deterministic. The rep's decisions are all kept, even a link
 * confirmed to a property deleted since: the need shows as a gap meanwhile (the matcher's rule),
 * and the answer comes back if the property does (Undo in the profile editor).
 */
export function composeFromSources(
  sources: DraftSources,
  links: readonly NeedLink[],
  language: Language,
): MatchResult & { lines: UspDraft['lines'] } {
  const result = matchNeeds(sources.needs, sources.offer, links);
  const lines = composeDraft({
    prospect: sources.prospect,
    needs: sources.needs,
    offer: sources.offer,
    ...(sources.decisionMaker ? { decisionMaker: sources.decisionMaker } : {}),
    competitorsUsed: sources.competitorsUsed,
    links: result.links,
    language,
  });
  return { ...result, lines };
}

/** Reads what a draft is made from. Undefined when the prospect or the profile is gone. */
export async function loadDraftSources(
  db: DealBriefDb,
  prospectId: string,
  offerProfileId: string,
): Promise<DraftSources | undefined> {
  const [prospect, offer, needs, brief, people] = await Promise.all([
    getProspect(db, prospectId),
    getOfferProfile(db, offerProfileId),
    listNeeds(db, prospectId),
    getBrief(db, prospectId),
    listPeople(db, prospectId),
  ]);
  if (!prospect || !offer) return undefined;
  const decisionMaker = chooseDecisionMaker(people);
  return {
    prospect: { name: prospect.name, domains: prospect.domains },
    needs: draftableNeeds(needs),
    offer,
    ...(decisionMaker ? { decisionMaker } : {}),
    competitorsUsed: competitorsUsedFrom(brief),
  };
}

function withVersion(draft: UspDraft, now: number): UspDraft['versions'] {
  const text = draftText(draft);
  const last = draft.versions.at(-1);
  if (draft.lines.length === 0 || (last && last.text === text)) return draft.versions;
  const version: DraftVersion = { at: now, lines: draft.lines, text };
  return [...draft.versions, version].slice(-MAX_VERSIONS);
}

const DRAFT_TABLES = (db: DealBriefDb) =>
  [db.uspDrafts, db.prospects, db.needs, db.briefs, db.people, db.offerProfiles] as const;

export interface GenerateOptions {
  /** The profile to sell; else the draft's, else the prospect's. */
  offerProfileId?: string;
  language?: Language;
  /**
   * The rep's UI language: used when neither the draft, the prospect nor the offer profile has a
   * language and the needs do not tell one (see `defaultDraftLanguage`).
   */
  fallbackLanguage: Language;
  decision?: LinkDecision;
  /** Keep the current text as a version first (the rep pressed "Regenerate"). */
  snapshot?: boolean;
  now?: number;
}

export class NoOfferProfileError extends Error {
  constructor() {
    super('No offer profile is linked to this prospect');
    this.name = 'NoOfferProfileError';
  }
}

/**
 * Generates (or regenerates) the prospect's draft from the brief's needs as they are now. The
 * rep's decisions about links survive, and so does their edited text: it is never overwritten,
 * and when the generated text changes under it, `editedFrom` tells the panel to show both.
 */
export async function generateDraft(
  db: DealBriefDb,
  prospectId: string,
  options: GenerateOptions,
): Promise<UspDraft> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', DRAFT_TABLES(db), async () => {
    const previous = await getDraft(db, prospectId);
    const prospect = await getProspect(db, prospectId);
    if (!prospect) throw new Error(`Prospect ${prospectId} not found`);
    const offerProfileId =
      options.offerProfileId ?? previous?.offerProfileId ?? prospect.offerProfileId;
    if (!offerProfileId) throw new NoOfferProfileError();
    const sources = await loadDraftSources(db, prospectId, offerProfileId);
    if (!sources) throw new NoOfferProfileError();
    const language =
      options.language ??
      previous?.language ??
      prospect.language ??
      defaultDraftLanguage(sources.offer, sources.needs, options.fallbackLanguage);
    let links = linksFor(previous, offerProfileId);
    if (options.decision) links = applyLinkDecision(links, options.decision);
    const composed = composeFromSources(sources, links, language);
    const parkedLinks =
      previous && previous.offerProfileId !== offerProfileId
        ? parkLinks(previous, offerProfileId)
        : previous?.parkedLinks;
    const base: UspDraft = previous ?? {
      id: newId(),
      prospectId,
      offerProfileId,
      language,
      links: [],
      lines: [],
      editedText: null,
      versions: [],
      createdAt: now,
      updatedAt: now,
    };
    const { parkedLinks: _, ...unparked } = base;
    const draft = UspDraft.parse({
      ...unparked,
      offerProfileId,
      language,
      links: composed.links,
      ...(parkedLinks ? { parkedLinks } : {}),
      lines: composed.lines,
      versions: options.snapshot && previous ? withVersion(previous, now) : base.versions,
      updatedAt: Math.max(now, base.updatedAt),
    });
    await db.uspDrafts.put(draft);
    if (prospect.offerProfileId !== offerProfileId)
      await updateProspect(db, prospectId, { offerProfileId }, now);
    return draft;
  });
}

async function changeDraft(
  db: DealBriefDb,
  id: string,
  edit: (draft: UspDraft) => Partial<UspDraft> | null,
  now: number,
): Promise<UspDraft> {
  return db.transaction('rw', db.uspDrafts, async () => {
    const stored = await db.uspDrafts.get(id);
    if (!stored) throw new Error(`Draft ${id} not found`);
    const current = readDraft(stored);
    const patch = edit(current);
    if (!patch) return current;
    const next = UspDraft.parse({
      ...current,
      ...patch,
      id,
      updatedAt: Math.max(now, current.updatedAt),
    });
    await db.uspDrafts.put(next);
    return next;
  });
}

/**
 * Saves the rep's text. Text equal to the generated text is no edit at all (so later
 * regenerations replace it freely); the first edit remembers the text it started from.
 */
export async function saveDraftText(
  db: DealBriefDb,
  id: string,
  text: string,
  now = Date.now(),
): Promise<UspDraft> {
  return changeDraft(
    db,
    id,
    (d) => {
      const generated = draftToPlainText(d.lines, d.language);
      if (text === generated) return { editedText: null, editedFrom: undefined };
      if (text === d.editedText) return null;
      return { editedText: text, editedFrom: d.editedText === null ? generated : d.editedFrom };
    },
    now,
  );
}

/** Keeps the current text as a version, with the time. */
export async function saveDraftVersion(
  db: DealBriefDb,
  id: string,
  now = Date.now(),
): Promise<UspDraft> {
  return changeDraft(db, id, (d) => ({ versions: withVersion(d, now) }), now);
}

/** Puts an earlier version's text back as the rep's text, keeping the current one as a version. */
export async function restoreDraftVersion(
  db: DealBriefDb,
  id: string,
  versionAt: number,
  now = Date.now(),
): Promise<UspDraft> {
  return changeDraft(
    db,
    id,
    (d) => {
      const version = d.versions.find((v) => v.at === versionAt);
      if (!version) return null;
      const generated = draftToPlainText(d.lines, d.language);
      return {
        versions: withVersion(d, now),
        editedText: version.text === generated ? null : version.text,
        editedFrom: version.text === generated ? undefined : generated,
      };
    },
    now,
  );
}

/** Replaces the rep's edit with the newly generated text; the edit is kept as a version. */
export async function adoptGeneratedText(
  db: DealBriefDb,
  id: string,
  now = Date.now(),
): Promise<UspDraft> {
  return changeDraft(
    db,
    id,
    (d) => ({ versions: withVersion(d, now), editedText: null, editedFrom: undefined }),
    now,
  );
}

/** The rep has seen the newly generated text and keeps their own. */
export async function keepEditedText(
  db: DealBriefDb,
  id: string,
  now = Date.now(),
): Promise<UspDraft> {
  return changeDraft(
    db,
    id,
    (d) => (d.editedText === null ? null : { editedFrom: draftToPlainText(d.lines, d.language) }),
    now,
  );
}

/** Whether the generated text moved on since the rep started editing. */
export function generatedChangedSinceEdit(draft: UspDraft): boolean {
  return (
    draft.editedText !== null &&
    draft.editedFrom !== undefined &&
    draft.editedFrom !== draftToPlainText(draft.lines, draft.language)
  );
}

// "Add to brief ▸ Pain / Need / Plan / Trend / Current supplier": a page selection goes straight
// into that part of the needs brief, with the page as evidence, on the site's prospect (created
// if needed). Pains and needs become need rows with their category suggested from the wording.

import { addEntry, upsertSupplier } from '../brief/briefEdits';
import { BRIEF_TARGETS, BriefTarget } from '../brief/captureTargets';
import { draftNeed } from '../brief/needCategory';
import { addNeed, createProspect, updateBrief, type DealBriefDb } from '../db';
import type { MessageKey } from '../i18n';
import { HandlerError } from '../messaging/server';
import { MAX_NEED_STATEMENT_LENGTH, newId } from '../model';
import { identifySite, siteNameFromTitle } from '../site/domain';
import { cutText } from '../text/cut';
import { normaliseQuote, pageEvidence } from './capture';
import type { MenuContribution } from './menus';

export const MENU_BRIEF_PARENT = 'dealbrief-brief';
const ITEM_PREFIX = `${MENU_BRIEF_PARENT}:`;

const TITLES: Record<BriefTarget, MessageKey> = {
  pain: 'brief.menu.pain',
  need: 'brief.menu.need',
  plan: 'brief.menu.plan',
  trend: 'brief.menu.trend',
  supplier: 'brief.menu.supplier',
};

export interface BriefCaptureRequest {
  text: string;
  url: string;
  title: string;
  target: BriefTarget;
  now?: number;
}

export interface BriefCaptureResult {
  prospectId: string;
  target: BriefTarget;
  /** The new need's, entry's or supplier's id. */
  id: string;
}

/** Longest supplier name taken from a selection; the whole selection stays in the evidence. */
const SUPPLIER_NAME_LENGTH = 120;

/** A supplier's name from a selection: its first line, cut at a word. */
export function supplierNameFrom(quote: string): string {
  const line = (quote.split('\n').find((l) => l.trim() !== '') ?? '').trim();
  if (line.length <= SUPPLIER_NAME_LENGTH) return line;
  const cut = line.slice(0, SUPPLIER_NAME_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Saves a selection into the brief section the rep chose. Page text is data: it is kept as a
 * plain string and only ever rendered as text. Prospect and record are written together or not
 * at all.
 */
export async function captureToBrief(
  db: DealBriefDb,
  owner: string,
  request: BriefCaptureRequest,
): Promise<BriefCaptureResult> {
  const site = identifySite(request.url);
  if (site.kind !== 'site')
    throw new HandlerError('capture_unsupported', `Cannot capture from ${site.reason}`);
  const quote = normaliseQuote(request.text);
  if (!quote) throw new HandlerError('capture_empty', 'Nothing selected');
  const now = request.now ?? Date.now();
  const evidence = pageEvidence(site, request.title, quote, now);

  return db.transaction('rw', db.prospects, db.briefs, db.needs, async () => {
    const prospect = await createProspect(db, {
      domain: site.key,
      name: siteNameFromTitle(request.title, site.key),
      owner,
      now,
    });
    const prospectId = prospect.id;
    const { target } = request;
    if (target === 'pain' || target === 'need') {
      const need = await addNeed(
        db,
        draftNeed({
          prospectId,
          // A long selection (Ctrl+A on an annual report) is cut; the evidence keeps more of it.
          statement: cutText(quote, MAX_NEED_STATEMENT_LENGTH),
          // A pain is a problem the client has; a stated need is the value he wants from a fix.
          spin: target === 'pain' ? 'problem' : 'need_payoff',
          evidence,
          now,
        }),
      );
      return { prospectId, target, id: need.id };
    }
    let id = '';
    await updateBrief(
      db,
      prospectId,
      (brief) => {
        if (target === 'supplier') {
          id = newId();
          return upsertSupplier(brief, id, { name: supplierNameFrom(quote), evidence });
        }
        const added = addEntry(brief, target === 'plan' ? 'plans' : 'trends', quote, evidence);
        id = added.entry.id;
        return added.brief;
      },
      now,
    );
    return { prospectId, target, id };
  });
}

/** The "Add to brief" submenu; a click captures the selection into the chosen section. */
export const briefMenu: MenuContribution = {
  entries: (t) => [
    { id: MENU_BRIEF_PARENT, title: t('brief.menu.parent') },
    ...BRIEF_TARGETS.map((target) => ({
      id: `${ITEM_PREFIX}${target}`,
      title: t(TITLES[target]),
      parentId: MENU_BRIEF_PARENT,
    })),
  ],
  async handle(id, click) {
    if (!id.startsWith(ITEM_PREFIX)) return false;
    const target = BriefTarget.safeParse(id.slice(ITEM_PREFIX.length));
    if (!target.success) return false;
    await captureToBrief(click.db, click.owner, {
      text: click.selection,
      url: click.url,
      title: click.title,
      target: target.data,
    });
    return true;
  },
};

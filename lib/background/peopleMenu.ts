import { capturePerson, type DealBriefDb } from '../db';
import { HandlerError } from '../messaging/server';
import type { Person } from '../model';
import { parsePersonText } from '../people/parsePersonText';
import { identifySite, siteNameFromTitle } from '../site/domain';
import { normaliseQuote, pageEvidence } from './capture';
import type { MenuContribution } from './menus';

export const MENU_ADD_PERSON = 'dealbrief-add-person';

export interface PersonSelection {
  text: string;
  url: string;
  title: string;
}

/** A name or a title is a line or two; more than this is a paragraph, kept only as evidence. */
const MAX_NAME_LENGTH = 200;

/**
 * Adds the person named in a page selection ("Главный инженер — Иванов Иван Иванович") to the
 * site's prospect (created if needed), with the selection and its page as evidence. When the
 * text cannot be split into a name and a position, its first line becomes the name so the rep
 * sees the entry and can correct it; the whole quote is kept either way.
 */
export async function addPersonFromSelection(
  db: DealBriefDb,
  owner: string,
  request: PersonSelection,
  now = Date.now(),
): Promise<Person> {
  const site = identifySite(request.url);
  if (site.kind !== 'site')
    throw new HandlerError('capture_unsupported', `Cannot capture from ${site.reason}`);
  const quote = normaliseQuote(request.text);
  if (!quote) throw new HandlerError('capture_empty', 'Nothing selected');
  const parsed = parsePersonText(quote);
  const fallbackName = quote.split('\n')[0]!.trim().slice(0, MAX_NAME_LENGTH);
  const fullName = parsed.fullName || (parsed.position ? '' : fallbackName);
  return capturePerson(db, {
    domain: site.key,
    siteName: siteNameFromTitle(request.title, site.key),
    owner,
    person: { fullName, position: parsed.position.slice(0, 500) },
    evidence: pageEvidence(site, request.title, quote, now),
    now,
  });
}

/** "Add person to DealBrief": the selection becomes a person on the decision-maker map. */
export const peopleMenu: MenuContribution = {
  entries: (t) => [{ id: MENU_ADD_PERSON, title: t('people.menu.addPerson') }],
  async handle(id, click) {
    if (id !== MENU_ADD_PERSON) return false;
    await addPersonFromSelection(click.db, click.owner, {
      text: click.selection,
      url: click.url,
      title: click.title,
    });
    return true;
  },
};

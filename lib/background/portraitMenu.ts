import { findProspectByDomain, type DealBriefDb } from '../db';
import { putFieldValue } from '../db/portraits';
import { getTemplate } from '../db/portraitTemplates';
import { HandlerError } from '../messaging/server';
import type { Portrait } from '../model';
import { fieldLabel } from '../portrait/labels';
import { effectiveFields, findField, resolveTemplate, type FieldSpec } from '../portrait/templates';
import { coerceValue, makeValue } from '../portrait/values';
import { identifySite } from '../site/domain';
import { normaliseQuote, pageEvidence } from './capture';
import type { MenuClick, MenuContribution } from './menus';

export const PORTRAIT_MENU_PARENT = 'dealbrief-portrait';
export const PORTRAIT_MENU_PREFIX = 'dealbrief-portrait:';

export interface PortraitCapture {
  fieldKey: string;
  text: string;
  url: string;
  title: string;
  now?: number;
}

/**
 * Saves a page selection into a field of the site's prospect portrait, with its evidence (page,
 * quote, time). The text becomes the field's type where it can (a number, a date, an option);
 * otherwise it is kept as text, never lost.
 */
export async function captureToPortrait(
  db: DealBriefDb,
  input: PortraitCapture,
): Promise<Portrait> {
  const site = identifySite(input.url);
  if (site.kind !== 'site')
    throw new HandlerError('capture_unsupported', `Cannot capture from ${site.reason}`);
  const prospect = await findProspectByDomain(db, site.key);
  if (!prospect) throw new HandlerError('capture_unsupported', 'No brief for this site yet');
  const quote = normaliseQuote(input.text);
  if (!quote) throw new HandlerError('capture_empty', 'Nothing selected');
  const template =
    (await getTemplate(db, prospect.portraitTemplateId)) ?? resolveTemplate('generic', []);
  const field: FieldSpec = findField(template, input.fieldKey) ?? {
    key: input.fieldKey,
    label: input.fieldKey,
    type: 'text',
    required: false,
    order: 0,
    multiple: false,
    core: false,
    builtIn: false,
  };
  const now = input.now ?? Date.now();
  const value = makeValue(coerceValue(field, quote), pageEvidence(site, input.title, quote, now));
  return putFieldValue(db, prospect.id, field, value, now);
}

/**
 * "Add to portrait ▸ <field>": one entry per field of the current prospect's template (its own
 * fields first, then the always-present ones). Sites without a brief get no entry.
 */
export const portraitMenu: MenuContribution = {
  entries(t, target) {
    if (!target.prospect) return [];
    const template =
      target.portraitTemplate ?? resolveTemplate(target.prospect.portraitTemplateId, []);
    return [
      { id: PORTRAIT_MENU_PARENT, title: t('portrait.menu.parent') },
      ...effectiveFields(template).map((field) => ({
        id: `${PORTRAIT_MENU_PREFIX}${field.key}`,
        parentId: PORTRAIT_MENU_PARENT,
        title: fieldLabel(t, field),
      })),
    ];
  },
  async handle(id: string, click: MenuClick) {
    if (!id.startsWith(PORTRAIT_MENU_PREFIX)) return false;
    await captureToPortrait(click.db, {
      fieldKey: id.slice(PORTRAIT_MENU_PREFIX.length),
      text: click.selection,
      url: click.url,
      title: click.title,
    });
    return true;
  },
};

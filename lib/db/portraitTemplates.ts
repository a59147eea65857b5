// Portrait templates: the built-ins come from code (lib/portrait/templates.ts); the table holds
// only the templates the rep defines. Deleting one never touches portraits: a prospect that
// used it falls back to Generic and its values show under "Other fields".
import { PortraitTemplate } from '../model';
import { BUILT_IN_TEMPLATES, isBuiltInTemplateId } from '../portrait/templates';
import type { DealBriefDb } from './database';

export async function listUserTemplates(db: DealBriefDb): Promise<PortraitTemplate[]> {
  const rows = await db.portraitTemplates.toArray();
  return rows
    .map((r) => PortraitTemplate.safeParse(r))
    .flatMap((r) => (r.success ? [r.data] : []))
    .filter((t) => !isBuiltInTemplateId(t.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Built-ins first, then the rep's own, by name. */
export async function listTemplates(db: DealBriefDb): Promise<PortraitTemplate[]> {
  return [...BUILT_IN_TEMPLATES, ...(await listUserTemplates(db))];
}

export async function getTemplate(
  db: DealBriefDb,
  id: string,
): Promise<PortraitTemplate | undefined> {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (builtIn) return builtIn;
  const row = await db.portraitTemplates.get(id);
  return row ? PortraitTemplate.parse(row) : undefined;
}

export async function saveUserTemplate(
  db: DealBriefDb,
  template: PortraitTemplate,
): Promise<PortraitTemplate> {
  if (isBuiltInTemplateId(template.id) || template.builtIn)
    throw new Error('Built-in templates cannot be changed');
  const parsed = PortraitTemplate.parse(template);
  await db.portraitTemplates.put(parsed);
  return parsed;
}

export async function deleteUserTemplate(db: DealBriefDb, id: string): Promise<void> {
  if (isBuiltInTemplateId(id)) return;
  await db.portraitTemplates.delete(id);
}

// Portrait templates: the built-ins come from code (lib/portrait/templates.ts); the table holds
// only the templates the rep defines. Deleting one never touches portraits: a prospect that
// used it falls back to Generic and its values show under "Other fields", named as the deleted
// template named them (a deleted template stays, hidden, marked `deletedAt`).
import { PortraitTemplate } from '../model';
import { BUILT_IN_TEMPLATES, isBuiltInTemplateId } from '../portrait/templates';
import type { DealBriefDb } from './database';

/**
 * The rep's templates, by name. `withDeleted` adds the deleted ones, for naming the values
 * their fields left behind (never to offer them).
 */
export async function listUserTemplates(
  db: DealBriefDb,
  { withDeleted = false }: { withDeleted?: boolean } = {},
): Promise<PortraitTemplate[]> {
  const rows = await db.portraitTemplates.toArray();
  return rows
    .map((r) => PortraitTemplate.safeParse(r))
    .flatMap((r) => (r.success ? [r.data] : []))
    .filter((t) => !isBuiltInTemplateId(t.id) && (withDeleted || t.deletedAt === undefined))
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
  const template = row ? PortraitTemplate.parse(row) : undefined;
  return template?.deletedAt === undefined ? template : undefined;
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

/** Deletes one of the rep's templates: hidden from now on, its field definitions kept. */
export async function deleteUserTemplate(
  db: DealBriefDb,
  id: string,
  now = Date.now(),
): Promise<void> {
  if (isBuiltInTemplateId(id)) return;
  await db.portraitTemplates.update(id, { deletedAt: now, updatedAt: now });
}

/** How many prospects use a template (what deleting it would switch to Generic). */
export function countProspectsUsing(db: DealBriefDb, templateId: string): Promise<number> {
  return db.prospects.filter((p) => p.portraitTemplateId === templateId).count();
}

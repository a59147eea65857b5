// Portrait templates: which fields a prospect's portrait shows. Built-in templates live in code
// (their labels in locales/*/portrait.json); templates the rep defines are records in Dexie.
// Every template shows the core fields first (DOMAIN.md, "Always useful").
import { CORE_PORTRAIT_FIELDS, newId, PortraitTemplate, type PortraitFieldDef } from '../model';

export type CoreFieldKey = (typeof CORE_PORTRAIT_FIELDS)[number];

/** A field as the portrait shows it: the stored definition plus how it is displayed. */
export interface FieldSpec extends PortraitFieldDef {
  /** Holds a list of values (phones, addresses…); other fields hold one value. */
  multiple: boolean;
  /** Always present, whatever the template. */
  core: boolean;
  /** Label, unit and options are locale keys (built-in fields), not the rep's own words. */
  builtIn: boolean;
}

export const GENERIC_TEMPLATE_ID = 'generic';
export const BUILT_IN_TEMPLATE_IDS = ['generic', 'retail_wholesale', 'manufacturer'] as const;
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATE_IDS)[number];

const MULTIPLE_CORE: ReadonlySet<CoreFieldKey> = new Set([
  'regions',
  'addresses',
  'phones',
  'emails',
  'socials',
  'kpp',
  'currentSuppliers',
]);

/** The always-present fields, in display order. */
export const CORE_FIELDS: readonly FieldSpec[] = CORE_PORTRAIT_FIELDS.map((key, order) => ({
  key,
  label: key,
  type: key === 'socials' ? 'url' : 'text',
  required: false,
  order,
  multiple: MULTIPLE_CORE.has(key),
  core: true,
  builtIn: true,
}));

const FREQUENCY = ['weekly', 'monthly', 'quarterly', 'yearly', 'irregular'];

function builtInField(
  key: string,
  order: number,
  type: PortraitFieldDef['type'],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return {
    key,
    label: key,
    type,
    required: false,
    order,
    multiple: false,
    core: false,
    builtIn: true,
    ...extra,
  };
}

/** The fields each built-in template adds to the core ones. */
const BUILT_IN_FIELDS: Record<BuiltInTemplateId, readonly FieldSpec[]> = {
  generic: [],
  retail_wholesale: [
    builtInField('floorArea', 0, 'number', { unit: 'm2' }),
    builtInField('priceSegment', 1, 'choice', {
      options: ['economy', 'middle', 'premium', 'luxury'],
    }),
    builtInField('brands', 2, 'text', { multiple: true }),
    builtInField('purchaseFrequency', 3, 'choice', { options: FREQUENCY }),
  ],
  manufacturer: [
    builtInField('outputVolume', 0, 'number', { unit: 'tonsPerMonth' }),
    builtInField('equipment', 1, 'text', { multiple: true }),
    builtInField('expansionPlans', 2, 'text'),
    builtInField('purchaseMethod', 3, 'choice', {
      options: ['tender', 'direct', 'framework', 'marketplace'],
    }),
    builtInField('purchaseFrequency', 4, 'choice', { options: FREQUENCY }),
    builtInField('alternativeSuppliers', 5, 'text', { multiple: true }),
  ],
};

export function isBuiltInTemplateId(id: string): id is BuiltInTemplateId {
  return (BUILT_IN_TEMPLATE_IDS as readonly string[]).includes(id);
}

/** The built-in templates as records (names are locale keys: `portrait.template.<id>`). */
export const BUILT_IN_TEMPLATES: readonly PortraitTemplate[] = BUILT_IN_TEMPLATE_IDS.map((id) => ({
  id,
  name: id,
  builtIn: true,
  fields: BUILT_IN_FIELDS[id].map(({ multiple: _m, core: _c, builtIn: _b, ...def }) => def),
  updatedAt: 0,
}));

/**
 * The template a prospect uses: a built-in, one of the rep's, or Generic when its template was
 * deleted (values stay stored either way; they show under "Other fields").
 */
export function resolveTemplate(
  id: string,
  userTemplates: readonly PortraitTemplate[],
): PortraitTemplate {
  return (
    BUILT_IN_TEMPLATES.find((t) => t.id === id) ??
    userTemplates.find((t) => t.id === id && t.deletedAt === undefined) ??
    BUILT_IN_TEMPLATES[0]!
  );
}

/** The fields a template shows (the rep's removed ones are kept only to name old values). */
export function liveFields(template: PortraitTemplate): PortraitFieldDef[] {
  return template.fields.filter((f) => f.deletedAt === undefined).sort((a, b) => a.order - b.order);
}

/** The template's own fields, in order (core fields not included). */
export function templateFields(template: PortraitTemplate): FieldSpec[] {
  if (template.builtIn && isBuiltInTemplateId(template.id))
    return [...BUILT_IN_FIELDS[template.id]];
  return liveFields(template).map((def) => ({
    ...def,
    multiple: false,
    core: false,
    builtIn: false,
  }));
}

/** Every field the portrait shows for this template: the template's own, then the core ones. */
export function effectiveFields(template: PortraitTemplate): FieldSpec[] {
  const own = templateFields(template);
  const ownKeys = new Set(own.map((f) => f.key));
  return [...own, ...CORE_FIELDS.filter((f) => !ownKeys.has(f.key))];
}

export function findField(template: PortraitTemplate, key: string): FieldSpec | undefined {
  return effectiveFields(template).find((f) => f.key === key);
}

/**
 * Where a stored key comes from: one of the rep's templates, else any built-in template. Values
 * keep their key when the prospect switches templates, so a key may belong to another one.
 */
export function fieldOfKey(
  key: string,
  userTemplates: readonly PortraitTemplate[],
): FieldSpec | undefined {
  const own = (def: PortraitFieldDef): FieldSpec => ({
    ...def,
    multiple: false,
    core: false,
    builtIn: false,
  });
  const live = userTemplates
    .filter((t) => t.deletedAt === undefined)
    .flatMap(templateFields)
    .find((f) => f.key === key);
  // A removed field, or a field of a deleted template: the latest definition names it.
  const removed = () =>
    userTemplates
      .flatMap((t) => t.fields.map((f) => ({ f, at: f.deletedAt ?? t.deletedAt ?? 0 })))
      .filter(({ f }) => f.key === key)
      .sort((a, b) => b.at - a.at)[0]?.f;
  const retired = live ? undefined : removed();
  return (
    live ??
    BUILT_IN_TEMPLATE_IDS.flatMap((id) => BUILT_IN_FIELDS[id]).find((f) => f.key === key) ??
    (retired ? own(retired) : undefined)
  );
}

/**
 * A field for a stored key the current template does not show ("Other fields"): a list of text,
 * named as the field it came from, with its unit and options (the key itself when no template
 * knows it – values stored before removed fields were kept).
 */
export function otherField(key: string, userTemplates: readonly PortraitTemplate[]): FieldSpec {
  const known = fieldOfKey(key, userTemplates);
  return {
    key,
    label: known?.label ?? key,
    type: 'text',
    required: false,
    order: 0,
    ...(known?.unit ? { unit: known.unit } : {}),
    ...(known?.options ? { options: known.options } : {}),
    multiple: true,
    core: false,
    builtIn: known?.builtIn ?? false,
  };
}

/** Keys with stored values that the template does not show ("Other fields"). */
export function otherFieldKeys(
  template: PortraitTemplate,
  stored: Record<string, readonly unknown[]>,
): string[] {
  const shown = new Set(effectiveFields(template).map((f) => f.key));
  return Object.keys(stored).filter((k) => !shown.has(k) && (stored[k]?.length ?? 0) > 0);
}

// --- The rep's own templates -------------------------------------------------------------

export function newUserTemplate(name: string, now = Date.now()): PortraitTemplate {
  return PortraitTemplate.parse({
    id: `user-${newId()}`,
    name: name.trim() || 'Template',
    builtIn: false,
    fields: [],
    updatedAt: now,
  });
}

export interface NewFieldInput {
  label: string;
  type: PortraitFieldDef['type'];
  unit?: string;
  options?: string[];
  required?: boolean;
}

/** How many field definitions a template holds, removed ones included (the schema's limit). */
const MAX_TEMPLATE_FIELDS = 200;

/** Adds a field at the end. Keys are random, so renaming a field never orphans its values. */
export function addTemplateField(
  template: PortraitTemplate,
  input: NewFieldInput,
  now = Date.now(),
): PortraitTemplate {
  const order = template.fields.reduce((max, f) => Math.max(max, f.order + 1), 0);
  // At the limit, the longest-removed field's definition makes room (its values stay stored).
  const oldestRemoved = [...template.fields]
    .filter((f) => f.deletedAt !== undefined)
    .sort((a, b) => a.deletedAt! - b.deletedAt!)[0];
  const kept =
    template.fields.length >= MAX_TEMPLATE_FIELDS && oldestRemoved
      ? template.fields.filter((f) => f !== oldestRemoved)
      : template.fields;
  const options = cleanOptions(input.options ?? []);
  const field: PortraitFieldDef = {
    key: `f-${newId().slice(0, 8)}`,
    label: input.label.trim(),
    type: input.type,
    required: input.required ?? false,
    order,
    ...(input.unit?.trim() ? { unit: input.unit.trim() } : {}),
    ...(input.type === 'choice' || input.type === 'multi_choice' ? { options } : {}),
  };
  return PortraitTemplate.parse({
    ...template,
    fields: [...kept, field],
    updatedAt: now,
  });
}

/** Options as the rep typed them: trimmed, blanks and repeats left out. */
function cleanOptions(options: readonly string[]): string[] {
  return [...new Set(options.map((o) => o.trim()).filter(Boolean))];
}

/**
 * Changes a field's definition: rename it, edit its options, make it required. The key stays,
 * so the values prospects hold keep showing under the new name (an option renamed shows, for
 * values ticked before, as the old option beside the new ones).
 */
export function updateTemplateField(
  template: PortraitTemplate,
  key: string,
  patch: Partial<Omit<PortraitFieldDef, 'key' | 'order' | 'deletedAt'>>,
  now = Date.now(),
): PortraitTemplate {
  if (patch.label !== undefined && !patch.label.trim()) return template;
  if (patch.label !== undefined) patch = { ...patch, label: patch.label.trim() };
  if (patch.options) patch = { ...patch, options: cleanOptions(patch.options) };
  return PortraitTemplate.parse({
    ...template,
    fields: template.fields.map((f) => (f.key === key ? { ...f, ...patch } : f)),
    updatedAt: now,
  });
}

/**
 * Takes a field off the template. Its definition stays, marked removed, so values prospects
 * hold under its key keep its name under "Other fields".
 */
export function removeTemplateField(
  template: PortraitTemplate,
  key: string,
  now = Date.now(),
): PortraitTemplate {
  return PortraitTemplate.parse({
    ...template,
    fields: template.fields.map((f) => (f.key === key ? { ...f, deletedAt: now } : f)),
    updatedAt: now,
  });
}

/** Moves a field one place up (-1) or down (+1) among those shown; orders become 0…n-1. */
export function moveTemplateField(
  template: PortraitTemplate,
  key: string,
  delta: -1 | 1,
  now = Date.now(),
): PortraitTemplate {
  const sorted = liveFields(template);
  const i = sorted.findIndex((f) => f.key === key);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= sorted.length) return template;
  [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  const order = new Map(sorted.map((f, n) => [f.key, n]));
  return PortraitTemplate.parse({
    ...template,
    fields: template.fields.map((f) => (order.has(f.key) ? { ...f, order: order.get(f.key)! } : f)),
    updatedAt: now,
  });
}

/** Required fields of the template that have no value yet. */
export function missingRequired(
  template: PortraitTemplate,
  stored: Record<string, readonly unknown[]>,
): FieldSpec[] {
  return templateFields(template).filter((f) => f.required && !(stored[f.key]?.length ?? 0));
}

// Names of built-in templates, fields, units and options come from the locales; the rep's own
// templates carry their own words.
import type { MessageKey, Translate } from '../i18n';
import type { Language, PortraitTemplate } from '../model';
import type { FieldSpec } from './templates';
import type { FieldValue } from './values';

export function templateName(t: Translate, template: PortraitTemplate): string {
  return template.builtIn ? t(`portrait.template.${template.id}` as MessageKey) : template.name;
}

export function fieldLabel(t: Translate, field: Pick<FieldSpec, 'key' | 'label' | 'builtIn'>) {
  return field.builtIn ? t(`portrait.field.${field.key}` as MessageKey) : field.label;
}

export function unitLabel(t: Translate, field: Pick<FieldSpec, 'unit' | 'builtIn'>) {
  if (!field.unit) return '';
  return field.builtIn ? t(`portrait.unit.${field.unit}` as MessageKey) : field.unit;
}

export function optionLabel(
  t: Translate,
  field: Pick<FieldSpec, 'key' | 'builtIn'>,
  option: string,
): string {
  return field.builtIn ? t(`portrait.option.${field.key}.${option}` as MessageKey) : option;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stored value as a reader sees it, outside the editor (the prospect's page, Markdown, import
 * notes): option names and units from the locales, numbers and dates written the language's way.
 * Text that does not fit the field's type is shown as it was typed.
 */
export function valueLabel(
  t: Translate,
  lang: Language,
  field: Pick<FieldSpec, 'key' | 'type' | 'unit' | 'options' | 'builtIn'>,
  value: FieldValue,
): string {
  const one = (v: string | number): string => {
    if (typeof v === 'number') return new Intl.NumberFormat(lang).format(v);
    if (field.options?.includes(v)) return optionLabel(t, field, v);
    const date = field.type === 'date' && ISO_DATE.test(v) ? new Date(`${v}T00:00:00Z`) : null;
    if (date && !Number.isNaN(date.getTime()))
      return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
    return v;
  };
  const text = (Array.isArray(value) ? value.map(one) : [one(value)])
    .filter((v) => v.trim() !== '')
    .join(', ');
  const unit = unitLabel(t, field);
  return text && unit ? `${text} ${unit}` : text;
}

// Names of built-in templates, fields, units and options come from the locales; the rep's own
// templates carry their own words.
import type { MessageKey, Translate } from '../i18n';
import type { PortraitTemplate } from '../model';
import type { FieldSpec } from './templates';

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

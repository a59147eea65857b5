// What is wrong with one value of an imported file (a bundle, an offer profiles file), as a code
// with parameters: the validator's own English messages never reach the rep.
import type * as z from 'zod/mini';
import type { MessageKey, Translate } from '../i18n';

export type ValueDetail =
  | { code: 'missing' }
  | { code: 'type'; expected: string }
  | { code: 'value'; allowed: string[] }
  | { code: 'too_long'; max: number }
  | { code: 'too_short'; min: number }
  | { code: 'other' };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The detail of a validator issue; `root` is what was validated (to tell missing from wrong). */
export function valueDetail(issue: z.core.$ZodIssue, root: unknown): ValueDetail {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(root, issue.path) === undefined
        ? { code: 'missing' }
        : { code: 'type', expected: String(issue.expected) };
    case 'invalid_value':
      return { code: 'value', allowed: issue.values.map(String) };
    case 'too_big':
      return { code: 'too_long', max: Number(issue.maximum) };
    case 'too_small':
      return { code: 'too_short', min: Number(issue.minimum) };
    default:
      return { code: 'other' };
  }
}

/** The validator's type names the locales word; any other falls back to the generic detail. */
const TYPE_NAMES: ReadonlySet<string> = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'array',
  'object',
  'record',
]);

/** A value detail in the rep's language, as a phrase ("the value is missing"). */
export function valueDetailText(t: Translate, detail: ValueDetail): string {
  switch (detail.code) {
    case 'missing':
      return t('import.detail.missing');
    case 'type':
      return TYPE_NAMES.has(detail.expected)
        ? t('import.detail.type', { expected: t(`import.type.${detail.expected}` as MessageKey) })
        : t('import.detail.other');
    case 'value':
      return t('import.detail.value', {
        allowed: detail.allowed.slice(0, 8).join(', ') + (detail.allowed.length > 8 ? ', …' : ''),
      });
    case 'too_long':
      return t('import.detail.tooLong', { max: detail.max });
    case 'too_short':
      return t('import.detail.tooShort', { min: detail.min });
    default:
      return t('import.detail.other');
  }
}

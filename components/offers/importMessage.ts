import type { Translate } from '@/lib/i18n';
import type { ImportDetail, ImportProblem } from '@/lib/offers/io';

function detailText(t: Translate, detail: ImportDetail): string {
  switch (detail.code) {
    case 'missing':
      return t('offers.import.detail.missing');
    case 'type':
      return t('offers.import.detail.type', { expected: detail.expected });
    case 'value':
      return t('offers.import.detail.value', {
        allowed: detail.allowed.slice(0, 8).join(', ') + (detail.allowed.length > 8 ? ', …' : ''),
      });
    case 'too_long':
      return t('offers.import.detail.tooLong', { max: detail.max });
    case 'too_short':
      return t('offers.import.detail.tooShort', { min: detail.min });
    default:
      return t('offers.import.detail.other');
  }
}

/** Why a file was refused, in the user's language, naming the place in the file. */
export function importProblemText(t: Translate, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too_large':
      return t('offers.import.tooLarge', { mb: Math.round(problem.maxBytes / 1_000_000) });
    case 'unreadable':
      return t('offers.import.unreadable');
    case 'not_json':
      return t('offers.import.notJson');
    case 'not_offer_file':
      return t('offers.import.notOfferFile');
    case 'unsupported_version':
      return t('offers.import.version', { version: problem.version });
    case 'duplicate_id':
      return t('offers.import.duplicate', { path: problem.path, id: problem.id });
    case 'invalid':
      return t('offers.import.invalid', {
        path: problem.path,
        detail: detailText(t, problem.detail),
      });
  }
}

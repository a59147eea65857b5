import type { Translate } from '@/lib/i18n';
import { valueDetailText } from '@/lib/io/valueDetail';
import type { ImportProblem } from '@/lib/offers/io';

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
    case 'invalid': {
      const detail = valueDetailText(t, problem.detail);
      return problem.path
        ? t('offers.import.invalid', { path: problem.path, detail })
        : t('offers.import.invalidFile', { detail });
    }
  }
}

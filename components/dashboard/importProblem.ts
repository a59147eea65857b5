import type { Translate } from '@/lib/i18n';
import type { BundleDetail } from '@/lib/io/parseBundle';
import { valueDetailText } from '@/lib/io/valueDetail';

/** The details line of a refused bundle, in the rep's language (a phrase, no engine English). */
export function bundleDetailText(t: Translate, detail: BundleDetail): string {
  switch (detail.code) {
    case 'syntax':
      return t('dashboard.import.detail.syntax');
    case 'not_object':
      return t('dashboard.import.detail.notObject');
    case 'foreign_format':
      return t('dashboard.import.detail.foreignFormat', { found: detail.found });
    case 'newer_version':
      return t('dashboard.import.detail.newerVersion', {
        version: detail.version,
        current: detail.current,
      });
    case 'size':
      return t('dashboard.import.detail.size', { mb: detail.mb });
    case 'duplicate_id':
      return t('dashboard.import.detail.duplicateId', { id: detail.id });
    case 'shared_domain':
      return t('dashboard.import.detail.sharedDomain', { domain: detail.domain });
    case 'no_prospect':
      return t('dashboard.import.detail.noProspect', { id: detail.id });
    default:
      return valueDetailText(t, detail);
  }
}

// The language to coach in: the questions are said to the prospect, so they follow the
// prospect's language, not the rep's interface. Without a recorded language, a Cyrillic company
// name or a Russian-speaking country domain is a strong enough hint.

import type { Language, Prospect } from '../model';

const RU_DOMAIN = /\.(ru|рф|xn--p1ai|su|by|kz)$/i;

export function prospectLanguage(
  prospect: Pick<Prospect, 'language' | 'name' | 'domains'>,
  fallback: Language,
): Language {
  if (prospect.language) return prospect.language;
  if (/\p{Script=Cyrillic}/u.test(prospect.name)) return 'ru';
  if (prospect.domains.some((d) => RU_DOMAIN.test(d))) return 'ru';
  return fallback;
}

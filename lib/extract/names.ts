// Personal-name recognisers for Russian and English page text.
import { EN_GIVEN_NAMES } from './firstnames';

const RU_PATRONYMIC = '(?:ович|евич|ьич|ич|овна|евна|ична|инична)';
const RU_W = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
/** Фамилия Имя Отчество | Имя Отчество Фамилия | Фамилия И. О. | И. О. Фамилия (whole string). */
const RU_FULL = [
  new RegExp(`^${RU_W}\\s+[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+${RU_PATRONYMIC}$`, 'u'),
  new RegExp(`^[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+${RU_PATRONYMIC}\\s+${RU_W}$`, 'u'),
  new RegExp(`^${RU_W}\\s+[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.$`, 'u'),
  new RegExp(`^[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.\\s*${RU_W}$`, 'u'),
];
const HAS_RU_CAPITAL = /[А-ЯЁ]/;
const RU_TWO = new RegExp(`^${RU_W}\\s+${RU_W}$`, 'u');
/** Same shapes, unanchored, for finding a name inside a longer line. */
export const RU_NAME_IN_TEXT = new RegExp(
  `(?<![\\p{L}])(?:${RU_W}\\s+[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+${RU_PATRONYMIC}|[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+${RU_PATRONYMIC}\\s+${RU_W}|${RU_W}\\s+[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.|[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.\\s*${RU_W})(?![\\p{L}])`,
  'gu',
);

// Words that look like capitalised name parts in headings but are not names.
const EN_STOP = new Set(
  `a an the and or of for to in on at by with from our your my we us you about contact contacts home team staff meet
  services service company group office phone email e-mail fax address hours read more learn view click here profile
  new york street avenue road suite center centre city county state north south east west welcome news blog events
  privacy policy terms site map sitemap copyright rights reserved all inc llc ltd corp co corporation limited
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december sales manager director president founder owner partner engineer support
  customer customers client clients care solutions systems products product business management leadership board
  executive executives department careers jobs login sign up get started call now free quote request directions
  location locations map open closed today week day year years insurance law legal firm financial tax services
  real estate medical dental health family associates partners consulting construction marketing technology
  chief officer vice head of mr mrs ms dr miss prof international national american united global local
  valley mountain beach springs video photo gallery`
    .split(/\s+/)
    .filter(Boolean),
);
const EN_TOKEN =
  /^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)$/;
const EN_PARTICLE = /^(?:van|von|de|da|del|della|la|le|di|du|der|den|bin|al)$/;
// Honorifics and ranks before a name ("Capt. Chuck Eichner", "Rev. John Ames").
const EN_PREFIX =
  /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Hon|Judge|Capt|Col|Maj|Lt|Sgt|Cmdr|Fr|Sir|Dame)\.?\s+/;
const EN_SUFFIX =
  /,?\s+(?:Jr\.?|Sr\.?|II|III|IV|CPA|Esq\.?|M\.?D\.?|D\.?D\.?S\.?|D\.?M\.?D\.?|Ph\.?D\.?|P\.?E\.?|AIA|CFP®?|CFA|J\.?D\.?|RN|LEED AP|MBA|CPCU|CIC|ARM|CLU|ChFC|RHU|REHS|MS|MA|BS|DVM|OD|DC|PA-C|NP|LCSW|LPC|CAE|SPHR|PMP)\b\.?/g;

const TITLE_ABBR = /\b(?:C[A-Z]O|S?VP|EVP|GM|HR|PR|IT|MD)\b/;
const CREDENTIALS_TAIL = /(?:\s*,\s*(?:[A-Z]\.?){2,5}(?![\w.]))+$/;

export function stripNameAffixes(s: string): string {
  let t = s.trim().replace(EN_PREFIX, '');
  for (let i = 0; i < 4; i++) {
    const before = t;
    t = t.replace(EN_SUFFIX, '').trim();
    if (t === before) break;
  }
  // Credentials not in the list above ("Heidi Steele, CKD", "Michelle Babb, MS, RD, CD"): a run of
  // short all-capital tokens after a comma at the end.
  // Title abbreviations are not credentials: "Jane Doe, CEO" is a name and a title.
  t = t.replace(CREDENTIALS_TAIL, (tail) => (TITLE_ABBR.test(tail) ? tail : ''));
  // Keep the dot of a final initial ("Петров П. П."), drop other trailing punctuation.
  return t
    .replace(/(?<!(?:^|[\s.])\p{Lu})[,.;:]+$/u, '')
    .replace(/[,;:]+$/, '')
    .trim();
}

/**
 * Could some part of this text pass isPersonName? A Russian ФИО needs a patronymic ending or an
 * initial; an English name needs a known given name as a whole word. A one-pass gate, so
 * callers can skip lines before trying every split of them.
 */
export function mayHoldPersonName(text: string): boolean {
  if (RU_NAME_CUE.test(text)) return true;
  const lower = text.toLowerCase();
  LATIN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LATIN_WORD.exec(lower)))
    if (m[0].length <= 11 && EN_GIVEN_NAMES.has(m[0])) return true;
  return false;
}
const RU_NAME_CUE = /(?:ич|вна|чна)(?![а-яё])|[А-ЯЁ]\./;
const LATIN_WORD = /[a-z]+/g;

/** A Russian full name (ФИО, or surname with initials). */
export function isRuFullName(s: string): boolean {
  // Every shape starts with a Cyrillic capital; most lines of a page have none (cheap reject).
  if (!HAS_RU_CAPITAL.test(s)) return false;
  const t = s.trim().replace(/\s+/g, ' ');
  return RU_FULL.some((re) => re.test(t));
}

/** "Анна Смирнова": plausible only next to a position, so callers use it in card context. */
export function isRuTwoWordName(s: string): boolean {
  if (!HAS_RU_CAPITAL.test(s)) return false;
  return RU_TWO.test(s.trim().replace(/\s+/g, ' '));
}

/**
 * An English personal name of 2–4 tokens (prefixes/suffixes like "Dr.", ", CPA" allowed):
 * 0 = not a name, 1 = name-shaped, 2 = name-shaped and starting with a known given name.
 */
export function enNameStrength(s: string): 0 | 1 | 2 {
  // Cheap rejects before the affix regexes: a name needs a Latin capital, and a prefix plus four
  // suffixes cannot shorten a longer string to the 40 characters a name may have.
  if (s.length > 120 || !/[A-Z]/.test(s)) return 0;
  const t = stripNameAffixes(s);
  if (t.length < 4 || t.length > 40) return 0;
  const tokens = t.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return 0;
  let real = 0;
  for (const tok of tokens) {
    if (EN_PARTICLE.test(tok)) continue;
    if (!EN_TOKEN.test(tok)) return 0;
    if (EN_STOP.has(tok.toLowerCase().replace(/\.$/, ''))) return 0;
    // "Seller's Guide": a possessive is a phrase, not a surname (O'Brien has a capital after).
    if (/['’]s$/.test(tok)) return 0;
    if (tok.length > 2) real++;
  }
  // The last token must be a real word, not an initial ("J. Smith" is fine, "John S." is not).
  if (real < 2 || /^[A-Z]\.$/.test(tokens[tokens.length - 1]!)) return 0;
  const given = tokens.find((x) => !/^[A-Z]\.$/.test(x))?.toLowerCase() ?? '';
  return EN_GIVEN_NAMES.has(given) ? 2 : 1;
}

export function isEnName(s: string): boolean {
  return enNameStrength(s) === 2;
}

export function isPersonName(s: string, lang: 'ru' | 'en' | 'any' = 'any'): boolean {
  if (lang !== 'en' && isRuFullName(s)) return true;
  if (lang !== 'ru' && isEnName(unshout(s))) return true;
  return false;
}

/** "MATTHEW LEE" → "Matthew Lee": team cards often set names in capitals. */
export function unshout(s: string): string {
  // Fast path: a plain lower-case letter means the text is not shouted (the Unicode-class test
  // below is costly when run on every line of a page).
  if (/[a-zа-яё]/.test(s)) return s;
  if (!/\p{Lu}{2}/u.test(s) || /\p{Ll}/u.test(s)) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Display form of a name: single spaces, initials written "И. О.". */
export function cleanName(s: string): string {
  return stripNameAffixes(unshout(s))
    .replace(/\s+/g, ' ')
    .replace(/([А-ЯЁ])\.\s*([А-ЯЁ])\./gu, '$1. $2.')
    .trim();
}

/** Comparison key for a name (case, ё, spacing, dots). */
export function nameKey(s: string): string {
  return cleanName(s)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.\s]+/g, ' ')
    .trim();
}

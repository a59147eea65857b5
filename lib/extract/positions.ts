// Position vocabularies (RU and EN) used to recognise job titles next to people's names.
// Head-words, not full titles: "главный инженер", "Head of Procurement" and "Sales Manager" are
// all recognised by the head-word they contain.

/** Russian head-word stems, matched at the start of a word (case-insensitive). */
export const RU_POSITION_STEMS: readonly string[] = [
  'директор',
  'гендиректор',
  'руководител',
  'начальник',
  'главный инженер',
  'главный механик',
  'главный бухгалтер',
  'главный технолог',
  'главный энергетик',
  'главный врач',
  'главный редактор',
  'главный архитектор',
  'главный конструктор',
  'бухгалтер',
  'менеджер',
  'специалист',
  'инженер',
  'технолог',
  'заместител',
  'зам.',
  'секретар',
  'помощни',
  'офис-менеджер',
  'снабженец',
  'закупщик',
  'президент',
  'вице-президент',
  'председател',
  'учредител',
  'основател',
  'сооснователь',
  'совладел',
  'владел',
  'партн',
  'управляющ',
  'администратор',
  'юрист',
  'юрисконсульт',
  'экономист',
  'аналитик',
  'маркетолог',
  'дизайнер',
  'программист',
  'разработчик',
  'консультант',
  'эксперт',
  'мастер',
  'прораб',
  'механик',
  'энергетик',
  'логист',
  'кладовщик',
  'диспетчер',
  'оператор',
  'координатор',
  'ассистент',
  'представител',
  'агент',
  'аудитор',
  'адвокат',
  'нотариус',
  'врач',
  'стоматолог',
  'преподавател',
  'тренер',
  'продюсер',
  'архитектор',
  'конструктор',
  'проектировщик',
  'сметчик',
  'бригадир',
  'референт',
  'ревизор',
  'казначей',
  'кассир',
  'методист',
  'супервайзер',
  'тимлид',
  'pr-менеджер',
  'ceo',
  'cfo',
  'cto',
  'coo',
  'cmo',
];

/** Words that make an EN title strong on its own (the rest only count inside a longer title). */
const EN_STRONG = new Set([
  'ceo',
  'cfo',
  'cto',
  'coo',
  'cmo',
  'cio',
  'cpo',
  'cro',
  'cso',
  'founder',
  'co-founder',
  'cofounder',
  'owner',
  'co-owner',
  'president',
  'vice president',
  'vp',
  'svp',
  'evp',
  'chairman',
  'chairwoman',
  'director',
  'head of',
  'manager',
  'engineer',
  'partner',
  'attorney',
  'lawyer',
  'counsel',
  'paralegal',
  'dentist',
  'physician',
  'principal',
  'secretary',
  'assistant',
  'receptionist',
  'buyer',
  'officer',
  'executive',
  'administrator',
  'coordinator',
  'supervisor',
  'superintendent',
  'foreman',
  'specialist',
  'consultant',
  'advisor',
  'adviser',
  'analyst',
  'accountant',
  'cpa',
  'controller',
  'comptroller',
  'bookkeeper',
  'treasurer',
  'agent',
  'broker',
  'realtor',
  'representative',
  'associate',
  'architect',
  'designer',
  'technician',
  'estimator',
  'planner',
  'producer',
  'editor',
  'hygienist',
  'therapist',
  'optometrist',
  'veterinarian',
  'surgeon',
  'pharmacist',
  'instructor',
  'chef',
  'chief',
  'general manager',
  'managing director',
  'board member',
  'trustee',
  'dispatcher',
  'inspector',
  'underwriter',
  'auditor',
  'recruiter',
  'proprietor',
  'programmer',
  'counselor',
  'counsellor',
  'of counsel',
  'solicitor',
  'barrister',
  'notary',
  'surveyor',
  'appraiser',
  'paraplanner',
  'registrar',
  'professor',
  'doctor',
  'dds',
  'dmd',
  'nurse',
  'lead',
  'leader',
  'strategist',
  'salesperson',
  'salesman',
  'saleswoman',
  'tutor',
]);

/** English head-words and phrases, matched as whole words (case-insensitive): the strong
 * ones and those that only count inside a longer title. */
export const EN_POSITION_WORDS: readonly string[] = [
  ...EN_STRONG,
  'chair',
  'procurement',
  'purchasing',
  'developer',
  'teacher',
  'trainer',
  'coach',
  'team lead',
  'gm',
  'clerk',
  'office manager',
  'operator',
  'superviser',
  'scientist',
  'marketing',
  'sales',
  'operations',
  'finance',
  'human resources',
  'hr',
  'logistics',
  'dean',
  'administrative',
  'executive assistant',
  'office',
  'admin',
  'support',
  'service',
  'staff',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RU_RE = new RegExp(`(?<![\\p{L}])(?:${RU_POSITION_STEMS.map(escape).join('|')})`, 'iu');
// "Broker's Vehicle": a possessive title word names a thing, not a role.
const EN_RE = new RegExp(
  `\\b(?:${[...EN_STRONG]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?:s)?\\b(?!['’]s\\b)`,
  'i',
);
const EN_ANY_RE = new RegExp(
  `\\b(?:${[...EN_POSITION_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\b(?!['’]s\\b)`,
  'i',
);

/** Professions by their suffix: orthodontist, dermatologist, pediatrician, psychiatrist. */
const PROFESSION_RE = /\b[A-Za-z]{3,}(?:ologist|odontist|iatrist|ician|apist|opractor|ographer)\b/i;

const GROUP_RE =
  /(?:^|\s)(?:team|teams|leadership|staff|employees|people|members|partners|executives|directors|managers|officers|associates|attorneys|engineers|board|our|meet|команда|руководство|сотрудники|специалисты|партн[её]ры|менеджеры|наши|наша)(?:\s|$)/i;

/**
 * Could any part of this text be a title? One regex pass, so a caller can skip lines before
 * trying every split of them (isPosition of any substring implies this on the whole).
 */
export function mentionsPosition(text: string): boolean {
  // Word lookups instead of the vocabulary regexes: a 300-word alternation tried at every
  // position of every line was the scanner's single hottest spot on large pages.
  const lower = text.toLowerCase();
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(lower))) {
    const w = m[0];
    if (w.length >= 4 && VOCAB.prefixes.has(w.slice(0, 4))) return true;
    if (VOCAB.short.has(w) || (w.endsWith('s') && VOCAB.short.has(w.slice(0, -1)))) return true;
    // Russian stems match as prefixes ("зам.", "ceo" in the RU list).
    if (VOCAB.ruShort.has(w.slice(0, 3))) return true;
    if (w.length >= 7 && PROFESSION_END_RE.test(w)) return true;
  }
  return false;
}

/** Letter runs, one script at a time (the vocabulary regexes never match across scripts). */
const WORD_RE = /[a-z]+|[а-яё]+/g;
const PROFESSION_END_RE = /^[a-z]{3,}(?:ologist|odontist|iatrist|ician|apist|opractor|ographer)$/;

/**
 * Keys that every vocabulary match leaves in the text: the first four letters of the entry's
 * longest word (a whole word in the text, or the start of one for Russian stems), or the whole
 * entry when all its words are shorter ("vp", "hr", "зам.").
 */
const VOCAB = (() => {
  const prefixes = new Set<string>();
  const short = new Set<string>();
  const ruShort = new Set<string>();
  const add = (entry: string, ru: boolean) => {
    const words = entry.toLowerCase().match(/[a-z]+|[а-яё]+/g) ?? [];
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length >= 4) prefixes.add(longest.slice(0, 4));
    else if (ru) ruShort.add(longest);
    else short.add(longest);
  };
  for (const e of RU_POSITION_STEMS) add(e, true);
  for (const e of [...EN_POSITION_WORDS, ...EN_STRONG]) add(e, false);
  return { prefixes, short, ruShort };
})();

/** Does this short text read as a job title (and not as a sentence, a phone or a heading)? */
export function isPosition(text: string, strict = false): boolean {
  const t = text.trim().replace(/[:;,]$/, '');
  if (t.length < 2 || t.length > 90) return false;
  // Quotation marks mean a testimonial's headline, not a title.
  if (/[@\d“”"]|https?:|www\.|[!?]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 10) return false;
  // Section headings name groups, not a person's title ("Executive Team", "Наша команда").
  if (words.length <= 4 && GROUP_RE.test(t)) return false;
  if (/\b(?:welcome|click|read more|learn more|call us)\b|добро пожаловать|подробнее/i.test(t))
    return false;
  // Word lookups rule out most texts before the long vocabulary alternations run.
  if (!mentionsPosition(t)) return false;
  if (RU_RE.test(t)) return true;
  if (EN_RE.test(t) || PROFESSION_RE.test(t)) return true;
  return !strict && EN_ANY_RE.test(t) && words.length >= 2;
}

/** Title as it should be shown: trimmed, first letter upper-case, no trailing punctuation. */
export function cleanPosition(text: string): string {
  const t = text.replace(/^[\s,.:;—–\-|(]+|[\s,.:;—–\-|)]+$/g, '').replace(/\s+/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

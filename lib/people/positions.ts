// Position normalisation: "гл. инженер", "Главный инженер", "Chief Engineer" are one position to
// the role statistics, or "chief engineer decides in 50% of prospects" would split into three
// thin rows. The vocabulary below is the documented table of canonical positions.
//
// How a title is matched (pure, no stemmer – a prefix of the word covers Russian inflection):
// 1. split into folded words; expand abbreviations word by word ("гл." → "главный", "ГД" →
//    "генеральный директор", "зам." → "заместитель"), then a few phrases ("информационных
//    технологий" → "it", "vice president" → "vp", "ОТК" → "контроль качества");
// 2. every pattern is a set of word groups; a group matches a distinct word that starts with one
//    of its alternatives (`alt$` must equal the word). Order does not matter, so "Head of
//    Procurement" and "Procurement Director" meet, and department tails ("начальник *отдела*
//    снабжения") and company names after the title are simply extra words;
// 3. the pattern with most groups wins (the most specific reading), then the one whose words come
//    earliest ("начальник отдела снабжения и логистики" is procurement), then table order;
// 4. a deputy ("заместитель", "deputy", "вице") or an assistant ("помощник", "assistant") is a
//    different person from the one they assist: such a title only matches a pattern that uses
//    that word, else it stays free text rather than becoming "chief engineer".
//
// "Manager" rule: in Russian usage «менеджер по X» is a rank-and-file title (a purchaser, a sales
// rep), while in English "X Manager" usually leads the function – so "Purchasing Manager" is
// head_of_procurement but «менеджер по закупкам» is purchaser.

import { words } from './words';

export interface Bilingual {
  en: string;
  ru: string;
}

export interface NormalizedPosition {
  /** A canonical key from the vocabulary, or the normalised free text of an unknown title. */
  key: string;
  label: Bilingual;
  /** True when the key is one of POSITION_VOCABULARY's canonical keys. */
  known: boolean;
}

export interface PositionDef {
  key: string;
  en: string;
  ru: string;
  /** Word-group patterns, see the header. A leading `=` means the title has exactly these words. */
  patterns: string[];
}

const HEAD =
  'начальник|руководител|директор|заведующ|управляющ|head|director|chief|vp$|lead$|leader|manager|mgr$';
const DEPUTY = 'замест|deputy|vice$|вице$';
const ASSISTANT = 'помощник|ассистент|assistant|pa$';

/** "Заместитель (генерального) директора по X" is how Russian companies title X's top manager. */
function deputyDirectorOf(department: string): string[] {
  return [
    `${DEPUTY} директор|director ${department}`,
    `${DEPUTY} генеральн|general директор|director ${department}`,
  ];
}

export const POSITION_VOCABULARY: readonly PositionDef[] = [
  // Top management and owners.
  {
    key: 'owner',
    en: 'Owner',
    ru: 'Собственник',
    patterns: [
      'владел|собственник|учредител|совладел|основател|бенефициар|акционер|owner|founder|cofounder|shareholder',
    ],
  },
  {
    key: 'chairman',
    en: 'Chairman of the Board',
    ru: 'Председатель совета директоров',
    patterns: ['председател|chairman|chairwoman|chairperson', 'chair$ board'],
  },
  {
    key: 'director_general',
    en: 'General Director (CEO)',
    ru: 'Генеральный директор',
    patterns: [
      'генеральн директор',
      'general|генеральн director|manager',
      'ceo$',
      'chief executive',
      'managing|управляющ director|директор',
      'президент|president',
      'директор|руководител|head|director предприят|компан|организац|фирм|завод|фабрик|company|firm',
      // A bare "Директор" or "Руководитель" in a Russian company is the head of the company.
      '=директор',
      '=director',
      '=руководител',
      '=управляющ',
    ],
  },
  {
    key: 'deputy_director_general',
    en: 'Deputy General Director',
    ru: 'Заместитель генерального директора',
    patterns: [
      `${DEPUTY} генеральн|general директор|director`,
      `${DEPUTY} директор|director|ceo$|президент|president`,
      '=vp$',
    ],
  },
  {
    key: 'coo',
    en: 'Chief Operating Officer (COO)',
    ru: 'Исполнительный директор',
    patterns: [
      'исполнительн|операционн директор|руководител',
      'директор операц',
      'coo$',
      'chief operating',
      'executive director',
      `${HEAD} operations|operating|ops$`,
    ],
  },
  {
    key: 'development_director',
    en: 'Business Development Director',
    ru: 'Директор по развитию',
    patterns: [`${HEAD} развит|development`],
  },
  {
    key: 'branch_director',
    en: 'Branch Director',
    ru: 'Директор филиала',
    patterns: [`${HEAD} филиал|представительств|branch`],
  },
  // Money.
  {
    key: 'cfo',
    en: 'Chief Financial Officer (CFO)',
    ru: 'Финансовый директор',
    patterns: [
      `${HEAD} финанс|financ|экономич`,
      'cfo$',
      ...deputyDirectorOf('финанс|financ|экономич'),
    ],
  },
  {
    key: 'chief_accountant',
    en: 'Chief Accountant',
    ru: 'Главный бухгалтер',
    patterns: [
      'главн|chief|head|начальник|руководител|заведующ бухгалтер|accountant|accounting',
      'manager|director accounting',
    ],
  },
  {
    key: 'accountant',
    en: 'Accountant',
    ru: 'Бухгалтер',
    patterns: ['бухгалтер|accountant|bookkeeper|счетовод'],
  },
  {
    key: 'economist',
    en: 'Economist (financial analyst)',
    ru: 'Экономист',
    patterns: ['экономист|economist', 'financial|финансов analyst|аналитик'],
  },
  // Selling side of the client (they often decide on what they resell).
  {
    key: 'commercial_director',
    en: 'Commercial Director',
    ru: 'Коммерческий директор',
    patterns: [
      'коммер директор|director|руководител|head|chief|vp$',
      'commercial director|head|chief|vp$|руководител',
      'cco$',
      ...deputyDirectorOf('коммер|commercial'),
    ],
  },
  {
    key: 'head_of_sales',
    en: 'Head of Sales',
    ru: 'Руководитель отдела продаж',
    patterns: [`${HEAD} продаж|сбыт|sales`, ...deputyDirectorOf('продаж|сбыт|sales')],
  },
  {
    key: 'sales_manager',
    en: 'Sales representative',
    ru: 'Менеджер по продажам',
    patterns: [
      'менеджер|специалист|представител|агент продаж|сбыт|клиент',
      'торгов представител|агент',
      'sales representative|rep$|executive|associate|agent|specialist|engineer',
      'account manager|executive',
      'kam$',
    ],
  },
  {
    key: 'head_of_marketing',
    en: 'Head of Marketing',
    ru: 'Директор по маркетингу',
    patterns: [`${HEAD} маркетинг|marketing`, 'cmo$', ...deputyDirectorOf('маркетинг|marketing')],
  },
  {
    key: 'marketer',
    en: 'Marketing specialist',
    ru: 'Маркетолог',
    patterns: [
      'маркетолог|marketer',
      'менеджер|специалист маркетинг',
      'marketing specialist|executive|coordinator|associate',
    ],
  },
  // Buying.
  {
    key: 'head_of_procurement',
    en: 'Head of Procurement',
    ru: 'Начальник отдела снабжения',
    patterns: [
      `${HEAD} снабж|закуп|procure|purchas|sourcing|buying`,
      'cpo$',
      ...deputyDirectorOf('снабж|закуп|procure|purchas'),
    ],
  },
  {
    key: 'purchaser',
    en: 'Buyer (purchasing specialist)',
    ru: 'Специалист по закупкам',
    patterns: [
      'закупщик|снабженец|buyer|purchaser|байер',
      'менеджер|специалист|инженер|агент|экономист снабж|закуп',
      'procurement|purchasing specialist|officer|agent|clerk|coordinator|executive|analyst',
    ],
  },
  {
    key: 'tender_specialist',
    en: 'Tender specialist',
    ru: 'Специалист по тендерам',
    patterns: [
      'тендер|tender|госзакуп|bid$|bids$',
      'менеджер|специалист|начальник|руководител|manager|specialist|head тендер|tender|госзакуп',
    ],
  },
  // Engineering and production.
  {
    key: 'technical_director',
    en: 'Technical Director (CTO)',
    ru: 'Технический директор',
    patterns: [
      `${HEAD} техническ|technical|technology|engineering|инжиниринг`,
      'cto$',
      ...deputyDirectorOf('техническ|technical'),
    ],
  },
  {
    key: 'chief_engineer',
    en: 'Chief Engineer',
    ru: 'Главный инженер',
    patterns: ['главн|chief|head инженер|engineer'],
  },
  {
    key: 'deputy_chief_engineer',
    en: 'Deputy Chief Engineer',
    ru: 'Заместитель главного инженера',
    patterns: [`${DEPUTY} главн|chief инженер|engineer`],
  },
  { key: 'engineer', en: 'Engineer', ru: 'Инженер', patterns: ['инженер|engineer'] },
  {
    key: 'chief_mechanic',
    en: 'Chief Mechanic (maintenance manager)',
    ru: 'Главный механик',
    patterns: [
      'главн|chief|head механик|mechanic',
      'maintenance manager|head|director|chief|lead$|superintendent|начальник',
      'начальник|руководител|head ремонт',
    ],
  },
  {
    key: 'mechanic',
    en: 'Mechanic',
    ru: 'Механик',
    patterns: ['механик|mechanic', 'maintenance technician|engineer'],
  },
  {
    key: 'chief_power_engineer',
    en: 'Chief Power Engineer',
    ru: 'Главный энергетик',
    patterns: [
      'главн|chief|начальник|head энергетик|энергослужб',
      'chief power|energy',
      'energy manager',
    ],
  },
  {
    key: 'chief_technologist',
    en: 'Chief Technologist',
    ru: 'Главный технолог',
    patterns: ['главн|chief технолог|technologist', 'chief|head|lead$ process engineer'],
  },
  {
    key: 'technologist',
    en: 'Technologist (process engineer)',
    ru: 'Технолог',
    patterns: ['технолог|technologist', 'process engineer'],
  },
  {
    key: 'chief_designer',
    en: 'Chief Designer',
    ru: 'Главный конструктор',
    patterns: ['главн|chief конструктор|designer'],
  },
  {
    key: 'production_director',
    en: 'Production Director',
    ru: 'Директор по производству',
    patterns: [
      `${HEAD} производств|production|manufacturing`,
      'plant$ manager|director|head',
      ...deputyDirectorOf('производств|production'),
    ],
  },
  {
    key: 'shop_head',
    en: 'Workshop Head',
    ru: 'Начальник цеха',
    patterns: [
      'начальник|руководител|заведующ|head|manager цех|workshop',
      'shop$ floor manager|supervisor|head',
    ],
  },
  {
    key: 'foreman',
    en: 'Foreman (shift supervisor)',
    ru: 'Мастер участка',
    patterns: [
      'мастер$|бригадир|foreman|forewoman',
      'shift supervisor|lead$|leader',
      'начальник|руководител смен',
    ],
  },
  {
    key: 'quality_head',
    en: 'Head of Quality',
    ru: 'Директор по качеству',
    patterns: [`${HEAD} качеств|quality|qa$|qc$|qhse$`, ...deputyDirectorOf('качеств|quality')],
  },
  {
    key: 'quality_engineer',
    en: 'Quality engineer (inspector)',
    ru: 'Инженер по качеству',
    patterns: [
      'инженер|специалист|менеджер|контролер|инспектор|engineer|specialist|inspector|controller|auditor|analyst|technician качеств|quality|qa$|qc$',
      '=qa$|qc$',
    ],
  },
  {
    key: 'safety_officer',
    en: 'Health and safety (HSE)',
    ru: 'Охрана труда и промбезопасность',
    patterns: [
      'safety|hse$|ehs$|hsse$',
      'инженер|специалист|engineer|specialist|officer|manager|head|начальник|руководител|директор|director safety|hse$|ehs$',
    ],
  },
  // IT.
  {
    key: 'it_director',
    en: 'IT Director (CIO)',
    ru: 'IT-директор',
    patterns: [
      `${HEAD} it$|информатиз|ict$`,
      'cio$',
      'chief information|digital',
      ...deputyDirectorOf('it$'),
    ],
  },
  {
    key: 'sysadmin',
    en: 'System administrator (IT specialist)',
    ru: 'Системный администратор',
    patterns: [
      'систем|system|network|сетев администратор|administrator|admin$|engineer|инженер',
      'сисадмин|sysadmin',
      'программист|programmer',
      'инженер|engineer программист|programmer|software',
      'it$ специалист|инженер|администратор|менеджер|specialist|engineer|support|administrator|admin$|technician',
    ],
  },
  // Logistics and warehouse.
  {
    key: 'head_of_logistics',
    en: 'Head of Logistics',
    ru: 'Начальник отдела логистики',
    patterns: [
      `${HEAD} логист|logistic|транспорт|transport|доставк|delivery`,
      `${HEAD} supply$ chain`,
      ...deputyDirectorOf('логист|logistic'),
    ],
  },
  {
    key: 'logistician',
    en: 'Logistics specialist',
    ru: 'Логист',
    patterns: [
      'логист|logistician|диспетчер|dispatcher|экспедитор|forwarder',
      'logistics specialist|coordinator|officer|planner|analyst',
    ],
  },
  {
    key: 'warehouse_head',
    en: 'Warehouse Manager',
    ru: 'Заведующий складом',
    patterns: [`${HEAD} склад|warehouse`],
  },
  {
    key: 'storekeeper',
    en: 'Storekeeper',
    ru: 'Кладовщик',
    patterns: [
      'кладовщик|комплектовщик|storekeeper|picker',
      'warehouse clerk|operative|worker|associate',
      'оператор склад',
    ],
  },
  // Legal.
  {
    key: 'head_of_legal',
    en: 'Head of Legal',
    ru: 'Начальник юридического отдела',
    patterns: [
      `${HEAD} юрид|правов|legal|law$`,
      'general counsel',
      'главн юрист|юрисконсульт',
      ...deputyDirectorOf('юрид|правов|legal'),
    ],
  },
  {
    key: 'lawyer',
    en: 'Lawyer (legal counsel)',
    ru: 'Юрист',
    patterns: [
      'юрист|юрисконсульт|адвокат|lawyer|attorney|solicitor|counsel|paralegal',
      'legal specialist|adviser|advisor|officer',
    ],
  },
  // Front office: who picks up the phone.
  {
    key: 'secretary',
    en: 'Secretary (receptionist)',
    ru: 'Секретарь',
    patterns: ['секретар|secretary|receptionist|ресепшен|ресепшн|reception'],
  },
  {
    key: 'assistant',
    en: 'Personal assistant',
    ru: 'Помощник руководителя',
    patterns: [ASSISTANT, 'референт'],
  },
  {
    key: 'office_manager',
    en: 'Office manager',
    ru: 'Офис-менеджер',
    patterns: ['офис|office менеджер|manager|администратор|administrator|coordinator'],
  },
  // People.
  {
    key: 'hr_head',
    en: 'HR Director',
    ru: 'Директор по персоналу',
    patterns: [
      `${HEAD} персонал|кадр|hr$|people$|talent`,
      'chro$',
      ...deputyDirectorOf('персонал|кадр|hr$'),
    ],
  },
  {
    key: 'hr_specialist',
    en: 'HR specialist (recruiter)',
    ru: 'Специалист по персоналу',
    patterns: [
      'менеджер|специалист|инспектор персонал|кадр|подбор',
      'рекрутер|recruiter|кадровик|sourcer',
      'hr$ specialist|generalist|partner|officer|coordinator|bp$|менеджер|специалист|инспектор',
    ],
  },
  {
    key: 'project_manager',
    en: 'Project manager',
    ru: 'Руководитель проектов',
    patterns: ['руководител|менеджер|manager|head|директор|director|lead$ проект|project'],
  },
];

/** Abbreviations and fused words, expanded word by word (keys are folded, dots already gone). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  гл: 'главный',
  глав: 'главный',
  ген: 'генеральный',
  гендиректор: 'генеральный директор',
  гендир: 'генеральный директор',
  гд: 'генеральный директор',
  зам: 'заместитель',
  замдиректора: 'заместитель директора',
  замгендиректора: 'заместитель генерального директора',
  нач: 'начальник',
  ком: 'коммерческий',
  комм: 'коммерческий',
  комдир: 'коммерческий директор',
  коммдир: 'коммерческий директор',
  финдиректор: 'финансовый директор',
  финдир: 'финансовый директор',
  фин: 'финансовый',
  техдиректор: 'технический директор',
  техдир: 'технический директор',
  тех: 'технический',
  исп: 'исполнительный',
  дир: 'директор',
  рук: 'руководитель',
  отд: 'отдел',
  зав: 'заведующий',
  завсклад: 'заведующий складом',
  завскладом: 'заведующий складом',
  спец: 'специалист',
  вед: 'ведущий',
  ст: 'старший',
  пом: 'помощник',
  бух: 'бухгалтер',
  главбух: 'главный бухгалтер',
  сисадмин: 'системный администратор',
  огм: 'главный механик',
  огэ: 'главный энергетик',
  огт: 'главный технолог',
  огк: 'главный конструктор',
  отк: 'контроль качества',
  роп: 'руководитель отдела продаж',
  омтс: 'отдел снабжения',
  мтс: 'снабжения',
  ит: 'it',
  айти: 'it',
  mgr: 'manager',
  dir: 'director',
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  asst: 'assistant',
  exec: 'executive',
  gm: 'general manager',
  md: 'managing director',
};

/** Multi-word phrases rewritten after word expansion, on the space-joined folded words. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^| )информационн\S* технолог\S*/g, '$1it'],
  [/(^| )(vice|вице) (president|президент)\S*/g, '$1vp'],
  [/(^| )human resources?( |$)/g, '$1hr$2'],
  [/(^| )технического контроля( |$)/g, '$1контроль качества$2'],
  [/(^| )материально технического (снабжения|обеспечения)( |$)/g, '$1снабжения$3'],
  [
    /(^| )(охран\S* труда|промышленн\S* безопасност\S*|техник\S* безопасност\S*|промбезопасност\S*)( |$)/g,
    '$1safety$3',
  ],
  [/(^| )по от( |$)/g, '$1по safety$2'],
];

// Matching is indexed, since role statistics normalise thousands of distinct titles: every
// distinct word group gets an id, and each alternative is a key of a prefix (or exact) index.
// A title's word then finds its groups by looking up its own prefixes, and a pattern is a list of
// group ids whose word sets are bit masks (a title is cut to MAX_WORDS ≤ 31 words).

interface CompiledPattern {
  groups: number[];
  exact: boolean;
}

interface CompiledDef {
  def: PositionDef;
  patterns: CompiledPattern[];
}

const GROUP_IDS = new Map<string, number>();
const PREFIX_INDEX = new Map<string, number[]>();
const EXACT_INDEX = new Map<string, number[]>();

function addToIndex(index: Map<string, number[]>, key: string, id: number): void {
  const ids = index.get(key);
  if (ids) ids.push(id);
  else index.set(key, [id]);
}

function groupId(text: string): number {
  let id = GROUP_IDS.get(text);
  if (id === undefined) {
    id = GROUP_IDS.size;
    GROUP_IDS.set(text, id);
    for (const alt of text.split('|')) {
      if (alt.endsWith('$')) addToIndex(EXACT_INDEX, alt.slice(0, -1), id);
      else addToIndex(PREFIX_INDEX, alt, id);
    }
  }
  return id;
}

const DEPUTY_ID = groupId(DEPUTY);
const ASSISTANT_ID = groupId(ASSISTANT);

function compilePattern(text: string): CompiledPattern {
  const exact = text.startsWith('=');
  const groups = (exact ? text.slice(1) : text).split(' ').filter(Boolean).map(groupId);
  return { groups, exact };
}

const COMPILED: readonly CompiledDef[] = POSITION_VOCABULARY.map((def) => ({
  def,
  patterns: def.patterns.map(compilePattern),
}));

const BY_KEY = new Map(POSITION_VOCABULARY.map((d) => [d.key, d]));

/** Long pasted texts are cut: a title is a few words, and word sets are 31-bit masks. */
const MAX_WORDS = 24;

/** Folded words with abbreviations and phrases expanded: the form both matching and free keys use. */
export function positionWords(text: string): string[] {
  const expanded: string[] = [];
  for (const w of words(text)) {
    const full = ABBREVIATIONS[w];
    if (full) expanded.push(...full.split(' '));
    else expanded.push(w);
  }
  let joined = expanded.join(' ');
  for (const [re, to] of PHRASES) joined = joined.replace(re, to);
  return joined.split(' ').filter(Boolean).slice(0, MAX_WORDS);
}

/** For each group id, the bit mask of the words it matches. */
function groupMasks(ws: readonly string[]): Int32Array {
  const masks = new Int32Array(GROUP_IDS.size);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    const bit = 1 << i;
    for (const id of EXACT_INDEX.get(w) ?? []) masks[id] = (masks[id] ?? 0) | bit;
    for (let len = 1; len <= w.length; len++) {
      for (const id of PREFIX_INDEX.get(w.slice(0, len)) ?? []) masks[id] = (masks[id] ?? 0) | bit;
    }
  }
  return masks;
}

/**
 * Assign groups g.. of the pattern distinct words not in `used` (backtracking over bit masks,
 * earliest words first). Returns the highest word index used, or -1 when there is no assignment.
 * A plain function, not a closure: it runs for every pattern of every title normalised.
 */
function assign(
  groups: readonly number[],
  masks: Int32Array,
  g: number,
  used: number,
  maxIndex: number,
): number {
  const id = groups[g];
  if (id === undefined) return maxIndex;
  let free = (masks[id] ?? 0) & ~used;
  while (free !== 0) {
    const bit = free & -free;
    const found = assign(
      groups,
      masks,
      g + 1,
      used | bit,
      Math.max(maxIndex, 31 - Math.clz32(bit)),
    );
    if (found >= 0) return found;
    free &= free - 1;
  }
  return -1;
}

/** Map a free-text title to a canonical position, or to its normalised free text; null if empty. */
const SECRETARY_WORD = /^(секретар|secretary|receptionist|ресепшен|ресепшн|reception)/;

export function normalizePosition(text: string): NormalizedPosition | null {
  const ws = positionWords(text);
  if (ws.length === 0) return null;
  const masks = groupMasks(ws);
  const hasDeputy = masks[DEPUTY_ID] !== 0;
  const hasAssistant = masks[ASSISTANT_ID] !== 0;

  // A secretary or receptionist "of the director general" is a gatekeeper, not the director:
  // like deputies and assistants, the office noun decides, whatever follows it.
  if (ws.some((w) => SECRETARY_WORD.test(w))) {
    const def = BY_KEY.get('secretary')!;
    return { key: def.key, label: { en: def.en, ru: def.ru }, known: true };
  }

  let best: { def: PositionDef; groups: number; maxIndex: number } | undefined;
  for (const { def, patterns } of COMPILED) {
    for (const p of patterns) {
      if (hasDeputy && !p.groups.includes(DEPUTY_ID)) continue;
      if (hasAssistant && !p.groups.includes(ASSISTANT_ID)) continue;
      if (p.exact && ws.length !== p.groups.length) continue;
      const maxIndex = assign(p.groups, masks, 0, 0, -1);
      if (maxIndex < 0) continue;
      const groups = p.groups.length;
      // Strictly better only: equal candidates keep the earlier table entry.
      if (!best || groups > best.groups || (groups === best.groups && maxIndex < best.maxIndex)) {
        best = { def, groups, maxIndex };
      }
    }
  }
  if (best) return { key: best.def.key, label: { en: best.def.en, ru: best.def.ru }, known: true };

  const original = text.trim().replace(/\s+/g, ' ');
  return { key: ws.join(' '), label: { en: original, ru: original }, known: false };
}

/** The label of a canonical key; a free-text key labels itself. */
export function positionLabel(key: string): Bilingual {
  const def = BY_KEY.get(key);
  return def ? { en: def.en, ru: def.ru } : { en: key, ru: key };
}

export function isKnownPositionKey(key: string): boolean {
  return BY_KEY.has(key);
}

import type { Concept } from '../model/concepts';
import type { Person, Role } from '../model/person';
import { normalizeWord } from './text';

/**
 * What the decision maker listens for (DOMAIN.md, "Tailor to the person"): money and risk for a
 * director or CFO, reliability and workload for an engineer, speed and simplicity for a purchaser.
 * The draft puts the answers about these concepts first and frames the intro and next step so.
 */
export const EMPHASES = [
  'money_risk',
  'reliability_workload',
  'speed_simplicity',
  'balanced',
] as const;
export type Emphasis = (typeof EMPHASES)[number];

/**
 * The rule table. Rules are tried in order against the position's words; the first rule with a
 * matching pattern wins. Order matters: "директор по закупкам" is a purchaser and "финансовый
 * директор" a CFO, so the specific functions come before the generic "director"; likewise a
 * "системный администратор" is technical, so the plain "администратор" (office, front desk) comes
 * after the technical rule. A pattern matches at the start of a word ("закуп" matches "закупкам");
 * patterns with spaces match phrases.
 */
export const EMPHASIS_RULES: ReadonlyArray<{ emphasis: Emphasis; patterns: readonly string[] }> = [
  {
    emphasis: 'money_risk',
    patterns: [
      'финанс',
      'cfo',
      'financ',
      'бухгалт',
      'accountant',
      'controller',
      'казначе',
      'treasur',
      'экономист',
      'comptroller',
    ],
  },
  {
    emphasis: 'speed_simplicity',
    patterns: [
      'закуп',
      'снабж',
      'procure',
      'purchas',
      'buyer',
      'sourcing',
      'категорийн',
      'category manager',
      'закупщ',
      'тендер',
      'логист',
      'logistics',
      'supply chain',
      'склад',
      'warehouse',
      'office manager',
      'офис-менеджер',
      'офис менеджер',
    ],
  },
  {
    emphasis: 'reliability_workload',
    patterns: [
      'инженер',
      'механик',
      'технолог',
      'энергетик',
      'engineer',
      'cto',
      'technical',
      'технич',
      'it',
      'ит',
      'айти',
      'maintenance',
      'mechanic',
      'начальник цеха',
      'plant manager',
      'production',
      'производств',
      'operations',
      'эксплуатац',
      'главный метролог',
      'qa',
      'quality',
      'качеств',
      'сервис',
      'системный администратор',
      'сетевой администратор',
      'администратор баз данных',
      'сисадмин',
      'system administrator',
      'systems administrator',
      'network administrator',
      'database administrator',
      'sysadmin',
      'developer',
      'разработ',
    ],
  },
  {
    // An administrator (office, front desk) buys the everyday things: speed and simplicity. After
    // the technical rule, so that a system or network administrator is heard as an engineer.
    emphasis: 'speed_simplicity',
    patterns: ['администратор', 'administrator'],
  },
  {
    emphasis: 'money_risk',
    patterns: [
      'директор',
      'director',
      'ceo',
      'owner',
      'владел',
      'founder',
      'учредит',
      'president',
      'президент',
      'managing',
      'general manager',
      'руководител',
      'head',
      'главный врач',
      'vp',
      'vice president',
      'вице',
      'partner',
      'партнер',
      'chairman',
      'председател',
      'coo',
      'гендиректор',
      'генеральн',
    ],
  },
];

/** When the position says nothing we recognise, the role in the decision decides. */
export const ROLE_EMPHASIS: Readonly<Record<Role, Emphasis>> = {
  decision_maker: 'money_risk',
  economic_buyer: 'money_risk',
  technical_expert: 'reliability_workload',
  user: 'reliability_workload',
  influencer: 'balanced',
  gatekeeper: 'balanced',
  champion: 'balanced',
  blocker: 'balanced',
  unknown: 'balanced',
};

/** How much each emphasis cares about each concept (0..1); unlisted concepts count 0. */
export const EMPHASIS_WEIGHTS: Readonly<Record<Emphasis, Partial<Record<Concept, number>>>> = {
  money_risk: {
    price: 1,
    payment_terms: 1,
    discounts: 0.8,
    warranty: 0.9,
    transparency: 0.8,
    compliance: 0.8,
    security: 0.8,
    supply_reliability: 0.7,
    reputation: 0.7,
    downtime: 0.6,
    energy_efficiency: 0.6,
    analytics: 0.5,
    scalability: 0.5,
  },
  reliability_workload: {
    supply_reliability: 1,
    downtime: 1,
    quality_consistency: 1,
    quality: 0.9,
    maintenance: 0.9,
    service_support: 0.9,
    convenience: 0.8,
    technical_expertise: 0.8,
    installation: 0.7,
    integration: 0.7,
    training: 0.7,
    warranty: 0.6,
    documentation: 0.5,
    security: 0.5,
  },
  speed_simplicity: {
    delivery_speed: 1,
    convenience: 1,
    ordering: 1,
    stock_availability: 0.9,
    personal_manager: 0.8,
    logistics: 0.7,
    assortment: 0.7,
    documentation: 0.6,
    flexibility: 0.6,
    communication: 0.6,
    price: 0.5,
    returns: 0.5,
  },
  balanced: {},
};

function matchesPattern(position: string, pattern: string): boolean {
  // Word-start match: "it" must not fire inside "quality", "head" not inside "ahead".
  const at = position.indexOf(pattern);
  for (let i = at; i >= 0; i = position.indexOf(pattern, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(position[i - 1]!)) {
      // Short patterns (it, ит, vp, qa, cto…) must be whole words, or "итог" would be IT.
      const end = i + pattern.length;
      if (pattern.length > 3 || end === position.length || !/[\p{L}\p{N}]/u.test(position[end]!)) {
        return true;
      }
    }
  }
  return false;
}

/** The emphasis for a decision maker: by position first, by role when the position is unknown. */
export function emphasisFor(person?: Pick<Person, 'position' | 'role'>): Emphasis {
  if (!person) return 'balanced';
  const position = normalizeWord(person.position).replace(/\s+/g, ' ').trim();
  for (const rule of EMPHASIS_RULES) {
    if (rule.patterns.some((p) => matchesPattern(position, p))) return rule.emphasis;
  }
  return ROLE_EMPHASIS[person.role];
}

/** How much an emphasis cares about a set of concepts with strengths: the strongest one counts. */
export function emphasisWeight(emphasis: Emphasis, concepts: ReadonlyMap<Concept, number>): number {
  const weights = EMPHASIS_WEIGHTS[emphasis];
  let best = 0;
  for (const [c, s] of concepts) best = Math.max(best, s * (weights[c] ?? 0));
  return best;
}

import type { Need } from '../model/brief';
import type { Concept } from '../model/concepts';
import type { Language } from '../model/common';
import type { OfferProfile, OfferProperty } from '../model/offer';
import type { Person } from '../model/person';
import type { Prospect } from '../model/prospect';
import type { DraftLine, NeedLink } from '../model/usp';
import { scanConcepts } from './conceptScan';
import { emphasisFor, emphasisWeight, type Emphasis } from './emphasis';
import { DEFAULT_THRESHOLD, rankProperties } from './matcher';
import { TEMPLATES, fill, type DraftTemplates } from './templates';
import { analyze } from './text';

export type ComposableNeed = Pick<Need, 'id' | 'statement'> &
  Partial<Pick<Need, 'priority' | 'category' | 'categoryConfirmed'>>;

export interface ComposeInput {
  prospect: Pick<Prospect, 'name' | 'domains'>;
  needs: readonly ComposableNeed[];
  offer: Pick<OfferProfile, 'properties' | 'differentiators' | 'competitors'>;
  decisionMaker?: Pick<Person, 'fullName' | 'position' | 'role'>;
  /** Names of the competitors the client uses or considers (brief: suppliers, considered). */
  competitorsUsed: readonly string[];
  /** The need → property links (from `matchNeeds`, with the rep's decisions in them). */
  links: readonly NeedLink[];
  language: Language;
}

/** One inserted text on one line, without the full stop we add ourselves. */
export function clause(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,]+$/u, '');
}

/** Join clauses into sentences; a clause already ending in ! ? or … keeps its own mark. */
function sentences(parts: readonly string[]): string {
  return parts
    .filter((p) => p.length > 0)
    .map((p) => (/[!?…]$/u.test(p) ? p : `${p}.`))
    .join(' ');
}

const PRIORITY_RANK = { high: 2, medium: 1, low: 0 } as const;

/** The link the draft follows for a need: the rep's confirmed choice, else the suggestion. */
function chosenLink(needId: string, links: readonly NeedLink[]): NeedLink | undefined {
  const own = links.filter((l) => l.needId === needId);
  const confirmed = own.find((l) => l.status === 'confirmed');
  if (confirmed) return confirmed;
  const removed = new Set(own.filter((l) => l.status === 'removed').map((l) => l.propertyId));
  return own.find(
    (l) => l.status === 'suggested' && l.propertyId !== null && !removed.has(l.propertyId),
  );
}

function conceptsOf(text: string, extra: readonly Concept[] = []): Map<Concept, number> {
  const { strength } = scanConcepts(analyze(text));
  for (const c of extra) if (c !== 'other') strength.set(c, 1);
  return strength;
}

/** Compare company names the way a rep writes them: no quotes, no legal form, any case. */
export function normalizeCompanyName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'’`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w))
    .join(' ');
}

const LEGAL_FORMS = new Set([
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'нко',
  'гк',
  'тд',
  'llc',
  'inc',
  'ltd',
  'gmbh',
  'corp',
  'co',
  'plc',
  'ag',
  'sa',
  'bv',
  'the',
]);

function sameCompany(a: string, b: string): boolean {
  const x = normalizeCompanyName(a);
  const y = normalizeCompanyName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

interface Answer {
  need: ComposableNeed;
  property: OfferProperty;
  order: number;
  key: number;
}

function answerText(t: DraftTemplates, need: ComposableNeed, p: OfferProperty): string {
  const head = fill(t.answer, { pain: clause(need.statement), statement: clause(p.statement) });
  const proof = clause(p.proof);
  const conditions = clause(p.conditions);
  return sentences([
    head,
    proof ? fill(t.proof, { proof }) : '',
    conditions ? fill(t.conditions, { conditions }) : '',
  ]);
}

/**
 * Lines setting us apart: first against each competitor the client named (its weakness from the
 * offer profile, and our differentiators that answer it, else the property that does, else all
 * our differentiators), then every differentiator not yet said.
 */
function differentiatorLines(input: ComposeInput, t: DraftTemplates): DraftLine[] {
  const { offer } = input;
  const lines: DraftLine[] = [];
  const said = new Set<string>();
  const usedCompetitors = new Set<string>();
  const diffsAsProps = offer.differentiators.map((d) => ({
    id: d.id,
    statement: d.statement,
    categories: [],
    keywords: [],
    proof: '',
    conditions: '',
  }));
  for (const name of input.competitorsUsed) {
    const competitor = offer.competitors.find(
      (c) => !usedCompetitors.has(c.id) && sameCompany(c.name, name),
    );
    if (!competitor) continue;
    usedCompetitors.add(competitor.id);
    const weakness = clause(competitor.weaknesses);
    const probe = { id: competitor.id, statement: weakness };
    const diffs = weakness
      ? rankProperties(probe, { properties: diffsAsProps }).filter(
          (r) => r.score >= DEFAULT_THRESHOLD,
        )
      : [];
    let ours: string[] = diffs
      .slice(0, 2)
      .map((r) => offer.differentiators.find((d) => d.id === r.propertyId)!.statement);
    let propertyId: string | undefined;
    if (ours.length > 0) diffs.slice(0, 2).forEach((r) => said.add(r.propertyId));
    else {
      const prop = weakness
        ? rankProperties(probe, offer).find((r) => r.score >= DEFAULT_THRESHOLD)
        : undefined;
      const p = prop && offer.properties.find((x) => x.id === prop.propertyId);
      if (p) {
        ours = [p.statement];
        propertyId = p.id;
      } else {
        ours = offer.differentiators.slice(0, 3).map((d) => d.statement);
        offer.differentiators.slice(0, 3).forEach((d) => said.add(d.id));
      }
    }
    if (ours.length === 0 || !weakness) continue;
    const text = sentences([
      fill(t.versusCompetitor, {
        competitor: clause(competitor.name),
        weakness,
        ours: ours.map(clause).join(t.listSeparator),
      }),
    ]);
    lines.push(
      propertyId ? { kind: 'differentiator', text, propertyId } : { kind: 'differentiator', text },
    );
  }
  for (const d of offer.differentiators) {
    if (said.has(d.id)) continue;
    lines.push({
      kind: 'differentiator',
      text: sentences([fill(t.apartFrom, { statement: clause(d.statement) })]),
    });
  }
  return lines;
}

/**
 * Compose the USP draft from templates in the prospect's language: headline (client and main
 * pain), intro framed by the decision maker's emphasis, "your pain → our answer" lines (the
 * emphasised and higher-priority needs first), what sets us apart, a next step, and apart from
 * the rest the needs we have no answer to. Pure and deterministic: same input, same lines.
 */
export function composeDraft(input: ComposeInput): DraftLine[] {
  const t = TEMPLATES[input.language];
  const emphasis: Emphasis = emphasisFor(input.decisionMaker);
  const client = clause(input.prospect.name) || input.prospect.domains[0] || '';
  const propsById = new Map(input.offer.properties.map((p) => [p.id, p]));

  const answers: Answer[] = [];
  const gaps: ComposableNeed[] = [];
  const seen = new Set<string>();
  input.needs.forEach((need, order) => {
    if (seen.has(need.id)) return;
    seen.add(need.id);
    const link = chosenLink(need.id, input.links);
    const property = link?.propertyId != null ? propsById.get(link.propertyId) : undefined;
    if (!property) {
      gaps.push(need);
      return;
    }
    const confirmedCategory = need.categoryConfirmed && need.category ? [need.category] : [];
    const concepts = conceptsOf(need.statement, confirmedCategory);
    for (const [c, s] of conceptsOf(property.statement, property.categories)) {
      concepts.set(c, Math.max(s, concepts.get(c) ?? 0));
    }
    // Priority dominates (the client said what hurts most); emphasis orders within a priority.
    const key =
      PRIORITY_RANK[need.priority ?? 'medium'] + emphasisWeight(emphasis, concepts) * 0.99;
    answers.push({ need, property, order, key });
  });
  answers.sort((a, b) => b.key - a.key || a.order - b.order);

  const lines: DraftLine[] = [];
  const main = answers[0];
  lines.push({
    kind: 'headline',
    text: main
      ? fill(t.headline, { client, pain: clause(main.need.statement) })
      : fill(t.headlineNoAnswer, { client }),
    ...(main ? { needId: main.need.id } : {}),
  });
  const person = clause(input.decisionMaker?.fullName ?? '');
  const focus = t.focus[emphasis];
  lines.push({
    kind: 'intro',
    text: person ? fill(t.intro, { person, focus }) : fill(t.introNoName, { focus }),
  });
  for (const a of answers) {
    lines.push({
      kind: 'answer',
      text: answerText(t, a.need, a.property),
      needId: a.need.id,
      propertyId: a.property.id,
    });
  }
  lines.push(...differentiatorLines(input, t));
  lines.push({ kind: 'next_step', text: fill(t.nextStep[emphasis], { client }) });
  for (const g of gaps)
    lines.push({ kind: 'gap', text: fill(t.gap, { pain: clause(g.statement) }), needId: g.id });
  return lines;
}

// Staff with positions: "Генеральный директор — Иванов Иван Иванович", "Jane Doe, Head of
// Procurement", cards with the name and the title in separate elements, JSON-LD Person.
// People quoted in reviews, testimonials and news are not staff and are skipped.
import { FactBag, evidence } from './facts';
import {
  cleanName,
  enNameStrength,
  isPersonName,
  isRuFullName,
  isRuTwoWordName,
  mayHoldPersonName,
  nameKey,
  RU_NAME_IN_TEXT,
  unshout,
} from './names';
import { compact, hasLegalForm, stripLegalForm } from './org';
import { cleanPosition, isPosition, mentionsPosition } from './positions';
import { findProsePeople } from './prose';
import type { Evidence, PersonFact } from './schema';
import { firstString, isOrgNode, isPersonNode, type SdNode } from './sd';
import { modelLines, quotedLines, snippetAround, type Line, type TextModel } from './text';

/** Properties through which a Person is not staff (authors of reviews/articles, reviewers). */
const EXTERNAL_PROPS = new Set([
  'author',
  'review',
  'reviews',
  'creator',
  'reviewedBy',
  'comment',
  'contributor',
  'editor',
  'publisher',
  'actor',
  'performer',
  'attendee',
]);
// "Phil Faulkner- Estimator": a hyphen followed by a space separates too ("Mary-Ann" has none).
const SEPARATORS = /\s+[—–-]{1,2}\s+|\s*[—–|:]\s*|,\s+|\s+-\s*|-\s+|\s*\/\s+/g;
const MAX_LINES = 20_000;
const BYLINE_RE = /^(?:by|from)\s+(?=[A-ZА-ЯЁ])/i;
const NAME_SHAPED_START = /^[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]/;
const AS_TITLE_RE = /^As\s+(?:(?:a|an|the|our)\s+)?([^,.;:!?]{2,50}),\s+([A-Z][a-z]+)\b/;
const NAME_START_RE = /^(?:[A-ZА-ЯЁ]|(?:van|von|de|da|del|della|la|le|di|du|der|den|bin|al)\s)/;

export function extractPeople(
  model: TextModel,
  sd: SdNode[],
  ownOrgNames: readonly string[] = [],
): PersonFact[] {
  const bag = new FactBag<PersonFact>();
  const own = ownOrgNames.map((n) => compact(stripLegalForm(n))).filter((c) => c.length >= 3);
  // Every judgement below is a pure function of a line's text (and of `own`, fixed per scan), and
  // pages repeat their lines – menus, footers, the same card on several tabs, "Директор" labels –
  // so each distinct text is judged once per scan.
  const memo = new TextMemo();
  const names = memo.table<{ name: string; key: string }>();
  const positions = memo.table<string | null | undefined>();
  const add = (
    rawName: string,
    rawPosition: string | undefined,
    ev: Evidence | (() => Evidence),
  ) => {
    const { name, key } = names(rawName, () => {
      const n = cleanName(rawName);
      return { name: n, key: nameKey(n) };
    });
    let position: string | undefined;
    if (rawPosition) {
      const judged = positions(rawPosition, () => {
        const p = cleanPosition(rawPosition);
        return p ? judgeEmployer(p, own) : undefined;
      });
      if (judged === null) return;
      position = judged || undefined;
    }
    bag.add(
      key,
      () => ({ name, ...(position ? { position } : {}), evidence: [] }),
      ev,
      (f) => {
        if (!f.position && position) f.position = position;
      },
    );
  };

  const sdStaff = staffFromSd(sd).map(({ person, role }) => ({
    name:
      firstString(person, 'name') ??
      [firstString(person, 'givenName'), firstString(person, 'familyName')]
        .filter(Boolean)
        .join(' '),
    title: firstString(person, 'jobTitle'),
    role,
    source: person.source,
  }));
  // Explicit jobTitle first; a role implied by the property ("founder") only fills gaps at the end.
  for (const p of sdStaff)
    if (p.name && p.title && p.name.length < 80)
      add(p.name, p.title, evidence(p.source, `${p.name}, ${p.title}`));

  const lines = modelLines(model).slice(0, MAX_LINES);
  const quotedFlags = quotedLines(model, lines);
  // Line judgements are memoised per distinct line text: one map lookup per line gives it an id,
  // the tables below are indexed by it.
  const ids = lineIds(lines);
  const lineTable = <T>() => {
    const values = new Array<T | typeof UNSET>(ids.count).fill(UNSET);
    return (i: number, compute: (text: string) => T): T => {
      const id = ids.of[i]!;
      const v = values[id];
      if (v !== UNSET) return v as T;
      const computed = compute(lines[i]!.text);
      values[id] = computed;
      return computed;
    };
  };
  // Line gates are used by passes 1 and 3.
  const cues = lineTable<boolean>();
  const mentionTable = lineTable<boolean>();
  const hasCue = (i: number) => cues(i, mayHoldPersonName);
  const mentions = (i: number) => mentionTable(i, mentionsPosition);
  const inlines = lineTable<{ name: string; position: string } | undefined>();
  const used = new Set<number>();
  // Pass 1: lines that hold both name and title; they are the least ambiguous.
  lines.forEach((line, i) => {
    if (line.text.length > 300 || quotedFlags[i]) return;
    // Cheap gates first: a name cue (or a name-shaped line start for the unusual-given-name
    // form) and a title word somewhere on the line.
    const nameCue = hasCue(i) || (line.text.length <= 110 && NAME_SHAPED_START.test(line.text));
    if (!nameCue || !mentions(i)) return;
    const inline = inlines(i, splitInline);
    if (!inline) return;
    add(inline.name, inline.position, () =>
      evidence('text', snippetAround(model.text, line.start, line.start + line.text.length)),
    );
    used.add(i);
  });
  // Pass 2: cards – a line that is only a name, with the title on the next (or previous) line(s).
  const cards = lineTable<{ t: string; strong: boolean; key: string } | null>();
  const cardName = (i: number) =>
    cards(i, (text) => {
      // Every name shape starts with a capital (or a lower-case particle: "van", "de"); most
      // lines of a page do not, and the name tests below are the costly part of this pass.
      // A byline ("by Jon Gunderson") over a title line is a staff author's card.
      let t = text;
      if (!NAME_START_RE.test(t)) {
        if (!BYLINE_RE.test(t)) return null;
        t = t.replace(BYLINE_RE, '');
        if (!NAME_START_RE.test(t)) return null;
      }
      t = t.replace(/[,;]$/, '');
      // A known given name (or a Russian ФИО) lets a weaker title through; a merely name-shaped
      // line needs a title with a strong head-word next to it.
      const en = enNameStrength(unshout(t));
      const strong = en === 2 || isRuFullName(t);
      const weak = !strong && (en === 1 || isRuTwoWordName(t));
      if (!strong && !weak) return null;
      return { t, strong, key: nameKey(cleanName(t)) };
    });
  // A title line is not the next card's name even when it is name-shaped ("System Designer",
  // "INTERIOR DESIGNER"): without a known given name, a title word decides.
  const nameTable = lineTable<boolean>();
  const isName = (k: number) =>
    nameTable(
      k,
      (s) =>
        isPersonName(s) ||
        isRuTwoWordName(s) ||
        (enNameStrength(unshout(s)) > 0 && !isPosition(s, true)),
    );
  const strictTitles = lineTable<boolean>();
  const looseTitles = lineTable<boolean>();
  const strictPosition = (s: string) => isPosition(s, true);
  const loosePosition = (s: string) => isPosition(s, false);
  const position = (k: number, strict: boolean) =>
    strict ? strictTitles(k, strictPosition) : looseTitles(k, loosePosition);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (used.has(i) || line.text.length > 60 || quotedFlags[i]) continue;
    const card = cardName(i);
    if (!card) continue;
    const { t, strong } = card;
    const weak = !strong;
    if (bag.map.has(card.key)) continue;
    const titleAt = (k: number, strict = weak) => {
      const l = lines[k];
      return (
        l !== undefined && !used.has(k) && !quotedFlags[k] && position(k, strict) && !isName(k)
      );
    };
    if (titleAt(i + 1)) {
      // A title broken over lines by <br> ("President and" / "Chief Executive Officer").
      let last = i + 1;
      // Continue only into a line that cannot stand alone as the next card's title.
      const continues = (k: number) =>
        /(?:\b(?:and|of|for|и|по)|[,&/])\s*$/i.test(lines[k - 1]!.text) || !position(k, true);
      while (
        last < i + 3 &&
        titleAt(last + 1, false) &&
        lines[last + 1]!.text.length < 60 &&
        continues(last + 1)
      )
        last++;
      const title = lines
        .slice(i + 1, last + 1)
        .map((l) => l.text)
        .join(' ');
      add(
        t,
        title,
        evidence(
          'text',
          snippetAround(model.text, line.start, lines[last]!.start + lines[last]!.text.length),
        ),
      );
      for (let k = i; k <= last; k++) used.add(k);
      i = last;
    } else if (
      // A title that labels the next line ("District Superintendent:") lets any name shape in.
      (strong || /:$/.test(lines[i - 1]?.text ?? '')) &&
      titleAt(i - 1, true) &&
      lines[i - 1]!.text.length < 60 &&
      !(lines[i - 2] && isName(i - 2))
    ) {
      const prev = lines[i - 1]!;
      add(
        t,
        prev.text,
        evidence('text', snippetAround(model.text, prev.start, line.start + line.text.length)),
      );
      used.add(i - 1).add(i);
    } else if (strong && !used.has(i + 1) && !quotedFlags[i + 1]) {
      // A name over a bio that opens with the title: "Arvin Marchel" / "As co-founder, Arvin…".
      const next = lines[i + 1];
      const as = next && AS_TITLE_RE.exec(next.text);
      const given = cleanName(t).split(' ')[0]!;
      if (as && (as[2] === given || /^(?:he|she)$/i.test(as[2]!)) && isPosition(as[1]!, true)) {
        add(
          t,
          as[1]!,
          evidence('text', snippetAround(model.text, line.start, next.start + as[0].length)),
        );
        used.add(i);
      }
    }
  }
  // Pass 3: people described in running text (bios, introductions); cards and lines win.
  const prose = lineTable<ReturnType<typeof findProsePeople>>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (used.has(i) || quotedFlags[i] || line.text.length > 1500) continue;
    if (!hasCue(i) || !mentions(i)) continue;
    for (const p of prose(i, findProsePeople)) {
      // "Brad has been…" after "Brad Zach is…": a first-name reference to someone found already.
      const k = nameKey(p.name);
      if (!k.includes(' ') && [...bag.map.keys()].some((x) => x.startsWith(`${k} `))) continue;
      add(p.name, p.position, () =>
        evidence('text', snippetAround(model.text, line.start + p.start, line.start + p.end)),
      );
    }
  }
  for (const p of sdStaff)
    if (p.name && !p.title && p.role && p.name.length < 80)
      add(p.name, p.role, evidence(p.source, `${p.name}, ${p.role}`));
  return bag.values();
}

const UNSET = Symbol('unset');

/** Equal line texts share an id (ids are dense, in order of first appearance). */
function lineIds(lines: readonly Line[]): { of: Int32Array; count: number } {
  const of = new Int32Array(lines.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    let id = seen.get(t);
    if (id === undefined) seen.set(t, (id = seen.size));
    of[i] = id;
  }
  return { of, count: seen.size };
}

/**
 * Per-scan memo tables of text judgements. The entries of all tables together are capped, so a
 * page of endless distinct lines costs no more memory than a bounded map, only the lookups.
 */
class TextMemo {
  private size = 0;
  private static readonly MAX_ENTRIES = 20_000;

  table<T>(): (text: string, compute: () => T) => T {
    const map = new Map<string, T>();
    return (text, compute) => {
      if (map.has(text)) return map.get(text) as T;
      const v = compute();
      if (this.size < TextMemo.MAX_ENTRIES) {
        map.set(text, v);
        this.size++;
      }
      return v;
    };
  }
}

/** One line holding both name and title, in either order, around a separator. */
export function splitInline(text: string): { name: string; position: string } | undefined {
  const t = text.trim();
  // A quote signed at the end: '"…opportunities." --Patrick Hiller, CEO'.
  const signed = /(?:--|—|–)\s*([^—–]{5,80})$/.exec(t);
  if (signed && signed.index > 0) {
    const r = splitInline(signed[1]!);
    if (r) return r;
  }
  if (t.length > 160) return ruInLongLine(t);
  // "Emily Carter, DDS" is a name with a credential, not a name and a title.
  if (isPersonName(t)) return unseparated(t);
  SEPARATORS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = SEPARATORS.exec(t)) && tries++ < 6) {
    const left = t.slice(0, m.index).trim();
    const right = t
      .slice(m.index + m[0].length)
      .trim()
      .replace(/^\(|\)$/g, '');
    if (!left || !right) continue;
    if (isPersonName(left) && isPosition(right) && !isPersonName(right))
      return { name: left, position: right };
    // A byline signed with a title: "From Capt. Chuck Eichner, Realtor".
    if (m.index < 60 && BYLINE_RE.test(left)) {
      const signer = left.replace(BYLINE_RE, '');
      if (isPersonName(signer) && isPosition(right, true) && !isPersonName(right))
        return { name: signer, position: right };
    }
    // Cheap name tests before the title vocabulary; the order does not change the outcome.
    if (left.length < 70 && isPersonName(right) && !isPersonName(left) && isPosition(left))
      return { name: right, position: left };
  }
  // An unusual given name ("Guy Occhiogrosso, Executive Director") passes when the whole rest
  // of the line is a strong title.
  const first = /^([^,–—-]{4,40}?)\s*(?:,|\s[-–—])\s*([^,]{2,60})$/.exec(t);
  if (
    first &&
    enNameStrength(first[1]!) === 1 &&
    first[1]!.split(/\s+/).length <= 3 &&
    isPosition(first[2]!, true) &&
    enNameStrength(first[2]!) !== 2 &&
    first[2]!.split(/\s+/).length <= 6
  )
    return { name: first[1]!, position: first[2]! };
  const paren = t.endsWith(')') ? /^(.{4,60}?)\s*\(([^()]{2,80})\)$/.exec(t) : null;
  if (paren && isPersonName(paren[1]!) && isPosition(paren[2]!))
    return { name: paren[1]!, position: paren[2]! };
  return unseparated(t) ?? ruInLongLine(t);
}

/** Title words that are also common surnames ("Ann Marie Cook"): never a bare title tail. */
const SURNAME_TITLES = /^(?:cook|cooper|principal|dean|bishop|judge|marshal|chancellor)s?$/i;

/**
 * "Kathy Roddy Tutor": a known given name and a surname, then a title with no separator. The
 * tail must be a strong title ending in a title word, so "Paul Smith Architect Tours" or
 * "John Deere Tractor Sales" stay out.
 */
function unseparated(t: string): { name: string; position: string } | undefined {
  // Any punctuation means a separator or a credential ("Emily Carter, DDS"), read elsewhere.
  if (t.length > 80 || !/^[A-Z]/.test(t) || /[,;:|()]/.test(t)) return undefined;
  const words = t.split(/\s+/);
  if (words.length < 3 || words.length > 10) return undefined;
  const last = words[words.length - 1]!;
  if (!/^[A-Za-z]/.test(last) || SURNAME_TITLES.test(last) || !isPosition(last, true))
    return undefined;
  for (const n of [2, 3]) {
    if (words.length <= n) break;
    const name = words.slice(0, n).join(' ');
    const position = words.slice(n).join(' ');
    // The title starts with a capital, as it does when set on its own line or span.
    if (!/^[A-Z]/.test(position)) continue;
    if (isPersonName(name) && isPosition(position, true) && enNameStrength(position) !== 2)
      return { name, position };
  }
  return undefined;
}

/** "Генеральный директор Иванов Иван Иванович" / "… Петров П. П., главный инженер" without a clean split. */
function ruInLongLine(t: string): { name: string; position: string } | undefined {
  if (!/[А-ЯЁ]/.test(t)) return undefined;
  RU_NAME_IN_TEXT.lastIndex = 0;
  const m = RU_NAME_IN_TEXT.exec(t);
  if (!m || !isRuFullName(m[0])) return undefined;
  const before = t.slice(0, m.index).replace(/[\s:—–-]+$/, '');
  const after = t.slice(m.index + m[0].length);
  const afterPos = /^\s*(?:,|—|–|-|\()\s*([^,.;()]{2,80})/.exec(after)?.[1];
  const beforePos = /(?:^|[.;]\s+)([^.;:]{2,80})$/.exec(before)?.[1];
  if (afterPos && isPosition(afterPos)) return { name: m[0], position: afterPos };
  if (beforePos && isPosition(beforePos) && beforePos.split(/\s+/).length <= 8)
    return { name: m[0], position: beforePos };
  return undefined;
}

/**
 * A title naming another organisation ("директор ООО «Клиент»", "CEO of Kabbage") belongs to
 * someone outside the company: null. Our own organisation is stripped from the title: string.
 */
function judgeEmployer(position: string, own: readonly string[]): string | null {
  const legal = /(?:ООО|ОАО|ЗАО|ПАО|АО|ИП)\s*[«"“]?([^»"”]+)[»"”]?/u.exec(position);
  // "of X" usually names a department ("Director of Managed Services"); "at X" an employer.
  const ofOrg = /\s+(?:at|@)\s+([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\s*$/.exec(position);
  const found = legal ?? (hasLegalForm(position) ? /(.+)/.exec(position) : null) ?? ofOrg;
  if (!found) return stripOwnOrg(position, own);
  const orgC = compact(stripLegalForm(found[1] ?? found[0]));
  const mine = own.some((o) => orgC.length >= 3 && (o.includes(orgC) || orgC.includes(o)));
  if (!mine) {
    // "Head of Sales" / "Director of Operations" name departments, not organisations.
    if (
      ofOrg &&
      /^(?:Sales|Operations|Marketing|Finance|Engineering|Business|Human|Product|Technology|Customer|Client|Information|Research|Development|Procurement|Purchasing|Administration|Communications|Design|Legal|Compliance|Quality|Manufacturing|Services?|Support|Training|Education|Accounting|IT|HR|Risk|Strategy|Investor|Public|Corporate|Global|North|South|East|West|Patient|Clinical|Nursing|Facilities|Maintenance|Production|Logistics|Supply|Project|Programs?|Development)\b/.test(
        ofOrg[1]!,
      )
    )
      return position;
    return null;
  }
  if (mine && legal) return cleanPosition(position.slice(0, legal.index));
  return position;
}

/** "Director of Abbey Road" on Abbey Road's own site is its Director: the employer is implied. */
function stripOwnOrg(position: string, own: readonly string[]): string {
  const of = /\s+of\s+((?:the\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\s*$/.exec(position);
  if (!of || own.length === 0) return position;
  const orgC = compact(stripLegalForm(of[1]!.replace(/^the\s+/, '')));
  const mine = orgC.length >= 4 && own.some((o) => o.includes(orgC) || orgC.includes(o));
  return mine ? position.slice(0, of.index) : position;
}

/** Persons reachable as staff: top-level Person nodes and an organisation's employee/founder. */
function staffFromSd(roots: readonly SdNode[]): Array<{ person: SdNode; role?: string }> {
  const out: Array<{ person: SdNode; role?: string }> = [];
  const seen = new Set<SdNode>();
  const stack: Array<{ n: SdNode; role?: string }> = roots.map((n) => ({ n }));
  while (stack.length > 0 && seen.size < 3000) {
    const { n, role } = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (isPersonNode(n)) out.push(role ? { person: n, role } : { person: n });
    for (const [prop, vals] of n.props) {
      if (EXTERNAL_PROPS.has(prop)) continue;
      const childRole =
        isOrgNode(n) && (prop === 'founder' || prop === 'founders') ? 'Founder' : undefined;
      for (const v of vals)
        if (typeof v !== 'string' && !seen.has(v))
          stack.push(childRole ? { n: v, role: childRole } : { n: v });
    }
  }
  return out;
}

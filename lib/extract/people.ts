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
  nameKey,
  RU_NAME_IN_TEXT,
  unshout,
} from './names';
import { compact, hasLegalForm, stripLegalForm } from './org';
import { cleanPosition, isPosition } from './positions';
import type { PersonFact } from './schema';
import { firstString, isOrgNode, isPersonNode, type SdNode } from './sd';
import { segmentAt, splitLines, snippetAround, type Line, type TextModel } from './text';

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
const SEPARATORS = /\s+[—–-]{1,2}\s+|\s*[—–|:]\s*|,\s+|\s+-\s*|\s*\/\s+/g;
const MAX_LINES = 20_000;

export function extractPeople(
  model: TextModel,
  sd: SdNode[],
  ownOrgNames: readonly string[] = [],
): PersonFact[] {
  const bag = new FactBag<PersonFact>();
  const own = ownOrgNames.map((n) => compact(stripLegalForm(n))).filter((c) => c.length >= 3);
  const add = (
    rawName: string,
    rawPosition: string | undefined,
    ev: ReturnType<typeof evidence>,
  ) => {
    const name = cleanName(rawName);
    let position = rawPosition ? cleanPosition(rawPosition) : undefined;
    if (position) {
      const judged = judgeEmployer(position, own);
      if (judged === null) return;
      position = judged || undefined;
    }
    bag.add(
      nameKey(name),
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

  const lines = splitLines(model.text).slice(0, MAX_LINES);
  const quoted = (l: Line) => segmentAt(model, l.start)?.quoted === true;
  const used = new Set<number>();
  // Pass 1: lines that hold both name and title; they are the least ambiguous.
  lines.forEach((line, i) => {
    if (line.text.length > 300 || quoted(line)) return;
    const inline = splitInline(line.text);
    if (!inline) return;
    add(
      inline.name,
      inline.position,
      evidence('text', snippetAround(model.text, line.start, line.start + line.text.length)),
    );
    used.add(i);
  });
  // Pass 2: cards – a line that is only a name, with the title on the next (or previous) line(s).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (used.has(i) || line.text.length > 60 || quoted(line)) continue;
    const t = line.text.replace(/[,;]$/, '');
    // A known given name (or a Russian ФИО) lets a weaker title through; a merely name-shaped
    // line needs a title with a strong head-word next to it.
    const strong = isPersonName(t);
    const weak = !strong && (isRuTwoWordName(t) || enNameStrength(unshout(t)) === 1);
    if (!strong && !weak) continue;
    if (bag.map.has(nameKey(cleanName(t)))) continue;
    const isName = (s: string) =>
      isPersonName(s) || isRuTwoWordName(s) || enNameStrength(unshout(s)) > 0;
    const titleAt = (k: number, strict = weak) => {
      const l = lines[k];
      return (
        l !== undefined &&
        !used.has(k) &&
        !quoted(l) &&
        isPosition(l.text, strict) &&
        !isName(l.text)
      );
    };
    if (titleAt(i + 1)) {
      // A title broken over lines by <br> ("President and" / "Chief Executive Officer").
      let last = i + 1;
      // Continue only into a line that cannot stand alone as the next card's title.
      const continues = (k: number) =>
        /(?:\b(?:and|of|for|и|по)|[,&/])\s*$/i.test(lines[k - 1]!.text) ||
        !isPosition(lines[k]!.text, true);
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
      strong &&
      titleAt(i - 1) &&
      lines[i - 1]!.text.length < 60 &&
      !(lines[i - 2] && isName(lines[i - 2]!.text))
    ) {
      const prev = lines[i - 1]!;
      add(
        t,
        prev.text,
        evidence('text', snippetAround(model.text, prev.start, line.start + line.text.length)),
      );
      used.add(i - 1).add(i);
    }
  }
  for (const p of sdStaff)
    if (p.name && !p.title && p.role && p.name.length < 80)
      add(p.name, p.role, evidence(p.source, `${p.name}, ${p.role}`));
  return bag.values();
}

/** One line holding both name and title, in either order, around a separator. */
export function splitInline(text: string): { name: string; position: string } | undefined {
  const t = text.trim();
  if (t.length > 160) return ruInLongLine(t);
  // "Emily Carter, DDS" is a name with a credential, not a name and a title.
  if (isPersonName(t)) return undefined;
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
    if (isPosition(left) && isPersonName(right) && !isPersonName(left) && left.length < 70)
      return { name: right, position: left };
  }
  const paren = /^(.{4,60}?)\s*\(([^()]{2,80})\)$/.exec(t);
  if (paren && isPersonName(paren[1]!) && isPosition(paren[2]!))
    return { name: paren[1]!, position: paren[2]! };
  return ruInLongLine(t);
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
  if (!found) return position;
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

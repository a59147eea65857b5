// People described in running text rather than in cards or "Name, Title" lines: staff bios
// ("John Callinan is a Certified Elder Law Attorney"), introductions ("Meet Dr. Smith, our
// principal dentist") and a title written before the name ("owner/designer Kathleen Lilleeng").
// Prose is looser than a card, so the name must start with a known given name and the title
// must carry a strong head-word; quoted blocks are filtered by the caller.
import { EN_GIVEN_NAMES } from './firstnames';
import { enNameStrength } from './names';
import { isPosition } from './positions';

export interface ProsePerson {
  name: string;
  position: string;
  /** Offsets in the line, for the evidence snippet. */
  start: number;
  end: number;
}

const WORD = `[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?`;
const SURNAME = `(?:${WORD}|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+)`;
/** "Dr. Jane A. Smith-Jones": a title prefix, a given name, an optional initial, 1–2 surnames. */
const NAME = `(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Capt)\\.?\\s+)?${WORD}(?:\\s+[A-Z]\\.)?(?:\\s+${SURNAME}){1,2}`;
const NAME_RE = new RegExp(`(?<![\\p{L}\\d])${NAME}(?![\\p{L}\\d])`, 'gu');

/** "Name is a/the Title", "Name serves as our Title", "Name, our Title" and "Meet Name, our Title". */
const IS_A_RE = new RegExp(
  `(?:^|[.!?]["”]?\\s+|\\bMeet\\s+)(${NAME}|${WORD})(?:\\s*,\\s*(?:our|the)|\\s+(?:is|was|serves as|has served as|has been|works as|joined [^.,;]{0,40}? as)\\s+(?:(?:a|an|the|our)\\s+)?)\\s*([^.;:!?()"“”]{2,120})`,
  'g',
);
/** "The Director of Abbey Road, Dr. Arthur Kian, received…": a title in apposition before a name. */
const APPOSITION_RE = new RegExp(
  `(?:^|[.!?]["”]?\\s+)(?:The|Our)\\s+([^,.;:!?()"“”]{2,60}),\\s+(${NAME}),`,
  'g',
);
/** Words that end a title inside a sentence ("broker associate in Colorado"). */
const TITLE_STOP =
  /\s+(?:in|at|for|with|who|whose|which|that|since|where|based|from|to|and has|and is|and was|specializing|serving|licensed in)\b.*$/i;
/** Words before a name that are not part of its title. */
const LEAD_WORDS =
  /^(?:our|the|a|an|by|and|of|with|to|from|about|contact|meet|call|ask|email|dear|thanks?)$/i;

function strongName(s: string): boolean {
  return enNameStrength(s) === 2;
}

/** Title part of the text after "is a": cut at the first preposition, accepted when strong. */
function titleFrom(raw: string): string | undefined {
  const t = raw
    .replace(TITLE_STOP, '')
    .replace(/\s*,.*$/, '')
    .trim();
  if (t.split(/\s+/).length > 7 || !isPosition(t, true)) return undefined;
  return t;
}

export function findProsePeople(line: string): ProsePerson[] {
  const out: ProsePerson[] = [];
  IS_A_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IS_A_RE.exec(line))) {
    const name = m[1]!;
    // A lone given name is enough in a bio sentence ("Ryan is a salesperson"); two words must
    // be a known given name and a surname.
    const single = !/\s/.test(name) && EN_GIVEN_NAMES.has(name.toLowerCase());
    if (!single && !strongName(name)) continue;
    const position = titleFrom(m[2]!);
    if (position) out.push({ name, position, start: m.index, end: m.index + m[0].length });
  }
  APPOSITION_RE.lastIndex = 0;
  while ((m = APPOSITION_RE.exec(line))) {
    const position = m[1]!.trim();
    const name = m[2]!;
    if (!strongName(name) || position.split(/\s+/).length > 7 || !isPosition(position, true))
      continue;
    out.push({ name, position, start: m.index, end: m.index + m[0].length });
  }
  // Title written before the name: the word right before it must be a title word.
  NAME_RE.lastIndex = 0;
  while ((m = NAME_RE.exec(line))) {
    const name = m[0];
    if (!strongName(name)) {
      // "Vice President John Smith" matched as one capitalised run: retry from the next word.
      const sp = name.indexOf(' ');
      if (sp > 0) NAME_RE.lastIndex = m.index + sp + 1;
      continue;
    }
    if (out.some((p) => p.name === name)) continue;
    const before = line.slice(Math.max(0, m.index - 80), m.index);
    const words = /((?:[A-Za-z][\w/&'’-]*\s+){1,4})$/.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
    if (words.length === 0 || !isPosition(words[words.length - 1]!, true)) continue;
    // Extend leftwards over capitalised words ("Management President"), never over a lead word.
    let k = words.length - 1;
    while (k > 0 && /^[A-Z]/.test(words[k - 1]!) && !LEAD_WORDS.test(words[k - 1]!)) k--;
    const position = words.slice(k).join(' ');
    if (!isPosition(position, true)) continue;
    out.push({ name, position, start: m.index, end: m.index + name.length });
  }
  return out;
}

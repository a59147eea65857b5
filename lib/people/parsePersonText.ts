// Parse a text the rep selected on a page ("Генеральный директор — Иванов Иван Иванович",
// "Jane Doe, Head of Procurement", a two-line card) into a name and a position, so adding a
// person from the "Team" page is one gesture. Unknown parts stay empty rather than guessed.

import { looksLikeName } from './names';
import { normalizePosition } from './positions';

export interface ParsedPerson {
  fullName: string;
  position: string;
}

const EMPTY: ParsedPerson = { fullName: '', position: '' };

// Between a name and a title people write a spaced dash, a comma, a colon, brackets or a bar.
// A hyphen without spaces is part of a word ("офис-менеджер", "Петров-Водкин").
const SEPARATORS = /\s+-\s+|\s*[–—]\s*|[,;:|()[\]•·\t]+/;

/** Field captions of contact cards and forms: not a name, not a position. */
const FIELD_LABEL =
  /^(фио|ф\.и\.о\.?|имя|name|full name|должность|position|title|job title|role|контактное лицо|контакт|contact|contact person|тел\.?|телефон|phone|tel\.?|mobile|e-?mail|почта|эл\.? почта)$/i;

function clean(part: string): string {
  return part.replace(/\s+/g, ' ').replace(/^[\s.,;:–—-]+|[\s,;:–—-]+$/g, '');
}

/** Phones, e-mails and links are contacts, not part of the name or the title. */
function isContact(part: string): boolean {
  return /@|https?:|www\./i.test(part) || (part.match(/\d/g)?.length ?? 0) >= 6;
}

const isKnownPosition = (text: string) => normalizePosition(text)?.known ?? false;

/** One part without separators: "Главный инженер Петров Пётр Петрович", "Jane Doe Head of Sales". */
function parseSingle(part: string): ParsedPerson {
  const tokens = part.split(' ');
  for (let k = Math.min(4, tokens.length - 1); k >= 2; k--) {
    const head = tokens.slice(0, k).join(' ');
    const headRest = tokens.slice(k).join(' ');
    if (looksLikeName(head) && !isKnownPosition(head) && isKnownPosition(headRest)) {
      return { fullName: head, position: headRest };
    }
    const tail = tokens.slice(-k).join(' ');
    const tailRest = tokens.slice(0, -k).join(' ');
    if (looksLikeName(tail) && !isKnownPosition(tail) && isKnownPosition(tailRest)) {
      return { fullName: tail, position: tailRest };
    }
  }
  if (isKnownPosition(part)) return { fullName: '', position: part };
  if (looksLikeName(part, 1)) return { fullName: part, position: '' };
  // A short phrase with no name in it is most likely an unusual title ("Специалист по ВЭД").
  if (tokens.length <= 8 && !/\d|[.!?]$/.test(part)) return { fullName: '', position: part };
  return EMPTY;
}

export function parsePersonText(text: string): ParsedPerson {
  const parts: Array<{ text: string; line: number }> = [];
  text.split(/\r?\n/).forEach((line, lineIndex) => {
    for (const raw of line.split(SEPARATORS)) {
      const p = clean(raw);
      if (p && !isContact(p) && !FIELD_LABEL.test(p)) parts.push({ text: p, line: lineIndex });
    }
  });
  const [first] = parts;
  if (!first) return EMPTY;
  if (parts.length === 1) return parseSingle(first.text);

  const known = parts.map((p) => isKnownPosition(p.text));
  let nameIndex = parts.findIndex((p, i) => !known[i] && looksLikeName(p.text));
  if (nameIndex < 0) nameIndex = parts.findIndex((p, i) => !known[i] && looksLikeName(p.text, 1));
  if (nameIndex < 0) {
    // Maybe one part holds both: "Иванов Иван главный инженер, ООО Ромашка".
    for (const p of parts) {
      const single = parseSingle(p.text);
      if (single.fullName && single.position) return single;
    }
  }
  const rest = parts.filter((_, i) => i !== nameIndex);
  // The title is the line with a known position (or the first other line); a title's own
  // comma-separated tail on that line stays with it ("Head of Sales, EMEA").
  const titleLine = (rest.find((p) => isKnownPosition(p.text)) ?? rest[0])?.line;
  const position = rest
    .filter((p) => p.line === titleLine)
    .map((p) => p.text)
    .join(', ');
  return { fullName: parts[nameIndex]?.text ?? '', position };
}

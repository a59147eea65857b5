// The site's name spelled out in its own text: the words whose letters are exactly the domain
// label ("Peak View Roofing" on peakviewroofing.com, "Floor Barn" on floorbarn.com). Titles and
// headers often bury the name in a long tagline that the segment rules drop, and logo alts may
// carry a typo; a phrase that equals the domain is strong evidence of the owner's name.
import { latinKey } from '../text/translit';

export interface DomainPhrase {
  value: string;
  start: number;
  end: number;
}

const MAX_HITS = 50;
const MAX_WORDS = 5;

/** Phrases of 1–5 words in `text` whose letters and digits equal `label` ("&" read as "and"). */
export function findDomainPhrases(text: string, label: string): DomainPhrase[] {
  const out: DomainPhrase[] = [];
  const l = latinKey(label);
  if (l.length < 4) return out;
  // Only places where a word starts with the label's first letters are tried: one search pass.
  const head = l.slice(0, 3);
  const find = headFinder(text, head);
  let at = find(0);
  while (at !== -1 && out.length < MAX_HITS) {
    const prev = at > 0 ? text[at - 1]!.toLowerCase() : ' ';
    if (!/^[a-z0-9]$/.test(prev)) {
      const hit = phraseAt(text, at, l);
      if (hit) {
        out.push(hit);
        at = find(hit.end);
        continue;
      }
    }
    at = find(at + 1);
  }
  return out;
}

/**
 * `text.toLowerCase().indexOf(head, from)` without lower-casing a whole page: an ASCII
 * case-insensitive search finds the same places, unless the text holds one of the two characters
 * whose lower case is (or holds) an ASCII letter – then the page is lower-cased as before.
 */
function headFinder(text: string, head: string): (from: number) => number {
  if (text.includes('\u0130') || text.includes('\u212a')) {
    const lower = text.toLowerCase();
    return (from) => lower.indexOf(head, from);
  }
  const re = new RegExp(head.replace(/[^a-z0-9]/g, '\\$&'), 'gi');
  return (from) => {
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  };
}

function phraseAt(text: string, start: number, label: string): DomainPhrase | undefined {
  const re = /[A-Za-z0-9]+|&/y;
  const gap = /[ \t'’.-]*/y;
  let pos = start;
  let key = '';
  for (let w = 0; w < MAX_WORDS; w++) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    key += m[0] === '&' ? 'and' : m[0].toLowerCase();
    pos = re.lastIndex;
    if (key === label) {
      const value = text.slice(start, pos);
      // The phrase must end at a word boundary ("Floor Barns" is not "floorbarn"), must not be
      // part of a host, URL or e-mail ("www.floorbarn.com", "info@floorbarn.com"), and is
      // written as a name – with a capital – rather than as the lower-case domain.
      if (/[A-Za-z0-9@]/.test(text[pos] ?? ' ')) return undefined;
      if (/^\.[a-z]/i.test(text.slice(pos, pos + 2)) || /[.@/]/.test(text[start - 1] ?? ' '))
        return undefined;
      if (!/[A-Z]/.test(value)) return undefined;
      return { value, start, end: pos };
    }
    if (!label.startsWith(key)) return undefined;
    // Words continue over spaces and light punctuation only; a line break ends the phrase.
    gap.lastIndex = pos;
    gap.exec(text);
    if (gap.lastIndex === pos) return undefined;
    pos = gap.lastIndex;
  }
  return undefined;
}

// Person-name comparison for spotting one person entered twice: "Иванов И. И." is "Иванов Иван
// Иванович", "Jane Doe" is "Doe Jane". Names are compared as sets of folded words, where a
// one-letter word is an initial that stands for any word with that first letter.

import { foldWord } from './words';

export type NameMatch = 'same_name' | 'initials_match' | 'partial_name';

// A double surname ("Петров-Водкин") is one word: its first half is not the person's surname.
const NAME_WORD_RE = /\p{L}+(?:[-'’]\p{L}+)*/gu;

export function nameWords(name: string): string[] {
  return [...name.matchAll(NAME_WORD_RE)].map((m) => foldWord(m[0]));
}

const isInitial = (w: string) => w.length === 1;

/**
 * Pair every word of `short` with a distinct word of `long`. Returns how the best pairing used
 * initials and full words, or null when some word of `short` has no partner.
 */
function pairWords(
  short: readonly string[],
  long: readonly string[],
): { full: number; initials: number } | null {
  const used = new Array<boolean>(long.length).fill(false);
  let best: { full: number; initials: number } | null = null;
  const walk = (i: number, full: number, initials: number): void => {
    const w = short[i];
    if (w === undefined) {
      if (!best || full > best.full) best = { full, initials };
      return;
    }
    for (let j = 0; j < long.length; j++) {
      const v = long[j];
      if (used[j] || v === undefined) continue;
      const exact = w === v && !isInitial(w);
      const byInitial = (isInitial(w) || isInitial(v)) && w[0] === v[0];
      if (!exact && !byInitial) continue;
      used[j] = true;
      walk(i + 1, full + (exact ? 1 : 0), initials + (exact ? 0 : 1));
      used[j] = false;
    }
  };
  walk(0, 0, 0);
  return best;
}

/** How two names may be the same person's, or null. At least one full word (a surname) must agree. */
export function matchNames(a: string, b: string): NameMatch | null {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return null;
  const sorted = (ws: string[]) => [...ws].sort().join(' ');
  if (sorted(wa) === sorted(wb) && wa.some((w) => !isInitial(w))) return 'same_name';
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // A lone surname ("Иванов") matches too many people to suggest a merge.
  if (short.length < 2) return null;
  const pairing = pairWords(short, long);
  if (!pairing || pairing.full === 0) return null;
  return pairing.initials > 0 ? 'initials_match' : 'partial_name';
}

/**
 * A word that looks like part of a person's name: capitalised with some lower case ("McDonald",
 * "O'Neil", "Анна-Мария"; not "ООО" or "CEO"), or an initial like "И." / "J".
 */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.?)$/u;

/**
 * Whether a short text reads as a person's name: 2–4 capitalised words or initials (or down to
 * `minWords`, for a bare surname), no digits.
 */
export function looksLikeName(text: string, minWords = 2): boolean {
  const t = text.trim();
  if (t === '' || /\d/.test(t) || t.length > 80) return false;
  // "Петров П.П." glues initials to each other; split them for the word count.
  const parts = t.replace(/(\p{Lu})\.(?=\p{Lu})/gu, '$1. ').split(/\s+/);
  if (parts.length < minWords || parts.length > 4) return false;
  return (
    parts.every((p) => NAME_WORD.test(p)) && parts.some((p) => p.replace(/\./g, '').length > 1)
  );
}

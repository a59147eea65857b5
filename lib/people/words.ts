// Word splitting shared by position normalisation, name matching and text parsing. Case and ё
// are noise to a rep ("Главный", "главный"; "Алёна", "Алена"), and any punctuation – dots of
// abbreviations, hyphens of "офис-менеджер", slashes, quotes – separates words.

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Lower-case and fold ё to е, the form every comparison in lib/people uses. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push(foldWord(m[0]));
  return out;
}

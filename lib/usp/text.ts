import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { GENERIC_WORDS, STOP_WORDS_EN, STOP_WORDS_RU } from './stopwords';

export type TextLanguage = 'ru' | 'en';

/** One word of a text, with what matching needs to know about it. */
export interface Token {
  /** Lower-cased, ё folded to е: the form lexicon prefixes are compared with. */
  word: string;
  /** Snowball stem in the word's own script language (a Russian brief names Latin brands too). */
  stem: string;
  lang: TextLanguage;
  /** A function or generic word: not counted as a shared word, still seen by phrase matching. */
  stop: boolean;
}

// Letters and digits of any script; an inner apostrophe stays ("don't"). Hyphens split words, so
// "month-end" meets "month end" and "из-за" meets nothing (both parts are function words).
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CYRILLIC_RE = /[\u0400-\u04FF]/;

/** Case and ё are noise for matching: "Счёт" and "счет" are the same word to a rep. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");
}

/** Split a text into normalised words, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push(normalizeWord(m[0]));
  return out;
}

/** A word's language follows its script: Cyrillic is Russian, everything else English. */
export function wordLanguage(word: string): TextLanguage {
  return CYRILLIC_RE.test(word) ? 'ru' : 'en';
}

/** The text's language by majority of letters' scripts; ties and empty text fall to `fallback`. */
export function detectLanguage(text: string, fallback: TextLanguage = 'en'): TextLanguage {
  let ru = 0;
  let en = 0;
  for (const ch of text) {
    if (CYRILLIC_RE.test(ch)) ru++;
    else if (/[a-zA-Z]/.test(ch)) en++;
  }
  if (ru === en) return fallback;
  return ru > en ? 'ru' : 'en';
}

// Stemmers are costly to build and stems repeat across needs and properties: build once, cache.
const stemmers: Partial<Record<TextLanguage, Stemmer>> = {};
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function stemmerFor(lang: TextLanguage): Stemmer {
  const existing = stemmers[lang];
  if (existing) return existing;
  const created = newStemmer(lang === 'ru' ? 'russian' : 'english');
  stemmers[lang] = created;
  return created;
}

/** Snowball stem of one word; the language comes from the script unless given. */
export function stem(word: string, lang?: TextLanguage): string {
  const w = normalizeWord(word);
  const l = lang ?? wordLanguage(w);
  const key = `${l}:${w}`;
  const cached = stemCache.get(key);
  if (cached !== undefined) return cached;
  const result = /^\p{N}+$/u.test(w) ? w : stemmerFor(l).stem(w);
  // A bounded cache: long sessions with many offers must not grow memory without end.
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(key, result);
  return result;
}

let genericStems: Set<string> | undefined;

/** A word without content for matching: a function word, or a generic one by its stem. */
export function isStopWord(word: string, wordStem = stem(word)): boolean {
  if (STOP_WORDS_RU.has(word) || STOP_WORDS_EN.has(word)) return true;
  genericStems ??= new Set(GENERIC_WORDS.map((w) => stem(w)));
  return genericStems.has(wordStem);
}

/** Tokenise and stem a text in one pass: the form the lexicon and the matcher work on. */
export function analyze(text: string): Token[] {
  return tokenize(text).map((word) => {
    const lang = wordLanguage(word);
    const s = stem(word, lang);
    return { word, stem: s, lang, stop: isStopWord(word, s) };
  });
}

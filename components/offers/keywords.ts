/** Keywords are typed as one comma-separated line; stored as a clean list. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const word = part.replace(/\s+/g, ' ').trim().slice(0, 200);
    const key = word.toLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    out.push(word);
    if (out.length === 200) break;
  }
  return out;
}

export function joinKeywords(keywords: readonly string[]): string {
  return keywords.join(', ');
}

/**
 * The text to show for stored keywords: the rep's own typing while it still means the same list
 * (so "steel, " is not trimmed away under their cursor), else the stored list.
 */
export function keywordsText(stored: readonly string[], typed: string | undefined): string {
  if (typed !== undefined) {
    const parsed = parseKeywords(typed);
    if (parsed.length === stored.length && parsed.every((k, i) => k === stored[i])) return typed;
  }
  return joinKeywords(stored);
}

import MiniSearch from 'minisearch';
import { stem, tokenize } from '@/lib/usp/text';

/** What a prospect is found by: its names and domains, its people, needs and notes. */
export interface SearchDoc {
  id: string;
  name: string;
  domains: string;
  people: string;
  needs: string;
  notes: string;
}

export interface ProspectSearch {
  search(query: string): Set<string> | null;
}

/**
 * Words as the USP matcher reads them (lib/usp/text): lower case, ё written as е, split at
 * anything but letters and digits (so "tehnoprom" finds "tehnoprom.ru").
 *
 * A query word is looked up by its Snowball stem, by prefix, among the words of the index: so
 * "главного инженера" finds "главный инженер", and a half-typed "Семен" still finds "Семёнов"
 * (a stem is the start of its word, so whatever the typed word finds, its stem finds too; stems
 * in the index would lose "себестоимос", whose stem is longer than that of "себестоимость").
 * Where a stem is not the start of its word (English "company" → "compani"), the index holds it
 * too, for "companies". Stems are cached per distinct word: names and phrases repeat.
 */
function createIndex(): MiniSearch<SearchDoc> {
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) stems.set(word, (s = stem(word)));
    return s;
  };
  return new MiniSearch<SearchDoc>({
    fields: ['name', 'domains', 'people', 'needs', 'notes'],
    storeFields: [],
    tokenize,
    processTerm: (word) => {
      const s = stemOf(word);
      return word.startsWith(s) ? word : [word, s];
    },
    searchOptions: {
      processTerm: stemOf,
      boost: { name: 3, domains: 3, people: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : 0),
      combineWith: 'AND',
    },
  });
}

function wrap(index: MiniSearch<SearchDoc>): ProspectSearch {
  return {
    search(query) {
      if (query.trim() === '') return null;
      return new Set(index.search(query).map((hit) => String(hit.id)));
    },
  };
}

/** A full-text index (prefix and typo-tolerant) over every prospect; built once per load. */
export function buildSearch(docs: readonly SearchDoc[]): ProspectSearch {
  const index = createIndex();
  index.addAll(docs as SearchDoc[]);
  return wrap(index);
}

/** A task boundary without setTimeout's 4 ms clamp: input and painting get their turn. */
function yieldTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The same index, built a few hundred documents at a time with a task boundary between chunks,
 * so 10,000 prospects never freeze the page. Null when `stale()` says the result is no longer
 * wanted (a newer load started).
 */
export async function buildSearchInChunks(
  docs: readonly SearchDoc[],
  options: { yieldEvery?: number; stale?: () => boolean } = {},
): Promise<ProspectSearch | null> {
  const every = options.yieldEvery ?? 200;
  const index = createIndex();
  for (let start = 0; start < docs.length; start += every) {
    if (start > 0) await yieldTask();
    if (options.stale?.()) return null;
    index.addAll(docs.slice(start, start + every));
  }
  return wrap(index);
}

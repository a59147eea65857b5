import MiniSearch from 'minisearch';

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

function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['name', 'domains', 'people', 'needs', 'notes'],
    storeFields: [],
    // Domains split on dots and hyphens as well, so "tehnoprom" finds "tehnoprom.ru".
    tokenize: (text) =>
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    // The tokens are lower case already (the default would lower-case every term again).
    processTerm: (term) => term,
    searchOptions: {
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

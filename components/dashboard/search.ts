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

/** A full-text index (prefix and typo-tolerant) over every prospect; built once per load. */
export function buildSearch(docs: readonly SearchDoc[]): ProspectSearch {
  const index = new MiniSearch<SearchDoc>({
    fields: ['name', 'domains', 'people', 'needs', 'notes'],
    storeFields: [],
    // Domains split on dots and hyphens as well, so "tehnoprom" finds "tehnoprom.ru".
    tokenize: (text) =>
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    searchOptions: {
      boost: { name: 3, domains: 3, people: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : 0),
      combineWith: 'AND',
    },
  });
  index.addAll(docs as SearchDoc[]);
  return {
    search(query) {
      if (query.trim() === '') return null;
      return new Set(index.search(query).map((hit) => String(hit.id)));
    },
  };
}

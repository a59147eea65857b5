// JSON-LD blocks → SdNode. Real pages carry broken blocks, `null`s, @graph wrappers, arrays and
// fakes (cycles via @id, megabyte arrays); every block is parsed on its own and work is capped.
import { SD_LIMITS, localType, type SdNode, type SdValue } from './sd';

const MAX_BLOCK_CHARS = 1_000_000;
const MAX_BLOCKS = 50;

export function readJsonLd(doc: Document): SdNode[] {
  const roots: SdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const byId = new Map<string, unknown>();
  const parsed: unknown[] = [];
  for (let i = 0; i < scripts.length && i < MAX_BLOCKS; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS) continue;
    try {
      // Some CMSs wrap the JSON in HTML comments or CDATA; strip them before parsing.
      const body = raw
        .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
        .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '');
      parsed.push(JSON.parse(body) as unknown);
    } catch {
      // A broken block says nothing reliable; skip it and keep the others.
    }
  }
  // Index @id objects first so that {"@id": "#org"} references resolve across blocks.
  const budget = { nodes: 0 };
  for (const p of parsed) indexIds(p, byId);
  for (const p of parsed)
    for (const obj of topObjects(p)) {
      const n = convert(obj, byId, budget);
      if (n) roots.push(n);
    }
  return roots;
}

function topObjects(p: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const list = Array.isArray(p) ? p.slice(0, SD_LIMITS.maxArray) : [p];
  for (const item of list) {
    if (!isObj(item)) continue;
    const graph = item['@graph'];
    if (Array.isArray(graph)) {
      for (const g of graph.slice(0, SD_LIMITS.maxArray)) if (isObj(g)) out.push(g);
    } else if (isObj(graph)) out.push(graph);
    if (item['@type'] !== undefined || !('@graph' in item)) out.push(item);
  }
  return out;
}

function indexIds(p: unknown, byId: Map<string, unknown>): void {
  // Shallow: top-level items and @graph members are where ids are declared in practice.
  for (const o of topObjects(p)) {
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length > 1 && !byId.has(id)) byId.set(id, o);
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .slice(0, 10)
    .map(localType);
}

/** Iterative conversion (explicit work stack) so deep nesting cannot overflow the call stack. */
function convert(
  rootObj: Record<string, unknown>,
  byId: Map<string, unknown>,
  budget: { nodes: number },
): SdNode | undefined {
  const made = new Map<object, SdNode>();
  const mk = (o: Record<string, unknown>): SdNode => {
    const n: SdNode = { types: typesOf(o), props: new Map(), source: 'jsonld' };
    made.set(o, n);
    budget.nodes++;
    return n;
  };
  const root = mk(rootObj);
  const work: Array<{ obj: Record<string, unknown>; node: SdNode; depth: number }> = [
    { obj: rootObj, node: root, depth: 0 },
  ];
  while (work.length > 0) {
    const { obj, node, depth } = work.pop()!;
    let keys = 0;
    for (const key in obj) {
      if (++keys > 200) break;
      if (key.startsWith('@')) continue;
      const raw = obj[key];
      const list = Array.isArray(raw) ? raw.slice(0, SD_LIMITS.maxArray) : [raw];
      const vals: SdValue[] = [];
      for (let v of list) {
        if (typeof v === 'string') vals.push(v.slice(0, SD_LIMITS.maxString));
        else if (typeof v === 'number') vals.push(String(v));
        else if (isObj(v)) {
          // Resolve a bare reference {"@id": …} to its declared object.
          const id = v['@id'];
          if (typeof id === 'string' && Object.keys(v).length === 1) {
            const target = byId.get(id);
            if (!isObj(target)) continue;
            v = target;
          }
          const o = v as Record<string, unknown>;
          if (
            '@value' in o &&
            (typeof o['@value'] === 'string' || typeof o['@value'] === 'number')
          ) {
            vals.push(String(o['@value']).slice(0, SD_LIMITS.maxString));
            continue;
          }
          const existing = made.get(o);
          if (existing) {
            vals.push(existing);
            continue;
          }
          if (depth >= SD_LIMITS.maxDepth || budget.nodes >= SD_LIMITS.maxNodes) continue;
          const child = mk(o);
          vals.push(child);
          work.push({ obj: o, node: child, depth: depth + 1 });
        }
      }
      if (vals.length > 0) node.props.set(localType(key), vals);
    }
  }
  return root;
}

// Layout of the decision-maker map as a reporting tree: plain numbers for the panel to draw.
//
// Each person sits above the people who report to them; people without a (known) boss are roots
// of a forest, hung under a virtual root that is not drawn. The tree is laid out by d3-hierarchy
// (`stratify` + `tree`, a Reingold–Tilford tidy tree; both are iterative, so a reporting chain as
// long as the map cannot overflow the stack).
//
// The side panel is narrow, and a tidy tree of a buying group is wide mostly because of people
// with no reports of their own: a head with seven engineers, or forty people nobody has linked
// yet. So the childless people of one boss (or the childless roots) are packed into a grid of at
// most `maxPerRow` columns, about as tall as it is wide; in the tree the grid is a chain of
// virtual row nodes, one per grid row, each as wide as the grid, so d3's contours keep everything
// else clear of it. People with reports of their own are never wrapped: their subtrees stand side
// by side, and zoom, pan and fit do the rest.
//
// Bad data must not break drawing: a boss who is not on the map is ignored, and a reporting cycle
// (A → B → A) is cut at the person who comes first in the input.

import { stratify, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { Person } from '../model';

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  gapX: number;
  gapY: number;
  /** Most columns of a grid of childless siblings (default 8). */
  maxPerRow?: number;
  /** Childless siblings stack in one column up to this many, then spread into more (default 8). */
  maxPerColumn?: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export interface MapLayout {
  /** Top-left corner of each node, in input order. */
  nodes: Array<{ id: string; x: number; y: number }>;
  /** Boss → report. */
  reportingEdges: LayoutEdge[];
  /** Influencer → influenced (from `Person.influences`). */
  influenceEdges: LayoutEdge[];
  width: number;
  height: number;
}

export type LayoutPerson = Pick<Person, 'id' | 'reportsTo' | 'influences'>;

export const DEFAULT_MAX_PER_ROW = 8;
export const DEFAULT_MAX_PER_COLUMN = 8;

/** A node of the tree handed to d3: the virtual root, a person, or one row of a grid. */
interface Item {
  key: string;
  parent: string | undefined;
  /** People drawn side by side in this node, left to right (none for the virtual root). */
  people: string[];
  /** Width in node slots: 1 for a person, the grid's column count for a grid row. */
  slots: number;
}

const ROOT = 'root';

/** The boss of each person after ignoring unknown bosses and cutting cycles. */
function bosses(
  people: readonly LayoutPerson[],
  index: ReadonlyMap<string, number>,
): Map<string, string> {
  const boss = new Map<string, string>();
  for (const p of people) {
    if (index.get(p.id) === undefined) continue;
    if (p.reportsTo !== undefined && p.reportsTo !== p.id && index.has(p.reportsTo))
      boss.set(p.id, p.reportsTo);
  }
  const state = new Map<string, 'walking' | 'done'>();
  for (const p of people) {
    const path: string[] = [];
    let at: string | undefined = p.id;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 'walking');
      path.push(at);
      at = boss.get(at);
    }
    if (at !== undefined && state.get(at) === 'walking') {
      // `at` is on the current path: the path from `at` on is a cycle. Cut it at its first person.
      const cycle = path.slice(path.indexOf(at));
      const first = cycle.reduce((a, b) => ((index.get(a) ?? 0) <= (index.get(b) ?? 0) ? a : b));
      boss.delete(first);
    }
    for (const id of path) state.set(id, 'done');
  }
  return boss;
}

/**
 * Columns of a grid of `n` childless siblings: one column (a list under the boss) up to
 * `perColumn` people, then as many columns as needed, at most `perRow`.
 */
export function gridColumns(n: number, perRow: number, perColumn: number): number {
  return Math.max(1, Math.min(perRow, Math.ceil(n / perColumn)));
}

export function layoutMap(people: readonly LayoutPerson[], options: LayoutOptions): MapLayout {
  const maxPerRow = Math.max(1, Math.floor(options.maxPerRow ?? DEFAULT_MAX_PER_ROW));
  const maxPerColumn = Math.max(1, Math.floor(options.maxPerColumn ?? DEFAULT_MAX_PER_COLUMN));
  // First entry of an id wins; a duplicated id must not be drawn twice.
  const index = new Map<string, number>();
  const unique: LayoutPerson[] = [];
  for (const p of people) {
    if (index.has(p.id)) continue;
    index.set(p.id, unique.length);
    unique.push(p);
  }

  const boss = bosses(unique, index);
  const children = new Map<string, string[]>(unique.map((p) => [p.id, []]));
  const roots: string[] = [];
  for (const p of unique) {
    const b = boss.get(p.id);
    if (b === undefined) roots.push(p.id);
    else children.get(b)?.push(p.id);
  }

  // The tree for d3. Keys are our own (`p<input index>`, `g<n>`), so no person id can clash with
  // the virtual root or a grid row. A boss's childless reports become one grid, standing where the
  // first of them stood among their siblings.
  const items: Item[] = [{ key: ROOT, parent: undefined, people: [], slots: 1 }];
  let grids = 0;
  const addChildren = (parentKey: string, ids: readonly string[]) => {
    const leaves = ids.filter((id) => (children.get(id)?.length ?? 0) === 0);
    let gridDone = false;
    for (const id of ids) {
      if ((children.get(id)?.length ?? 0) > 0) {
        items.push({ key: `p${index.get(id)}`, parent: parentKey, people: [id], slots: 1 });
      } else if (!gridDone) {
        gridDone = true;
        const cols = gridColumns(leaves.length, maxPerRow, maxPerColumn);
        let above = parentKey;
        for (let i = 0; i < leaves.length; i += cols) {
          const key = `g${grids++}`;
          items.push({ key, parent: above, people: leaves.slice(i, i + cols), slots: cols });
          above = key;
        }
      }
    }
  };
  addChildren(ROOT, roots);
  for (const p of unique) {
    const reports = children.get(p.id) ?? [];
    if (reports.length > 0) addChildren(`p${index.get(p.id)}`, reports);
  }

  const stepX = options.nodeWidth + options.gapX;
  const stepY = options.nodeHeight + options.gapY;
  // Iterative throughout; only `stratify`'s height pass is quadratic in the depth of a chain
  // (~0.5 s for a 20,000-person one), irrelevant at the size of a buying group.
  const hierarchy = stratify<Item>()
    .id((d) => d.key)
    .parentId((d) => d.parent)(items);
  // Neighbours a gap apart, edge to edge, whatever their width in slots.
  const laidOut = tree<Item>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.slots + b.data.slots) / 2)(hierarchy);

  // Slot centres (x) and rows (y, the virtual root being row -1) of every person.
  const slots = new Map<string, { x: number; y: number }>();
  laidOut.each((node: HierarchyPointNode<Item>) => {
    const { people: ids } = node.data;
    ids.forEach((id, i) => slots.set(id, { x: node.x + i - (ids.length - 1) / 2, y: node.y - 1 }));
  });
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = -1;
  for (const s of slots.values()) {
    minX = Math.min(minX, s.x);
    maxX = Math.max(maxX, s.x);
    maxY = Math.max(maxY, s.y);
  }
  // d3 works in floating point; round off its noise so equal gaps stay equal.
  const px = (v: number) => Math.round(v * 1000) / 1000;
  const nodes = unique.map((p) => {
    const s = slots.get(p.id) ?? { x: minX, y: 0 };
    return { id: p.id, x: px((s.x - minX) * stepX), y: s.y * stepY };
  });

  const reportingEdges: LayoutEdge[] = [];
  for (const p of unique) {
    const b = boss.get(p.id);
    if (b !== undefined) reportingEdges.push({ from: b, to: p.id });
  }
  const influenceEdges: LayoutEdge[] = [];
  const seen = new Set<string>();
  for (const p of unique) {
    for (const to of p.influences) {
      const key = `${p.id}\u0000${to}`;
      if (to === p.id || !index.has(to) || seen.has(key)) continue;
      seen.add(key);
      influenceEdges.push({ from: p.id, to });
    }
  }

  const empty = unique.length === 0;
  return {
    nodes,
    reportingEdges,
    influenceEdges,
    width: empty ? 0 : px((maxX - minX) * stepX + options.nodeWidth),
    height: empty ? 0 : (maxY + 1) * stepY - options.gapY,
  };
}

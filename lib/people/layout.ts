// Layout of the decision-maker map as a reporting tree: plain numbers for the panel to draw.
//
// Each person sits above the people who report to them; people without a (known) boss are roots
// of a forest. A subtree takes a block of whole node slots, its root centred over it – simpler
// than Reingold–Tilford contour packing and, for the 5–40 people of a buying group, as compact.
// The side panel is narrow, so no row may hold more than `maxPerRow` nodes: when a person's
// reports (or the roots) would make a block wider, they wrap into further rows below, each row a
// band as deep as its deepest subtree. By induction every block is at most `maxPerRow` slots wide,
// so every horizontal line of the map crosses at most `maxPerRow` nodes.
//
// Bad data must not break drawing: a boss who is not on the map is ignored, and a reporting cycle
// (A → B → A) is cut at the person who comes first in the input.

import type { Person } from '../model';

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  gapX: number;
  gapY: number;
  /** Most nodes in one row before siblings wrap (default 8). */
  maxPerRow?: number;
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

interface Block {
  /** Width in node slots. */
  width: number;
  /** Height in node rows, the node's own row included. */
  height: number;
  /** Children wrapped into rows. */
  rows: string[][];
}

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

/** Greedy rows of consecutive children whose widths add up to at most `max`. */
function wrap(ids: readonly string[], widthOf: (id: string) => number, max: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let used = 0;
  for (const id of ids) {
    const w = widthOf(id);
    if (row.length > 0 && used + w > max) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(id);
    used += w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function layoutMap(people: readonly LayoutPerson[], options: LayoutOptions): MapLayout {
  const maxPerRow = Math.max(1, Math.floor(options.maxPerRow ?? DEFAULT_MAX_PER_ROW));
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

  // Measure bottom-up without recursion: a reporting chain can be as long as the map.
  const order: string[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    order.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  const blocks = new Map<string, Block>();
  const widthOf = (id: string) => blocks.get(id)?.width ?? 1;
  const heightOf = (id: string) => blocks.get(id)?.height ?? 1;
  const measure = (ids: readonly string[]) => {
    const rows = wrap(ids, widthOf, maxPerRow);
    const width = Math.max(0, ...rows.map((r) => r.reduce((s, id) => s + widthOf(id), 0)));
    const depth = rows.reduce((s, r) => s + Math.max(...r.map(heightOf)), 0);
    return { rows, width, depth };
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    const { rows, width, depth } = measure(children.get(id) ?? []);
    blocks.set(id, { width: Math.max(1, width), height: 1 + depth, rows });
  }
  const forest = measure(roots);

  // Place top-down, in slot units: node i of a block of width w sits at left + (w - 1) / 2.
  const slots = new Map<string, { x: number; y: number }>();
  const placeRows = (rows: readonly string[][], left: number, width: number, top: number) => {
    let rowTop = top;
    for (const row of rows) {
      const rowWidth = row.reduce((s, id) => s + widthOf(id), 0);
      let x = left + (width - rowWidth) / 2;
      for (const id of row) {
        pending.push({ id, left: x, top: rowTop });
        x += widthOf(id);
      }
      rowTop += Math.max(...row.map(heightOf));
    }
  };
  const pending: Array<{ id: string; left: number; top: number }> = [];
  placeRows(forest.rows, 0, forest.width, 0);
  while (pending.length > 0) {
    const { id, left, top } = pending.pop() as { id: string; left: number; top: number };
    const block = blocks.get(id);
    if (!block) continue;
    slots.set(id, { x: left + (block.width - 1) / 2, y: top });
    placeRows(block.rows, left, block.width, top + 1);
  }

  const stepX = options.nodeWidth + options.gapX;
  const stepY = options.nodeHeight + options.gapY;
  const nodes = unique.map((p) => {
    const s = slots.get(p.id) ?? { x: 0, y: 0 };
    return { id: p.id, x: s.x * stepX, y: s.y * stepY };
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

  const size = (n: number, node: number, gap: number) => (n > 0 ? n * node + (n - 1) * gap : 0);
  return {
    nodes,
    reportingEdges,
    influenceEdges,
    width: size(forest.width, options.nodeWidth, options.gapX),
    height: size(forest.depth, options.nodeHeight, options.gapY),
  };
}

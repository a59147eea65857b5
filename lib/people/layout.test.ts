import { describe, expect, it } from 'vitest';
import { layoutMap, type LayoutPerson } from './layout';

const opts = { nodeWidth: 100, nodeHeight: 40, gapX: 20, gapY: 30 };
const p = (id: string, reportsTo?: string, influences: string[] = []): LayoutPerson =>
  reportsTo === undefined ? { id, influences } : { id, reportsTo, influences };

function at(layout: ReturnType<typeof layoutMap>, id: string) {
  const node = layout.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

/** Structural checks every layout must pass: inside the box, no overlaps, bosses above reports. */
function checkReadable(layout: ReturnType<typeof layoutMap>) {
  const byRow = new Map<number, number[]>();
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + opts.nodeWidth).toBeLessThanOrEqual(layout.width + 1e-9);
    expect(n.y + opts.nodeHeight).toBeLessThanOrEqual(layout.height + 1e-9);
    // Every node sits on a row of the grid of rows.
    expect(n.y % (opts.nodeHeight + opts.gapY)).toBe(0);
    byRow.set(n.y, [...(byRow.get(n.y) ?? []), n.x]);
  }
  for (const xs of byRow.values()) {
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(
        opts.nodeWidth + opts.gapX - 1e-6,
      );
  }
  for (const e of layout.reportingEdges)
    expect(at(layout, e.from).y).toBeLessThan(at(layout, e.to).y);
}

describe('layoutMap', () => {
  it('lays out an empty map', () => {
    expect(layoutMap([], opts)).toEqual({
      nodes: [],
      reportingEdges: [],
      influenceEdges: [],
      width: 0,
      height: 0,
    });
  });

  it('centres a boss over a row of reports, or stacks childless reports as a list', () => {
    const people = [p('ceo'), p('ce', 'ceo'), p('cfo', 'ceo'), p('sec', 'ceo')];
    const row = layoutMap(people, { ...opts, maxPerColumn: 1 });
    expect(row.nodes).toEqual([
      { id: 'ceo', x: 120, y: 0 },
      { id: 'ce', x: 0, y: 70 },
      { id: 'cfo', x: 120, y: 70 },
      { id: 'sec', x: 240, y: 70 },
    ]);
    expect(row.reportingEdges).toEqual([
      { from: 'ceo', to: 'ce' },
      { from: 'ceo', to: 'cfo' },
      { from: 'ceo', to: 'sec' },
    ]);
    expect([row.width, row.height]).toEqual([340, 110]);

    const list = layoutMap(people, opts);
    expect(list.nodes).toEqual([
      { id: 'ceo', x: 0, y: 0 },
      { id: 'ce', x: 0, y: 70 },
      { id: 'cfo', x: 0, y: 140 },
      { id: 'sec', x: 0, y: 210 },
    ]);
    expect([list.width, list.height]).toEqual([100, 250]);
    expect(list.reportingEdges).toEqual(row.reportingEdges);
  });

  it('lays out managers side by side as a tidy tree, the childless grid where its first member stood', () => {
    const layout = layoutMap(
      [
        p('ceo'),
        p('x', 'ceo'),
        p('m1', 'ceo'),
        p('y', 'ceo'),
        p('m2', 'ceo'),
        p('a', 'm1'),
        p('b', 'm2'),
      ],
      opts,
    );
    checkReadable(layout);
    // x and y (no reports) stack in one column left of m1 and m2, in the order of the input.
    expect(at(layout, 'x')).toMatchObject({ x: 0, y: 70 });
    expect(at(layout, 'y')).toMatchObject({ x: 0, y: 140 });
    expect(at(layout, 'm1')).toMatchObject({ x: 120, y: 70 });
    expect(at(layout, 'm2')).toMatchObject({ x: 240, y: 70 });
    expect(at(layout, 'a')).toMatchObject({ x: 120, y: 140 });
    expect(at(layout, 'b')).toMatchObject({ x: 240, y: 140 });
    // The boss is centred over the first and last of their reports' nodes.
    expect(at(layout, 'ceo')).toMatchObject({ x: 120, y: 0 });
    expect([layout.width, layout.height]).toEqual([340, 180]);
  });

  it('lays out a forest side by side and ignores bosses who are not on the map', () => {
    const layout = layoutMap([p('a'), p('b', 'nobody'), p('c', 'a')], opts);
    expect(layout.reportingEdges).toEqual([{ from: 'a', to: 'c' }]);
    expect(at(layout, 'a').y).toBe(0);
    expect(at(layout, 'b').y).toBe(0);
    checkReadable(layout);
  });

  it('breaks reporting cycles at the first person of the input, and self-reports', () => {
    const layout = layoutMap([p('x', 'z'), p('y', 'x'), p('z', 'y'), p('s', 's')], opts);
    expect(layout.reportingEdges).toEqual([
      { from: 'x', to: 'y' },
      { from: 'y', to: 'z' },
    ]);
    expect(layout.nodes.map((n) => n.id)).toEqual(['x', 'y', 'z', 's']);
    checkReadable(layout);
  });

  it('keeps influence edges between people on the map, once each', () => {
    const layout = layoutMap(
      [p('a', undefined, ['b', 'b', 'a', 'ghost']), p('b', undefined, ['a'])],
      opts,
    );
    expect(layout.influenceEdges).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ]);
  });

  it('spreads a long list of childless reports into at most maxPerRow columns', () => {
    const people = [p('boss'), ...Array.from({ length: 20 }, (_, i) => p(`r${i}`, 'boss'))];
    const layout = layoutMap(people, opts);
    checkReadable(layout);
    // 20 people, at most 8 to a column: 3 columns of 7 rows, in reading order.
    expect(layout.width).toBe(3 * 100 + 2 * 20);
    expect(layout.height).toBe(8 * 40 + 7 * 30);
    expect(at(layout, 'r0')).toMatchObject({ x: 0, y: 70 });
    expect(at(layout, 'r2')).toMatchObject({ x: 240, y: 70 });
    expect(at(layout, 'r3')).toMatchObject({ x: 0, y: 140 });
    // The last, short row is centred under the full ones.
    expect(at(layout, 'r18')).toMatchObject({ x: 60, y: 7 * 70 });
    expect(at(layout, 'r19')).toMatchObject({ x: 180, y: 7 * 70 });

    const narrow = layoutMap(people, { ...opts, maxPerRow: 2 });
    checkReadable(narrow);
    expect(narrow.width).toBe(2 * 100 + 20);
  });

  it('stays readable at 40 people with no reporting lines, and with a deep mixed tree', () => {
    const flat = Array.from({ length: 40 }, (_, i) => p(`f${i}`));
    const flatLayout = layoutMap(flat, opts);
    checkReadable(flatLayout);
    // 40 roots, 8 to a column: a 5 × 8 grid.
    expect([flatLayout.width, flatLayout.height]).toEqual([5 * 100 + 4 * 20, 8 * 40 + 7 * 30]);

    // A plant: CEO, 6 directors, each with 5 reports, one of whom has a team of 4 (1 + 6 + 30 + 4 = 41).
    const plant: LayoutPerson[] = [p('ceo')];
    for (let d = 0; d < 6; d++) {
      plant.push(p(`d${d}`, 'ceo'));
      for (let r = 0; r < 5; r++) plant.push(p(`d${d}r${r}`, `d${d}`));
    }
    for (let t = 0; t < 4; t++) plant.push(p(`t${t}`, 'd0r0'));
    const layout = layoutMap(plant, opts);
    checkReadable(layout);
    expect(layout.nodes).toHaveLength(41);
    // d0 is two columns wide (d0r0 with its team, the other four as a list), the others one.
    expect(layout.width).toBe(7 * 100 + 6 * 20);
    expect(layout.height).toBe(7 * 40 + 6 * 30);
  });

  it('never overlaps on random forests', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 100; run++) {
      const n = 1 + Math.floor(random() * 60);
      const people = Array.from({ length: n }, (_, i) =>
        p(`n${i}`, random() < 0.15 ? undefined : `n${Math.floor(random() * n)}`),
      );
      const layout = layoutMap(people, { ...opts, maxPerRow: 1 + Math.floor(random() * 4) });
      expect(layout.nodes).toHaveLength(n);
      checkReadable(layout);
    }
  });

  it('honours a narrower maxPerRow, lays out long chains without recursion, and drops duplicate ids', () => {
    const people = [
      p('boss'),
      ...Array.from({ length: 7 }, (_, i) => p(`r${i}`, 'boss')),
      p('boss'),
    ];
    const narrow = layoutMap(people, { ...opts, maxPerRow: 3, maxPerColumn: 2 });
    checkReadable(narrow);
    expect(narrow.nodes).toHaveLength(8);
    expect(narrow.width).toBe(3 * 100 + 2 * 20);

    const chain = Array.from({ length: 20_000 }, (_, i) =>
      p(`c${i}`, i > 0 ? `c${i - 1}` : undefined),
    );
    // d3-hierarchy walks the tree with explicit stacks, so depth cannot overflow the call stack.
    const long = layoutMap(chain, opts);
    expect(long.nodes.at(-1)).toEqual({ id: 'c19999', x: 0, y: 19_999 * 70 });
    expect(long.height).toBe(20_000 * 40 + 19_999 * 30);
    // A chain looped back on itself is cut, not followed forever.
    const loop = [...chain.slice(1), { ...chain[0]!, reportsTo: 'c19999' }];
    expect(layoutMap(loop, opts).reportingEdges).toHaveLength(19_999);
  });
});

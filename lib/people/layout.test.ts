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

/** Structural checks every layout must pass. */
function checkReadable(layout: ReturnType<typeof layoutMap>, maxPerRow = 8) {
  const byRow = new Map<number, number[]>();
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + opts.nodeWidth).toBeLessThanOrEqual(layout.width + 1e-9);
    expect(n.y + opts.nodeHeight).toBeLessThanOrEqual(layout.height + 1e-9);
    byRow.set(n.y, [...(byRow.get(n.y) ?? []), n.x]);
  }
  for (const xs of byRow.values()) {
    expect(xs.length).toBeLessThanOrEqual(maxPerRow);
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(opts.nodeWidth);
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

  it('centres a boss over the people who report to them', () => {
    const layout = layoutMap([p('ceo'), p('ce', 'ceo'), p('cfo', 'ceo'), p('sec', 'ceo')], opts);
    expect(layout.nodes).toEqual([
      { id: 'ceo', x: 120, y: 0 },
      { id: 'ce', x: 0, y: 70 },
      { id: 'cfo', x: 120, y: 70 },
      { id: 'sec', x: 240, y: 70 },
    ]);
    expect(layout.reportingEdges).toEqual([
      { from: 'ceo', to: 'ce' },
      { from: 'ceo', to: 'cfo' },
      { from: 'ceo', to: 'sec' },
    ]);
    expect([layout.width, layout.height]).toEqual([340, 110]);
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

  it('wraps a wide level into rows of at most 8', () => {
    const people = [p('boss'), ...Array.from({ length: 20 }, (_, i) => p(`r${i}`, 'boss'))];
    const layout = layoutMap(people, opts);
    checkReadable(layout);
    const rows = new Set(layout.nodes.filter((n) => n.id !== 'boss').map((n) => n.y));
    expect(rows.size).toBe(3);
    expect(layout.width).toBe(8 * 100 + 7 * 20);
  });

  it('stays readable at 40 people with no reporting lines, and with a deep mixed tree', () => {
    const flat = Array.from({ length: 40 }, (_, i) => p(`f${i}`));
    const flatLayout = layoutMap(flat, opts);
    checkReadable(flatLayout);
    expect(flatLayout.height).toBe(5 * 40 + 4 * 30);

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
    expect(layout.width).toBeLessThanOrEqual(8 * 100 + 7 * 20);
  });

  it('honours a narrower maxPerRow, lays out long chains without recursion, and drops duplicate ids', () => {
    const people = [
      p('boss'),
      ...Array.from({ length: 7 }, (_, i) => p(`r${i}`, 'boss')),
      p('boss'),
    ];
    const narrow = layoutMap(people, { ...opts, maxPerRow: 3 });
    checkReadable(narrow, 3);
    expect(narrow.nodes).toHaveLength(8);

    const chain = Array.from({ length: 20_000 }, (_, i) =>
      p(`c${i}`, i > 0 ? `c${i - 1}` : undefined),
    );
    const long = layoutMap(chain, opts);
    expect(long.nodes.at(-1)).toEqual({ id: 'c19999', x: 0, y: 19_999 * 70 });
  });
});

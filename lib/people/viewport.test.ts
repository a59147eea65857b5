import { describe, expect, it } from 'vitest';
import { fitView, MAX_SCALE, MIN_SCALE, revealRect, toContent, zoomAt } from './viewport';

describe('map viewport', () => {
  it('fits a wide map into a narrow panel, centred', () => {
    const v = fitView({ width: 1200, height: 600 }, { width: 400, height: 360 }, 10);
    expect(v.scale).toBeCloseTo(380 / 1200);
    expect(v.x + (1200 * v.scale) / 2).toBeCloseTo(200);
  });

  it('never enlarges a small map beyond 1:1 and never below the minimum', () => {
    expect(fitView({ width: 100, height: 50 }, { width: 400, height: 360 }).scale).toBe(1);
    expect(fitView({ width: 100_000, height: 50 }, { width: 400, height: 360 }).scale).toBe(
      MIN_SCALE,
    );
  });

  it('zooms around the pointer: the content under it stays put', () => {
    const v = { scale: 1, x: 30, y: -20 };
    const before = toContent(v, 120, 80);
    const z = zoomAt(v, 1.5, 120, 80);
    expect(z.scale).toBe(1.5);
    const after = toContent(z, 120, 80);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAt(z, 100, 0, 0).scale).toBe(MAX_SCALE);
  });

  describe('revealRect', () => {
    const box = { x: 100, y: 40, width: 156, height: 62 };
    const viewport = { width: 400, height: 300 };

    it('leaves the view alone when the box is already in view', () => {
      const v = { scale: 1, x: 0, y: 0 };
      expect(revealRect(v, box, viewport)).toBe(v);
    });

    it('pans just enough to bring a box off the right or bottom edge into view', () => {
      const v = { scale: 2, x: -300, y: 0 };
      const r = revealRect(v, { ...box, x: 300, y: 120 }, viewport);
      expect(r.scale).toBe(2);
      // Right edge of the box at the viewport's right edge less the margin.
      expect((300 + 156) * 2 + r.x).toBeCloseTo(400 - 8);
      expect((120 + 62) * 2 + r.y).toBeCloseTo(300 - 8);
    });

    it('pans a box off the left or top edge to the margin', () => {
      const r = revealRect({ scale: 1, x: -200, y: -100 }, box, viewport);
      expect(box.x + r.x).toBe(8);
      expect(box.y + r.y).toBe(8);
    });

    it('shows the top-left (the name) of a box larger than the viewport', () => {
      const r = revealRect({ scale: 2.5, x: 0, y: 0 }, box, { width: 300, height: 100 });
      expect(box.x * 2.5 + r.x).toBe(8);
      expect(box.y * 2.5 + r.y).toBe(8);
    });
  });
});

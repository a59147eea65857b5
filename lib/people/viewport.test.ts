import { describe, expect, it } from 'vitest';
import { fitView, MAX_SCALE, MIN_SCALE, toContent, zoomAt } from './viewport';

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
});

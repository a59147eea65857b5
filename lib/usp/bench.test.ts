import { describe, expect, it } from 'vitest';
import { benchData, benchUsp } from './bench';

describe('benchUsp', () => {
  // The figure itself is reported by `npm run bench`; tests check behaviour, not wall-clock time.
  it('measures 30 needs × 50 properties and returns both figures', () => {
    const { needs, offer } = benchData();
    expect(needs).toHaveLength(30);
    expect(offer.properties).toHaveLength(50);
    const r = benchUsp(5);
    expect(r.matchComposeMs).toBeGreaterThan(0);
    expect(r.tokeniseOnlyMs).toBeGreaterThan(0);
  });
});

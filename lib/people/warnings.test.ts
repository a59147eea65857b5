import { describe, expect, it } from 'vitest';
import { mapWarnings, type MapWarningId } from './warnings';
import { person } from './testing';

const ids = (ws: { id: MapWarningId }[]) => ws.map((w) => w.id);
const find = (ws: ReturnType<typeof mapWarnings>, id: MapWarningId) => ws.find((w) => w.id === id);

describe('mapWarnings', () => {
  const gatekeeper = () =>
    person({ id: 'sec', role: 'gatekeeper', roleSource: 'confirmed_indirectly' });

  it('warns about a missing decision maker, and stops when one is known', () => {
    expect(ids(mapWarnings([person(), gatekeeper()]))).toContain('no_decision_maker');
    const dm = person({ role: 'decision_maker', roleSource: 'told_by_colleague' });
    expect(ids(mapWarnings([dm, gatekeeper()]))).not.toContain('no_decision_maker');
  });

  it('warns while the decision maker is only self-declared or guessed', () => {
    for (const roleSource of ['self_declared', 'guess'] as const) {
      const dm = person({ id: 'dm', role: 'decision_maker', roleSource });
      expect(find(mapWarnings([dm, gatekeeper()]), 'decision_maker_self_declared')).toEqual({
        id: 'decision_maker_self_declared',
        personIds: ['dm'],
      });
    }
    for (const roleSource of ['confirmed_indirectly', 'told_by_colleague'] as const) {
      const dm = person({ role: 'decision_maker', roleSource });
      expect(ids(mapWarnings([dm, gatekeeper()]))).not.toContain('decision_maker_self_declared');
    }
    // One confirmed decision maker is enough, even beside a self-declared one.
    const both = [
      person({ role: 'decision_maker', roleSource: 'self_declared' }),
      person({ role: 'decision_maker', roleSource: 'confirmed_indirectly' }),
    ];
    expect(ids(mapWarnings(both))).not.toContain('decision_maker_self_declared');
  });

  it('warns when the map has a single contact', () => {
    expect(find(mapWarnings([person({ id: 'only' })]), 'single_threaded')).toEqual({
      id: 'single_threaded',
      personIds: ['only'],
    });
    expect(ids(mapWarnings([person(), person()]))).not.toContain('single_threaded');
    expect(ids(mapWarnings([]))).not.toContain('single_threaded');
  });

  it('warns about opponents with influence 4 or more, naming each', () => {
    const people = [
      person({ id: 'o5', attitude: 'opponent', influence: 5 }),
      person({ id: 'o4', attitude: 'opponent', influence: 4 }),
      person({ id: 'o3', attitude: 'opponent', influence: 3 }),
      person({ id: 's5', attitude: 'skeptic', influence: 5 }),
    ];
    expect(find(mapWarnings(people), 'high_influence_opponent')?.personIds).toEqual(['o5', 'o4']);
    expect(ids(mapWarnings(people.slice(2)))).not.toContain('high_influence_opponent');
  });

  it('warns about a missing gatekeeper for a cold call, unless not cold calling or a DM line is known', () => {
    const dm = person({ role: 'decision_maker', roleSource: 'confirmed_indirectly' });
    expect(ids(mapWarnings([dm, person()]))).toContain('no_gatekeeper');
    expect(ids(mapWarnings([dm, gatekeeper()]))).not.toContain('no_gatekeeper');
    expect(ids(mapWarnings([dm, person()], { coldCall: false }))).not.toContain('no_gatekeeper');
    const reachable = person({
      role: 'decision_maker',
      roleSource: 'confirmed_indirectly',
      contacts: [{ kind: 'phone', value: '+7 495 000-00-00' }],
    });
    expect(ids(mapWarnings([reachable, person()]))).not.toContain('no_gatekeeper');
  });

  it('returns nothing for a healthy map, and warnings in a fixed order for an empty one', () => {
    const healthy = [
      person({ role: 'decision_maker', roleSource: 'confirmed_indirectly', attitude: 'supporter' }),
      gatekeeper(),
      person({ role: 'influencer', attitude: 'opponent', influence: 2 }),
    ];
    expect(mapWarnings(healthy)).toEqual([]);
    expect(ids(mapWarnings([]))).toEqual(['no_decision_maker', 'no_gatekeeper']);
  });
});

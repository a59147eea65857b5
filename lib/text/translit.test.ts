import { describe, expect, it } from 'vitest';
import { latinKey } from './translit';

describe('latinKey', () => {
  it('spells Russian names the way their domains do', () => {
    expect(latinKey('ТехноПром')).toBe('tehnoprom');
    expect(latinKey('Ромашка-Плюс')).toBe('romashkaplyus');
    expect(latinKey('Acme Corp.')).toBe('acmecorp');
    expect(latinKey('Щит и Ёж')).toBe('schitiezh');
  });
});

import { describe, expect, it } from 'vitest';
import { prospectLanguage } from './prospectLanguage';

describe('prospectLanguage', () => {
  it('prefers the recorded language, then the name, then the domain, then the fallback', () => {
    expect(prospectLanguage({ language: 'en', name: 'ТехноПром', domains: ['a.ru'] }, 'ru')).toBe(
      'en',
    );
    expect(prospectLanguage({ name: 'ТехноПром', domains: ['tehnoprom.test'] }, 'en')).toBe('ru');
    expect(prospectLanguage({ name: 'Acme', domains: ['acme.ru'] }, 'en')).toBe('ru');
    expect(prospectLanguage({ name: 'Acme', domains: ['acme.com'] }, 'en')).toBe('en');
    expect(prospectLanguage({ name: 'Acme', domains: ['acme.com'] }, 'ru')).toBe('ru');
  });
});

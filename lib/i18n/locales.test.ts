import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, ru } from '../../locales';
import { createTranslator, resolveLanguage, type MessageKey } from './index';

const root = join(__dirname, '../..');

function placeholders(value: unknown): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

describe('locales', () => {
  it('every English key exists in Russian and back, with the same placeholders', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(placeholders(ru[key]), key).toEqual(placeholders(en[key]));
      expect(JSON.stringify(ru[key]).length, key).toBeGreaterThan(2);
    }
  });

  it('each feature has the same locale files and keys in both languages', () => {
    const files = (l: string) =>
      readdirSync(join(root, 'locales', l))
        .filter((f) => f.endsWith('.json'))
        .sort();
    expect(files('ru')).toEqual(files('en'));
    const index = readFileSync(join(root, 'locales/index.ts'), 'utf8');
    for (const file of files('en')) {
      const read = (l: string) =>
        JSON.parse(readFileSync(join(root, 'locales', l, file), 'utf8')) as object;
      expect(Object.keys(read('ru')).sort(), file).toEqual(Object.keys(read('en')).sort());
      for (const l of ['en', 'ru'])
        expect(index, `${l}/${file} is loaded`).toContain(`./${l}/${file}`);
    }
  });

  it('manifest strings exist in both languages', () => {
    const read = (l: string) =>
      JSON.parse(readFileSync(join(root, 'public/_locales', l, 'messages.json'), 'utf8')) as object;
    expect(Object.keys(read('ru')).sort()).toEqual(Object.keys(read('en')).sort());
  });

  it('every key used in code exists', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(tsx?)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          const src = readFileSync(path, 'utf8');
          for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
        }
      }
    };
    for (const dir of ['components', 'entrypoints', 'lib']) walk(join(root, dir));
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(Object.keys(en), key).toContain(key);
  });

  it('follows the browser language unless one is chosen', () => {
    expect(resolveLanguage('auto', 'ru-RU')).toBe('ru');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', undefined)).toBe('en');
    expect(resolveLanguage('en', 'ru')).toBe('en');
    expect(resolveLanguage('ru', 'en')).toBe('ru');
  });

  it('interpolates and picks Russian plural forms', () => {
    const t = createTranslator('ru');
    expect(t('clips.count', { count: 1 })).toBe('1 цитата');
    expect(t('clips.count', { count: 3 })).toBe('3 цитаты');
    expect(t('clips.count', { count: 5 })).toBe('5 цитат');
    expect(t('clips.count', { count: 21 })).toBe('21 цитата');
    expect(createTranslator('en')('clips.count', { count: 2 })).toBe('2 clips');
    expect(createTranslator('en')('prospect.removeDomain', { domain: 'a.ru' })).toBe('Remove a.ru');
  });

  it('counts of prospects and conflicts on the dashboard agree with their number', () => {
    const en = createTranslator('en');
    const ru = createTranslator('ru');
    const forms = (t: typeof en, key: MessageKey, extra: Record<string, string | number> = {}) =>
      [1, 3, 5, 21].map((count) => t(key, { ...extra, count }));
    expect(forms(ru, 'dashboard.funnel.ofTotal')).toEqual([
      'из 1 клиента',
      'из 3 клиентов',
      'из 5 клиентов',
      'из 21 клиента',
    ]);
    expect(forms(en, 'dashboard.funnel.ofTotal')).toEqual([
      'of 1 prospect',
      'of 3 prospects',
      'of 5 prospects',
      'of 21 prospects',
    ]);
    expect(forms(ru, 'dashboard.showing', { shown: 1 })).toEqual([
      'Показано 1 из 1 клиента',
      'Показано 1 из 3 клиентов',
      'Показано 1 из 5 клиентов',
      'Показано 1 из 21 клиента',
    ]);
    expect(en('dashboard.showing', { shown: 1, count: 1 })).toBe('Showing 1 of 1 prospect');
    expect(forms(ru, 'dashboard.import.fileInfo', { by: 'Анна', date: '2 мая' })).toEqual([
      '1 клиент · выгрузка: Анна, 2 мая.',
      '3 клиента · выгрузка: Анна, 2 мая.',
      '5 клиентов · выгрузка: Анна, 2 мая.',
      '21 клиент · выгрузка: Анна, 2 мая.',
    ]);
    expect(en('dashboard.import.fileInfo', { count: 1, by: 'Bob', date: 'May 2' })).toBe(
      '1 prospect, exported by Bob on May 2.',
    );
    const done = { added: 2, updated: 0 };
    expect(forms(ru, 'dashboard.import.done', done).map((s) => s.split(', ').pop())).toEqual([
      '1 конфликт сохранён в заметках.',
      '3 конфликта сохранены в заметках.',
      '5 конфликтов сохранено в заметках.',
      '21 конфликт сохранён в заметках.',
    ]);
    expect(en('dashboard.import.done', { ...done, count: 1 })).toBe(
      'Imported: 2 added, 0 updated, 1 conflict kept in notes.',
    );
  });
});

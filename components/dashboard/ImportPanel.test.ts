import { describe, expect, it } from 'vitest';
import { createTranslator, formatDateTime } from '@/lib/i18n';
import { fixtureBundle } from '@/lib/io/testing';
import { fileInfo, mergeOptions } from './ImportPanel';

// Dates the rep reads on the import dialog and in the notes are written the UI language's way.
describe('import dates in the UI language', () => {
  const at = Date.UTC(2024, 4, 2, 9, 30);
  const bundle = { ...fixtureBundle(), exportedAt: at, exportedBy: 'Анна' };

  it.each(['en', 'ru'] as const)('%s: the file info and the kept-versions heading', (lang) => {
    const t = createTranslator(lang);
    const date = formatDateTime(lang, at);
    expect(fileInfo(t, lang, bundle)).toBe(
      t('dashboard.import.fileInfo', { count: 2, by: 'Анна', date }),
    );
    expect(mergeOptions(t, lang, at).keptHeading).toBe(t('dashboard.import.keptHeading', { date }));
    expect(fileInfo(t, lang, bundle) + mergeOptions(t, lang, at).keptHeading).not.toContain(
      '2024-05-02',
    );
  });

  it('Russian reads as Russian', () => {
    expect(fileInfo(createTranslator('ru'), 'ru', bundle)).toMatch(
      /^2 клиента · выгрузка: Анна, 2 мая 2024 г\., \d\d:\d\d\.$/,
    );
  });
});

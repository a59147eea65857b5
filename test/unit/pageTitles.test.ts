import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

// A tab's title is user-visible text: the HTML can only hold the app's name (the page does not
// know the UI language yet); each full-tab page then sets its title from the locales.
describe('page titles', () => {
  const pages = readdirSync(join(root, 'entrypoints'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((name) => readdirSync(join(root, 'entrypoints', name)).includes('index.html'));

  it('the HTML of every page holds only the app name, in no one language', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = readFileSync(join(root, 'entrypoints', page, 'index.html'), 'utf8');
      expect(/<title>(.*)<\/title>/.exec(html)?.[1], page).toBe('DealBrief');
    }
  });

  it.each([
    ['dashboard', 'entrypoints/dashboard/App.tsx'],
    ['offers', 'entrypoints/offers/App.tsx'],
    ['brief-print', 'components/brief/BriefPrint.tsx'],
  ])('the %s tab sets its title from the locales', (page, file) => {
    expect(pages).toContain(page);
    expect(readFileSync(join(root, file), 'utf8')).toMatch(/document\.title = t\('/);
  });
});

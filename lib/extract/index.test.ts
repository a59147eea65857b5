// Golden test: every fixture page under test/fixtures/extract is scanned over jsdom and scored
// with the same code as `npm run eval:extract`; our own fixtures must score perfectly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { goldFromJson, goldIdIsValid } from './gold';
import { scanDocument } from './index';
import { ScanResult } from './schema';
import { FACT_TYPES } from './gold';
import { scorePage } from './score';

const DIR = join(__dirname, '../../test/fixtures/extract');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('scanDocument over fixtures', () => {
  it('has at least 8 Russian and 2 English fixtures', () => {
    expect(pages.filter((p) => p.startsWith('ru-')).length).toBeGreaterThanOrEqual(8);
    expect(pages.filter((p) => p.startsWith('en-')).length).toBeGreaterThanOrEqual(2);
  });

  for (const page of pages) {
    it(`${page} scores perfectly against its gold`, () => {
      const html = readFileSync(join(DIR, page), 'utf8');
      const gold = goldFromJson(
        JSON.parse(readFileSync(join(DIR, page.replace(/\.html$/, '.gold.json')), 'utf8')),
      );
      for (const id of gold.ids)
        expect(goldIdIsValid(id), `gold id ${id} has valid check digits`).toBe(true);
      const doc = new JSDOM(html, { url: gold.url }).window.document;
      const result = scanDocument(
        doc,
        gold.lang ? { url: gold.url, lang: gold.lang } : { url: gold.url },
      );
      // The panel re-validates the result with this schema; it must always pass.
      expect(ScanResult.safeParse(result).success).toBe(true);
      const score = scorePage(gold, result);
      const problems = FACT_TYPES.flatMap((t) => {
        const c = score[t];
        return c && (c.fp > 0 || c.fn > 0) ? [`${t}: tp ${c.tp} fp ${c.fp} fn ${c.fn}`] : [];
      });
      expect([...problems, ...score.decoyHits.map((d) => `decoy ${d}`)]).toEqual([]);
      for (const fact of [
        ...result.phones,
        ...result.emails,
        ...result.people,
        ...result.ids,
        ...result.socials,
      ])
        expect(fact.evidence.length).toBeGreaterThan(0);
    });
  }
});

describe('scanDocument on hostile pages', () => {
  it('stays bounded on a 10,000-row table, a 1 MB text node and fake JSON-LD', () => {
    const rows = Array.from(
      { length: 10000 },
      (_, i) =>
        `<tr><td>Позиция ${i}</td><td>${1000 + i} ₽</td><td>+7 (495) ${String(100 + (i % 900)).padStart(3, '0')}-45-67</td></tr>`,
    ).join('');
    const cycle =
      '{"@type":"Organization","@id":"#a","name":"A","member":{"@id":"#a"},"sameAs":[' +
      Array.from({ length: 5000 }, () => '"x"').join(',') +
      ']}';
    const html = `<html lang="ru"><head><script type="application/ld+json">${cycle}</script></head><body><table>${rows}</table><p>${'ИНН 7723456782 '.repeat(70000)}</p></body></html>`;
    const doc = new JSDOM(html, { url: 'https://example.ru/' }).window.document;
    const r = scanDocument(doc, { url: 'https://example.ru/' });
    expect(ScanResult.safeParse(r).success).toBe(true);
    expect(r.ids.map((i) => i.value)).toEqual(['7723456782']);
    expect(r.phones.length).toBe(900);
    // Building the 2 MB test page in jsdom takes seconds on a loaded CI machine; the scan's own
    // speed is measured by the bench, not here.
  }, 30_000);
});

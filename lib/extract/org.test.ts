import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from './jsonld';
import { extractOrg, hasLegalForm, normaliseLegal, stripLegalForm } from './org';
import { buildTextModel } from './text';

const org = (html: string, url = 'https://romashka.ru/') => {
  const doc = new JSDOM(html, { url }).window.document;
  return extractOrg(doc, buildTextModel(doc), url, readJsonLd(doc));
};

describe('organisation name', () => {
  it('normalises legal forms', () => {
    expect(normaliseLegal('Общество с ограниченной ответственностью "Ромашка"')).toBe(
      'ООО «Ромашка»',
    );
    expect(stripLegalForm('ООО «Ромашка»')).toBe('Ромашка');
    expect(stripLegalForm('Acme Widgets, Inc.')).toBe('Acme Widgets');
    expect(hasLegalForm('Brightwell Logistics Ltd')).toBe(true);
    expect(hasLegalForm('Ромашка')).toBe(false);
  });
  it('keeps legal name and brand apart', () => {
    const o = org('<title>Главная | Ромашка</title><body><p>© 2024 ООО "Ромашка"</p></body>');
    expect(o.legalName).toBe('ООО «Ромашка»');
    expect(o.brand).toBe('Ромашка');
  });
  it('prefers JSON-LD and reads @graph, skipping broken blocks', () => {
    const o = org(`<head><script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Сайт"},{"@type":"HomeAndConstructionBusiness","name":"СтройДом","legalName":"АО «СтройДом»"}]}</script>
      <title>Каталог</title></head><body></body>`);
    expect(o.brand).toBe('СтройДом');
    expect(o.legalName).toBe('АО «СтройДом»');
  });
  it('ignores legal names quoted in testimonials', () => {
    const o = org(
      '<title>Ромашка</title><body><div class="testimonial">ООО «Клиент» довольно</div></body>',
    );
    expect(o.legalName).toBeUndefined();
  });
  it('recognises ИП with initials or full name', () => {
    expect(org('<body><p>ИП Смирнов А. В.</p></body>').legalName).toBe('ИП Смирнов А. В.');
  });
});

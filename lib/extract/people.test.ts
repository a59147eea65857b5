import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPeople, splitInline } from './people';
import { isPosition } from './positions';
import { buildTextModel } from './text';

const people = (body: string, own: string[] = []) =>
  extractPeople(buildTextModel(new JSDOM(`<body>${body}</body>`).window.document), [], own).map(
    (p) => `${p.name} = ${p.position}`,
  );

describe('people with positions', () => {
  it('reads one-line forms in both orders', () => {
    expect(splitInline('Генеральный директор — Иванов Иван Иванович')).toEqual({
      name: 'Иванов Иван Иванович',
      position: 'Генеральный директор',
    });
    expect(splitInline('Иванов Иван Иванович, генеральный директор')?.position).toBe(
      'генеральный директор',
    );
    expect(splitInline('Петров П. П., главный инженер')?.name).toBe('Петров П. П.');
    expect(splitInline('Jane Doe, Head of Procurement')).toEqual({
      name: 'Jane Doe',
      position: 'Head of Procurement',
    });
    expect(splitInline('Jane Doe – CEO')?.position).toBe('CEO');
    expect(splitInline('Emily Carter, DDS')).toBeUndefined();
  });
  it('pairs cards with name and title in separate elements', () => {
    expect(
      people(
        '<div><h3>Jane Doe</h3><p>Sales Manager</p></div><div><h3>MATTHEW LEE</h3><p>FINANCIAL CONTROLLER</p></div>',
      ),
    ).toEqual(['Jane Doe = Sales Manager', 'Matthew Lee = FINANCIAL CONTROLLER']);
    expect(
      people(
        '<div class="card"><b>Анна Смирнова</b><span style="display:block"></span><p>Офис-менеджер</p></div>',
      ),
    ).toEqual(['Анна Смирнова = Офис-менеджер']);
  });
  it('skips testimonials, reviews, news and quotes', () => {
    expect(people('<div class="reviews"><p>Сидоров Пётр Николаевич, директор</p></div>')).toEqual(
      [],
    );
    expect(
      people('<h2>Отзывы</h2><p>Jane Doe, CEO</p><h2>Команда</h2><p>John Smith, CTO</p>'),
    ).toEqual(['John Smith = CTO']);
    expect(people('<blockquote>Great! <cite>Mark Evans, CEO</cite></blockquote>')).toEqual([]);
  });
  it('treats a title naming another company as an outsider', () => {
    expect(
      people('<p>Кравченко Ольга Викторовна, главный инженер ООО «АкваСервис»</p>', [
        'ООО «ГидроМонтаж»',
      ]),
    ).toEqual([]);
    expect(
      people('<p>Иванов Иван Иванович, директор ООО «ГидроМонтаж»</p>', ['ООО «ГидроМонтаж»']),
    ).toEqual(['Иванов Иван Иванович = Директор']);
    expect(people('<p>Laura Bennett, Marketing Director at Acme Corp</p>')).toEqual([]);
  });
  it('does not take headings and sections for titles', () => {
    expect(isPosition('Executive Team')).toBe(false);
    expect(isPosition('Наша команда')).toBe(false);
    expect(people('<h2>Case Studies</h2><p>Executive Team</p>')).toEqual([]);
  });
  it('reads the looser card and line forms', () => {
    expect(people('<p>Phil Faulkner- Estimator</p>')).toEqual(['Phil Faulkner = Estimator']);
    // An unusual given name passes only when the rest of the line is a strong title.
    expect(people('<p>Guy Occhiogrosso, Executive Director</p>')).toEqual([
      'Guy Occhiogrosso = Executive Director',
    ]);
    expect(people('<p>Kitchen Remodeling, Project Management</p>')).toEqual([]);
    // Title lines that are name-shaped, a label with a colon, a byline over a title.
    expect(
      people(
        '<div><h3>Doug Witty</h3><p>System Designer</p></div><div><h3>EMMA CARTER</h3><p>INTERIOR DESIGNER</p></div>',
      ),
    ).toEqual(['Doug Witty = System Designer', 'Emma Carter = INTERIOR DESIGNER']);
    expect(people('<p>District Superintendent:</p><p>Les M. Omotani</p>')).toEqual([
      'Les M. Omotani = District Superintendent',
    ]);
    expect(people('<p>by Jon Gunderson</p><p>VP Sales &amp; Marketing</p>')).toEqual([
      'Jon Gunderson = VP Sales & Marketing',
    ]);
    expect(people('<p>"Create your own opportunities." --Patrick Hiller, CEO</p>')).toEqual([
      'Patrick Hiller = CEO',
    ]);
  });
  it('keeps prose people and skips look-alikes', () => {
    expect(
      people(
        '<p>Brad Zach is an Associate Broker in Nebraska.</p><p>Brad has been an acreage owner for years.</p>',
      ),
    ).toEqual(['Brad Zach = Associate Broker']);
    // Decoys: a possessive "title", a testimonial headline, a signed quote inside testimonials.
    expect(people("<div><h3>Property Signage</h3><p>Broker's Vehicle</p></div>")).toEqual([]);
    expect(
      people(
        '<div><h3>Molly Hartwig</h3><p>“I Plan to Call her for all my Designer Needs”</p></div>',
      ),
    ).toEqual([]);
    expect(
      people('<div class="testimonials"><p>"Great work." --Patrick Hiller, CEO</p></div>'),
    ).toEqual([]);
  });
});

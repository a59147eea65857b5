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
});

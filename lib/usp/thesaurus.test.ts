import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, type Element } from './conceptScan';
import { matchNeeds } from './matcher';
import { groupTerms, scanGroups } from './relatedWords';
import { STOP_WORDS_EN, STOP_WORDS_RU } from './stopwords';
import { analyze } from './text';
import { THESAURUS } from './thesaurus';
import { prop, sharedGroups } from './testing';

function groupsOf(text: string): Set<number> {
  return new Set(scanGroups(analyze(text)).keys());
}

const shared = (a: string, b: string) => sharedGroups(a, b);

function prefixes(el: Element): string[] {
  if (el.kind === 'prefix') return [el.value];
  if (el.kind === 'any') return el.options.flatMap(prefixes);
  return [];
}

describe('thesaurus: well-formed groups', () => {
  it('has several hundred groups', () => {
    expect(THESAURUS.length).toBeGreaterThanOrEqual(300);
  });

  it('every group has at least two terms, compiled, with weights in (0, 1], no duplicates', () => {
    THESAURUS.forEach((entry, g) => {
      const terms = groupTerms(entry);
      expect(terms.length, `group ${g}: ${entry}`).toBeGreaterThanOrEqual(2);
      expect(new Set(terms).size, `group ${g} duplicates: ${entry}`).toBe(terms.length);
      for (const t of terms) {
        const c = compilePattern(t);
        expect(c.elements.length, t).toBeGreaterThan(0);
        expect(c.weight, t).toBeGreaterThan(0);
        expect(c.weight, t).toBeLessThanOrEqual(1);
      }
    });
  });

  it('prefixes are long enough not to take strangers (RU ≥ 4 letters, EN ≥ 3)', () => {
    for (const entry of THESAURUS) {
      for (const t of groupTerms(entry)) {
        // Inside a phrase the neighbours constrain a prefix ("check up*"); alone it must be long.
        for (const p of prefixes(compilePattern(t).elements[0]!)) {
          const min = /[а-я]/.test(p) ? 4 : 3;
          expect(p.length, `"${t}" in ${entry.slice(0, 40)}`).toBeGreaterThanOrEqual(min);
        }
      }
    }
  });

  it('no one-word term is a function word (it could never count)', () => {
    for (const entry of THESAURUS) {
      for (const t of groupTerms(entry)) {
        const body = t.replace(/@[\d.]+$/, '').replace(/^=/, '');
        if (/\s/.test(body) || body.endsWith('*')) continue;
        expect(STOP_WORDS_RU.has(body) || STOP_WORDS_EN.has(body), t).toBe(false);
      }
    }
  });
});

describe('thesaurus: groups match across inflections and wordings', () => {
  it.each([
    ['Грунт сохнет сутки', 'Быстросохнущие грунты: межслойная сушка 40 минут'],
    ['Краска долго высыхает', 'Сушка за 20 минут'],
    ['Ребята стирают спецовки дома', 'Промышленная стирка каждую неделю'],
    ['Постирать форму негде', 'Прачечная забирает и возвращает одежду'],
    ['Водители сливают солярку', 'Лимиты по каждой карте'],
    ['Маляры задыхаются в цеху', 'Мощная вытяжка и вентиляция'],
    ['Сервер зависает по вечерам', 'Аптайм 99,9% и мониторинг сбоев'],
    ['Интернет падает', 'Резервный канал от второго оператора'],
    ['интернет падает каждый день', 'если падает интернет, переключаемся сами'],
    ['Сосульки висят над входом', 'Удаление наледи с кровли'],
  ])('RU: "%s" ~ "%s"', (pain, answer) => {
    expect(shared(pain, answer).length).toBeGreaterThan(0);
  });

  it.each([
    ['Guys wash their overalls at home', 'Weekly collection and industrial laundering'],
    ['The laundry comes back grey', 'Every item rewashed if marked'],
    ['Our app crashes every promotion', 'Load-tested, stable under peak traffic'],
    ['The primer takes a day to dry', 'Fast-drying primer, ready in 40 minutes'],
    ['The painters can barely breathe', 'Extraction and ventilation sized for the booth'],
    ['The Wi-Fi in our building is a joke', 'Dedicated fibre with a backup line'],
    ['Deliveries are always late', 'On-time delivery guaranteed'],
    ['Staff keep stealing fuel', 'Spending limits on every card'],
  ])('EN: "%s" ~ "%s"', (pain, answer) => {
    expect(shared(pain, answer).length).toBeGreaterThan(0);
  });

  it('the same group is found in every inflection (RU and EN)', () => {
    const base = groupsOf('сушка');
    for (const w of ['сушки', 'сушкой', 'сохнет', 'сохнут', 'высыхает', 'высохла'])
      expect(
        [...groupsOf(w)].some((g) => base.has(g)),
        w,
      ).toBe(true);
    const wash = groupsOf('laundry');
    for (const w of ['wash', 'washes', 'washed', 'washing', 'laundering', 'laundered'])
      expect(
        [...groupsOf(w)].some((g) => wash.has(g)),
        w,
      ).toBe(true);
  });

  it('words of another sense stay out ("сохранить" is not drying, "fasteners" not speed)', () => {
    expect(shared('сохранить документы', 'сушка 40 минут')).toEqual([]);
    expect(shared('fasteners and bolts', 'fast delivery')).toEqual([]);
    expect(shared('дорога до склада', 'дорогие услуги')).toEqual([]);
    expect(shared('fixed price per month', 'we fix it the same day')).toEqual([]);
  });

  it('function words alone touch no group', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STOP_WORDS_RU, ...STOP_WORDS_EN), {
          minLength: 1,
          maxLength: 6,
        }),
        (words) => {
          const hits = scanGroups(analyze(words.join(' ')));
          // Only phrases may consist of function words ("не работает" is a phrase, not a word).
          for (const list of hits.values())
            for (const h of list) expect(h.end).toBeGreaterThan(h.start);
        },
      ),
    );
  });
});

describe('matcher with the thesaurus', () => {
  it('answers a pain through a related word and says which words it related', () => {
    const offer = {
      properties: [
        prop('dry', 'Быстросохнущие грунты: межслойная сушка 40 минут'),
        prop('pack', 'Металлическая тара с усиленными обручами'),
        prop('gift', 'Обучение маляров на нашем учебном участке'),
      ],
    };
    const { matches } = matchNeeds(
      [{ id: 'n', statement: 'Грунт сохнет сутки, конструкции занимают весь цех' }],
      offer,
    );
    expect(matches[0]!.best?.propertyId).toBe('dry');
    expect(matches[0]!.best!.why.words.some((w) => w.includes('≈'))).toBe(true);
  });

  it('a related word never makes an unrelated property the answer', () => {
    const unrelated = {
      properties: [
        prop('a', 'Доставка цветов по городу'),
        prop('b', 'Сувенирная продукция с логотипом'),
        prop('c', 'Branded mugs and pens for your events'),
      ],
    };
    const { matches } = matchNeeds(
      [
        { id: 'ru', statement: 'Грунт сохнет сутки' },
        { id: 'en', statement: 'Guys wash their overalls at home' },
        { id: 'wifi', statement: 'The Wi-Fi in our current building is a joke' },
      ],
      unrelated,
    );
    for (const m of matches) expect(m.gap).toBe(true);
  });
});

describe('thesaurus: senses kept apart', () => {
  it('burnt-out staff are not faded paint', () => {
    expect(sharedGroups('Сотрудники выгорают за полгода', 'Краска не выцветает 10 лет')).toEqual(
      [],
    );
    expect(sharedGroups('Фасад выгорает на солнце', 'Краска не выцветает 10 лет')).not.toEqual([]);
  });
});

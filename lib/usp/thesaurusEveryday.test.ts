import { describe, expect, it } from 'vitest';
import { THESAURUS } from './thesaurus';
import { EVERYDAY_GROUPS } from './thesaurusEveryday';
import { answers, sharedGroups } from './testing';

const sharedE = (a: string, b: string) => sharedGroups(a, b, 'everyday');

describe('everyday groups: the client says it colloquially, the offer answers in its own words', () => {
  it('is part of the thesaurus and numbers in the hundreds', () => {
    expect(THESAURUS).toContain(EVERYDAY_GROUPS[0]);
    expect(EVERYDAY_GROUPS.length).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['Подрядчик вечно тянет резину с ремонтом', 'Ремонт без проволочек: выезд в день обращения'],
    ['Всё горит, материалы нужны были вчера', 'Срочные заказы отгружаем в течение 2 часов'],
    ['Сроки постоянно плывут, кормят завтраками', 'Соблюдение сроков прописано в договоре'],
    ['Сидим ждём доставку целый день', 'Доставка в двухчасовой интервал на выбор'],
    ['Качество то густо то пусто, как повезёт', 'Одинаковый результат каждый раз'],
    ['Поставщик подвёл уже третий раз', 'Надёжный поставщик: всё прописано в договоре'],
    ['Учёт ведём на коленке', 'Системный подход и отлаженные процессы'],
    ['Заказы ведём в экселе и тетрадке', 'Единая база заказов в облачной системе'],
    ['Утонули в бумажках', 'Электронный документооборот, всё без бумаг'],
    ['Бухгалтерия зашивается в конце квартала', 'Берём на себя всю рутину'],
    ['Людей не хватает, работать некому', 'Предоставим персонал за 2 дня'],
    ['Цены дерут безбожно', 'Доступные цены ниже рынка'],
    ['Постоянно навязывают допы', 'Всё включено, без доплат и сюрпризов'],
    ['Непонятно за что платим', 'Детализация счёта по каждой позиции'],
    ['Ремонт сделали тяп-ляп', 'Тщательная работа, на совесть'],
    ['Не дозвониться до поставщика', 'Всегда на связи, прямой номер менеджера'],
    ['Футболят из отдела в отдел', 'Одно окно для всех вопросов'],
    ['Штрафуют за нарушения', 'Соответствие требованиям, без замечаний'],
    ['В цеху колотун, сидим в куртках', 'Отопление и воздушно-тепловые завесы'],
    ['Люди бегут через месяц', 'Программы удержания персонала'],
    ['Всё в голове у главного технолога', 'База знаний и пошаговые инструкции'],
    ['Фуры стоят под разгрузкой часами', 'Запись на разгрузку по слотам'],
    ['Ворота ржавеют', 'Оцинковка и порошковая покраска'],
  ])('RU: "%s" ~ "%s"', (pain, remedy) => {
    expect(sharedE(pain, remedy).length).toBeGreaterThan(0);
  });

  it.each([
    ['The landlord drags his feet on every repair', 'Fast turnaround on all repair requests'],
    ['Everything is needed at the last minute', 'Rush orders dispatched within two hours'],
    ['Support is office hours only', 'Support around the clock, 365 days'],
    ['Cleaning is hit and miss, depends who turns up', 'Consistent standard every visit'],
    ['Our current supplier keeps letting us down', 'A dependable partner you can count on'],
    ['We track jobs on spreadsheets and sticky notes', 'Cloud-based CRM with a central database'],
    ['Invoices are retyped by hand into the accounts', 'Invoices imported automatically'],
    ['Requests fall through the cracks', 'Automatic reminders so nothing falls through'],
    ['Our two admins are swamped', "We take care of it so your team doesn't have to"],
    ['We are short-staffed on the line', 'Extra staff on demand within 48 hours'],
    ['The current firm charges an arm and a leg', 'Affordable, value for money packages'],
    ['They nickel-and-dime us on every job', 'All-in price with no hidden extras'],
    ['The last contractor did a shoddy job', 'Meticulous work and attention to detail'],
    ['We can never get hold of anyone', 'Direct line to your manager, always reachable'],
    ['We get passed from pillar to post', 'Single point of contact'],
    ['The warehouse is baltic, staff wear coats', 'Heating and insulation'],
    ["It's deafening on the shop floor", 'Low-noise machines and acoustic panels'],
    ['The agency sends random people', 'Vetted, DBS-checked staff'],
    ['Tools go walkabout', 'Tool issue control and locked storage'],
    ['Ordering is endless email back and forth', 'Order online in a few clicks'],
  ])('EN: "%s" ~ "%s"', (pain, remedy) => {
    expect(sharedE(pain, remedy).length).toBeGreaterThan(0);
  });

  it('words of another sense stay out', () => {
    expect(sharedE('просторечный оборот', 'просторный офис')).toEqual([]);
    expect(sharedE('scampi and chips', 'they scammed us')).toEqual([]);
    expect(sharedE('a busy thoroughfare', 'thorough work')).toEqual([]);
    expect(sharedE('разгрузка фуры', 'берём на себя')).toEqual([]);
    expect(sharedE('дети до 18 лет', 'работаем круглосуточно')).toEqual([]);
    expect(sharedE('Сохраним документы в архиве', 'Быстрая сушка')).toEqual([]);
    expect(sharedE('Доставка цветов по городу', 'Сувенирная продукция с логотипом')).toEqual([]);
    expect(sharedE('Новый офис в центре', 'Новое оборудование')).toEqual([]);
  });
});

describe('everyday groups in the matcher', () => {
  it('links colloquial Russian pains to the property that answers them', () => {
    const props: Array<[string, string]> = [
      ['price', 'Фиксированная цена на год, всё включено, без доплат'],
      ['contact', 'Персональный менеджер всегда на связи, прямой номер'],
      ['edo', 'Электронный документооборот: все документы без бумаг'],
      ['gift', 'Сувенирная продукция с логотипом к Новому году'],
    ];
    expect(
      answers(
        [
          'Подрядчик навязывает допы, каждый счёт с сюрпризом',
          'До поставщика не дозвониться, трубку не берут',
          'Утонули в бумажках, акты теряются',
        ],
        props,
      ),
    ).toEqual(['price', 'contact', 'edo']);
  });

  it('links colloquial English pains to the property that answers them', () => {
    const props: Array<[string, string]> = [
      ['price', 'All-in price with no hidden extras'],
      ['contact', 'Dedicated account manager, always reachable on a direct line'],
      ['auto', 'Supplier invoices imported automatically, no re-keying'],
      ['gift', 'Branded mugs and pens for your events'],
    ];
    expect(
      answers(
        [
          'They nickel-and-dime us on every job',
          'We can never get hold of anyone there',
          'Invoices are retyped by hand every week',
        ],
        props,
      ),
    ).toEqual(['price', 'contact', 'auto']);
  });

  it('a colloquial pain does not make an unrelated property its answer', () => {
    const unrelated: Array<[string, string]> = [
      ['a', 'Доставка цветов по городу'],
      ['b', 'Сувенирная продукция с логотипом'],
      ['c', 'Branded mugs and pens for your events'],
    ];
    expect(
      answers(
        [
          'Подрядчик вечно тянет резину',
          'Цены дерут безбожно',
          'We are short-staffed and swamped',
          'The office is like a sauna in summer',
        ],
        unrelated,
      ),
    ).toEqual([null, null, null, null]);
  });
});

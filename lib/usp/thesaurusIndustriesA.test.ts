import { describe, expect, it } from 'vitest';
import { matchNeeds } from './matcher';
import { THESAURUS } from './thesaurus';
import { INDUSTRY_GROUPS_A } from './thesaurusIndustriesA';
import { prop, sharedGroups } from './testing';

const sharedA = (a: string, b: string) => sharedGroups(a, b, 'a');

describe('industry groups A: form', () => {
  it('are part of the thesaurus and number in the hundreds', () => {
    expect(THESAURUS).toContain(INDUSTRY_GROUPS_A[0]);
    expect(INDUSTRY_GROUPS_A.length).toBeGreaterThanOrEqual(200);
  });
});

describe('industry groups A: a pain meets its remedy through a group', () => {
  it.each([
    ['Станок трясёт на высоких оборотах', 'Балансировка шпинделя и виброопоры'],
    [
      'Компрессор свистит по всему цеху, воздух уходит',
      'Ультразвуковой течеискатель и аудит пневмосети',
    ],
    ['В пневмолиниях вода, цилиндры ржавеют изнутри', 'Рефрижераторные осушители с точкой росы +3'],
    ['Этикетки отклеиваются в морозильной камере', 'Морозостойкий клеевой слой до −40'],
    ['Насос гремит, как будто в нём гравий', 'Расчёт NPSH и подбор по кавитационному запасу'],
    [
      'Редуктор ленты шумит, лента постоянно сбегает в сторону',
      'Центрирующие ролики на каждой секции',
    ],
    ['Котельная встала в мороз, цех без тепла двое суток', 'Мобильная котельная на время ремонта'],
    [
      'Водоканал выставил штраф за превышение ПДК по жирам',
      'Флотатор и жироуловитель под ваш объём стоков',
    ],
    ['Болты откручиваются от вибрации', 'Стопорные шайбы Nord-Lock и фиксатор резьбы'],
    ['Пол в цеху пылит, всё оборудование в бетонной пыли', 'Упрочнение и обеспыливание пропиткой'],
    ['Плёнка постоянно рвётся на обмотчике', 'Автоматическая склейка рулонов без остановки'],
    ['Зимой бетон не набирает прочность', 'Противоморозные добавки до −25'],
    ['Фуры по полдня стоят в очереди на выгрузку', 'Тайм-слоты на выгрузку через портал'],
    ['Обратно машины идут пустые', 'Подбираем обратную загрузку на каждый рейс'],
  ])('RU: "%s" ~ "%s"', (pain, answer) => {
    expect(sharedA(pain, answer).length).toBeGreaterThan(0);
  });

  it.each([
    ['The lathe shakes at high speed', 'Spindle balancing and anti-vibration mounts'],
    [
      'You can hear the compressed air hissing all over the shop',
      'Ultrasonic leak survey of the whole network',
    ],
    ['Labels peel off in the freezer', 'Freezer-grade adhesive down to −40 °C'],
    ['Our pumps keep clogging with rags and wet wipes', 'Chopper pumps that shred solids'],
    ['Hydraulic oil runs hot every afternoon', 'Oil coolers sized for your duty cycle'],
    ['Bolts work loose on the vibrating screens', 'Wedge-lock washers and threadlocker'],
    ['The glass in the office fogs up every morning', 'Triple glazing with warm edge spacers'],
    ['Our trucks come back empty half the time', 'Backhaul loads matched to every route'],
    [
      'We keep running out of gas in the middle of a shift',
      'Telemetry on every manifold and automatic top-up',
    ],
    ['Milk goes sour before the tanker comes', 'Plate coolers bring milk to 4 °C within minutes'],
  ])('EN: "%s" ~ "%s"', (pain, answer) => {
    expect(sharedA(pain, answer).length).toBeGreaterThan(0);
  });

  it('different matters of one industry stay apart', () => {
    expect(sharedA('Компрессор свистит, воздух уходит', 'Осушители воздуха с точкой росы')).toEqual(
      [],
    );
    expect(sharedA('Labels peel off in the freezer', 'Barcode verification on every roll')).toEqual(
      [],
    );
    expect(sharedA('Насос работает всухую', 'Торцевые уплотнения картриджного типа')).toEqual([]);
    expect(sharedA('Our trucks come back empty', 'Tachographs and two-driver crews')).toEqual([]);
  });

  it('everyday office pains touch none of these groups', () => {
    for (const text of [
      'Менеджер не перезванивает, ждём ответа по три дня',
      'Бухгалтерия не успевает закрыть месяц',
      'Сотрудники уходят через полгода',
      'The account manager never calls back',
      'We need to fine-tune our pricing and play with discounts',
      'Buying a new fleet outright would wipe out our budget',
      'The team is exhausted after the launch',
      'Supermarkets fine us when we miss the delivery window',
      'Хотим заказать торт на корпоратив',
      'We want a cake and some pigs in blankets for the party',
    ])
      expect(sharedGroups(text, text, 'a'), text).toEqual([]);
  });
});

describe('industry groups A in the matcher', () => {
  it('a compressed-air pain finds the right property among its neighbours (RU)', () => {
    const offer = {
      properties: [
        prop('leak', 'Ультразвуковой поиск утечек и отчёт по каждой точке'),
        prop('dry', 'Рефрижераторные и адсорбционные осушители'),
        prop(
          'ring',
          'Кольцевая магистраль и ресивер у потребителей: без просадок на дальних участках',
        ),
        prop('svc', 'Сервисный договор с выездом инженера'),
      ],
    };
    const { matches } = matchNeeds(
      [
        { id: 'a', statement: 'Весь цех шипит, компрессор не выключается' },
        { id: 'b', statement: 'В пневмоинструмент идёт вода, ржавеет всё' },
        { id: 'c', statement: 'В дальнем конце цеха давление падает до четырёх бар' },
      ],
      offer,
    );
    expect(matches.map((m) => m.best?.propertyId)).toEqual(['leak', 'dry', 'ring']);
  });

  it('a packaging-line pain finds the right property among its neighbours (EN)', () => {
    const offer = {
      properties: [
        prop('seal', 'Ultrasonic sealing jaws for consistent seal integrity'),
        prop('splice', 'Automatic splicing so reel changes never stop the line'),
        prop('weigh', 'Multihead weighers cut product giveaway to under 0.5%'),
        prop('train', 'Operator training at your site'),
      ],
    };
    const { matches } = matchNeeds(
      [
        { id: 'a', statement: 'Packs come back with bad seals and leak in transit' },
        { id: 'b', statement: 'We stop the line for every film roll change' },
        { id: 'c', statement: 'We overfill every bag to be safe and lose margin' },
      ],
      offer,
    );
    expect(matches.map((m) => m.best?.propertyId)).toEqual(['seal', 'splice', 'weigh']);
  });

  it('an unrelated pain claims none of an industrial offer', () => {
    const offer = {
      properties: [
        prop('a', 'Балансировка роторов на месте'),
        prop('b', 'Ультразвуковой поиск утечек сжатого воздуха'),
        prop('c', 'Flotation units for fat, oil and grease'),
      ],
    };
    const { matches } = matchNeeds(
      [
        { id: 'ru', statement: 'Бухгалтерия не успевает закрыть месяц' },
        { id: 'en', statement: 'Our sales team needs better leads' },
      ],
      offer,
    );
    for (const m of matches) expect(m.gap).toBe(true);
  });
});

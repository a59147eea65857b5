import { describe, expect, it } from 'vitest';
import { answers, sharedGroups } from './testing';

const sharedB = (a: string, b: string) => sharedGroups(a, b, 'b');

describe('industry groups B: a pain and its remedy in different words share a group', () => {
  it.each([
    ['На кассах вечно очереди', 'Кассы самообслуживания'],
    ['Полки пустые к вечеру', 'Автозаказ по прогнозу спроса'],
    ['Курьер приезжает, а клиента нет дома', 'Постаматы и пункты выдачи'],
    ['Официанта не дозваться', 'QR-меню: заказ со стола'],
    ['Один номер продали дважды', 'Channel manager синхронизирует брони'],
    ['Пациенты не приходят на прием', 'SMS-напоминания о записи'],
    ['Люди боятся идти к стоматологу', 'Лечение без боли под седацией'],
    ['Банк заблокировал счет по 115-ФЗ', 'Сопровождение: комплаенс и проверки'],
    ['Страховая полгода рассматривает убыток', 'Урегулирование убытков за 5 дней'],
    ['Никто не перезвонил', 'Обратный звонок за 5 минут'],
    ['Новички уходят в первый месяц', 'Адаптация и наставничество'],
    ['Сотрудникам не добраться до завода', 'Корпоративная развозка'],
    ['Жильцы не передают показания', 'Умные счетчики с автоматическим сбором показаний'],
  ])('RU: "%s" ~ "%s"', (pain, remedy) => {
    expect(sharedB(pain, remedy).length).toBeGreaterThan(0);
  });

  it.each([
    ['Queues at the tills are out the door on Saturdays', 'Self-checkout kiosks'],
    ['Customers are never home when the courier comes', 'Parcel lockers and pick-up points'],
    ['Food takes ages to come out', 'Kitchen display system that cuts ticket times'],
    ['OTA commissions eat our margin', 'Booking engine that drives direct bookings'],
    ['Members stop coming after two months', 'Win-back campaigns for lapsed members'],
    ['Teachers spend evenings marking', 'Auto-marking of homework'],
    ['Too many no-shows', 'Automated appointment reminders by text'],
    ['The bank froze our account', 'KYC and compliance support'],
    ['Customers pay late', 'Automated payment reminders'],
    ['Staff click on phishing links', 'Security awareness training'],
    ['Staff have nowhere to park', 'Parking booking app'],
    ['Donations are one-off', 'Monthly giving and recurring donations'],
  ])('EN: "%s" ~ "%s"', (pain, remedy) => {
    expect(sharedB(pain, remedy).length).toBeGreaterThan(0);
  });

  it('words of another sense stay out', () => {
    for (const [a, b] of [
      ['Корпоративный портал для сотрудников', 'Новогодний корпоратив под ключ'],
      ['Покраска в камере', 'Выставочный стенд под ключ'],
      ['Spray booth ventilation', 'Exhibition booth design'],
      ['Induction hob in the kitchen', 'Staff induction programme'],
      ['For example, our last project', 'Exam results and digital projection'],
      ['Content for your website', 'Guaranteed bandwidth, no contention'],
      ['Подъездные пути к складу', 'Уборка подъездов'],
      ['Рецептура продукта', 'Электронный рецепт'],
      ['We reached the limit', 'Brand awareness campaigns'],
      ['Grain silos and dryers', 'One platform instead of siloed tools'],
      ['Доставка собственным транспортом', 'Комиссия агрегаторов доставки'],
    ] as const)
      expect(sharedB(a, b), `${a} / ${b}`).toEqual([]);
  });
});

describe('industry groups B: the matcher links pains to the right remedy', () => {
  it('retail (RU)', () => {
    const offer: Array<[string, string]> = [
      ['sco', 'Кассы самообслуживания: четыре кассы на месте одной'],
      ['esl', 'Электронные ценники обновляются из учетной системы'],
      ['tags', 'Антикражные метки и рамки на выходе'],
      ['gift', 'Подарочные сертификаты с вашим логотипом'],
    ];
    expect(
      answers(
        [
          'По субботам у касс стоят длинные очереди',
          'Цены на полке и на кассе не совпадают, покупатели ругаются',
          'Усушка и недостача после каждой инвентаризации',
        ],
        offer,
      ),
    ).toEqual(['sco', 'esl', 'tags']);
  });

  it('clinic (EN)', () => {
    const offer: Array<[string, string]> = [
      ['remind', 'Automated appointment reminders by text the day before'],
      ['sedation', 'Sedation and painless treatment for nervous patients'],
      ['lab', 'Same-day crowns milled on site with CEREC'],
      ['mugs', 'Branded mugs for the reception desk'],
    ];
    expect(
      answers(
        [
          'A third of patients simply do not show up',
          'People are terrified of the dentist',
          'A crown takes two weeks from the dental lab',
        ],
        offer,
      ),
    ).toEqual(['remind', 'sedation', 'lab']);
  });

  it('call centre and HR (RU)', () => {
    const offer: Array<[string, string]> = [
      ['callback', 'Обратный звонок вместо ожидания на линии'],
      ['night', 'Виртуальный секретарь отвечает после работы и в выходные'],
      ['buddy', 'Адаптация новичков с наставником'],
      ['pens', 'Ручки и блокноты с логотипом'],
    ];
    expect(
      answers(
        [
          'Клиенты висят на линии по 15 минут',
          'Звонки вечером никто не берет',
          'Новые сотрудники уходят в первый месяц',
        ],
        offer,
      ),
    ).toEqual(['callback', 'night', 'buddy']);
  });

  it('e-commerce and hospitality (EN)', () => {
    const offer: Array<[string, string]> = [
      ['lockers', 'Parcel lockers and pick-up points near every home'],
      ['channel', 'Channel manager keeps availability in sync across every site'],
      ['qr', 'Order-at-table by QR code'],
      ['linen', 'Linen hire with weekly collection'],
    ];
    expect(
      answers(
        [
          'Customers are never home when the courier comes',
          'We got double bookings again last weekend',
          "Guests can't get a waiter's attention on busy nights",
        ],
        offer,
      ),
    ).toEqual(['lockers', 'channel', 'qr']);
  });

  it('an unrelated offer stays a gap', () => {
    const offer: Array<[string, string]> = [
      ['steel', 'Резка металлопроката в размер'],
      ['fuel', 'Топливные карты с лимитами'],
      ['mugs', 'Branded mugs and pens for your events'],
    ];
    expect(
      answers(
        [
          'Пациенты не приходят на прием',
          'Очереди на кассах по выходным',
          'Members stop coming after two months',
          'Staff click on phishing links',
        ],
        offer,
      ),
    ).toEqual([null, null, null, null]);
  });
});

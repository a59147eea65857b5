// Postal addresses: schema.org PostalAddress (JSON-LD, microdata), h-adr, and text addresses in
// Russian (индекс, г., ул., д., офис) and English (number + street type, city, state, ZIP).
import { FactBag, evidence } from './facts';
import { compact } from './org';
import type { AddressFact, Evidence } from './schema';
import { allNodes, children, firstString, isOrgNode, type SdNode } from './sd';
import {
  cleanValue,
  letterBefore,
  modelLines,
  splitLines,
  snippetAround,
  type Line,
  type TextModel,
} from './text';

type Parsed = Omit<AddressFact, 'evidence'>;

const RU_STREET =
  /(?<![\p{L}])(?:ул\.|ул\s|улица|пр-т|пр-кт|просп\.|проспект|пр\.|пер\.|переулок|ш\.|шоссе|наб\.|набережная|б-р|бульвар|пл\.|площадь|проезд|пр-д|мкр\.?|микрорайон|тракт|аллея|тупик|линия|квартал|кв-л)(?![\p{L}])/iu;
/** RU_STREET without its look-behind, which makes the engine try it at every position. */
const RU_STREET_WORD = new RegExp(RU_STREET.source.replace('(?<![\\p{L}])', ''), 'giu');

/** `RU_STREET.test(s)`: the street words found by a plain search, the word start checked after. */
function hasRuStreet(s: string): boolean {
  RU_STREET_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RU_STREET_WORD.exec(s))) {
    if (!letterBefore(s, m.index)) return true;
    RU_STREET_WORD.lastIndex = m.index + 1;
  }
  return false;
}

const RU_HOUSE =
  /(?<![\p{L}])(?:д\.|дом|зд\.|здание|влд\.|владение|стр\.|строение|корп\.|корпус|к\.|лит\.|литера|оф\.|офис|пом\.|помещение|кв\.|эт\.|этаж|комн\.|каб\.|кабинет|[а-я]?\d+[а-яА-Я]?(?:\/\d+)?$)/iu;
const RU_CITY =
  /^(?:г\.|гор\.|город|пос\.|п\.|пгт\.?|с\.|село|дер\.|деревня|ст-ца|станица)\s*(.+)$/iu;
const RU_REGION = /(?:обл\.?|область|край|респ\.?|республика|автономный округ|АО)(?![\p{L}])/iu;
const RU_COUNTRY = /^(?:Россия|Российская Федерация|РФ|Russia|Беларусь|Казахстан)$/iu;
const RU_POSTCODE = /(?<!\d)(\d{6})(?!\d)/;
const LABEL_PREFIX =
  /^(?:[^:]{0,40}(?:адрес|address|офис|склад|производство|location|visit us|headquarters)[^:]{0,20}:|адрес|address)\s*/iu;

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const CA_PROV =
  'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|Quebec|Québec|Saskatchewan';
const AU_STATES = 'NSW|VIC|QLD|WA|SA|TAS|ACT|NT|Victoria|Queensland|New South Wales|Tasmania';
const CITY = `((?:[A-Z][A-Za-z'’.-]+\\.?[ \\t]){0,2}[A-Z][A-Za-z'’.-]+)`;
// `gate` is the postcode shape each pattern ends with: a cheap test before the costly one, whose
// city part may start at every capital of the line.
const EN_CITY_LINE: Array<{ re: RegExp; gate: RegExp; country: string }> = [
  {
    re: new RegExp(`${CITY},?[ \\t]+(${US_STATES})\\.?,?[ \\t]+(\\d{5}(?:-\\d{4})?)(?!\\d)`, 'g'),
    gate: /\d{5}/,
    country: 'US',
  },
  {
    re: new RegExp(
      `${CITY},?[ \\t]+(${CA_PROV})\\.?,?[ \\t]+([A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d)(?![A-Za-z\\d])`,
      'g',
    ),
    gate: /[A-Z]\d[A-Z]/,
    country: 'CA',
  },
  {
    re: new RegExp(`${CITY},?[ \\t]+(${AU_STATES}),?[ \\t]+(\\d{4})(?!\\d)`, 'g'),
    gate: /\d{4}/,
    country: 'AU',
  },
  {
    re: new RegExp(
      `${CITY},?[ \\t]+(?:([A-Z][a-z]+shire|Kent|Essex|Surrey|Middlesex|Sussex|Devon|Cornwall|Norfolk|Suffolk|Dorset|Somerset|Cumbria|Merseyside),?[ \\t]+)?([A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z\\d])`,
      'g',
    ),
    gate: /\d[A-Z]{2}/,
    country: 'GB',
  },
];
const EN_STREET_TYPES =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Ter|Square|Sq|Trail|Trl|Plaza|Pike|Row|Crescent|Cres|Close|Grove|Gardens|Broadway|Loop|Turnpike|Tpke|Expressway|Freeway|Route|Rte|Center|Centre|Mews|Walk|Hill';
const EN_STREET = new RegExp(
  `(?:\\b\\d{1,6}[A-Za-z]?(?:-\\d+)?[ \\t]+(?:[NSEW]\\.?[ \\t]+)?(?:[A-Z0-9][\\w.'’-]*[ \\t]+){0,4}?(?:${EN_STREET_TYPES})\\b\\.?(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?(?:,?[ \\t]*(?:Suite|Ste\\.?|Unit|Apt\\.?|#|Floor|Fl\\.?|Building|Bldg\\.?|Room|Rm\\.?)[ \\t]*[\\w-]+)?|\\bP\\.?[ \\t]?O\\.?[ \\t]+Box[ \\t]+\\d+)`,
);
const STREET_WORDS = new RegExp(`^(?:${EN_STREET_TYPES})\\.?$`, 'i');

export function extractAddresses(model: TextModel, sd: SdNode[]): AddressFact[] {
  const bag = new FactBag<AddressFact>();
  const add = (p: Parsed, ev: Evidence | (() => Evidence)) => {
    const key = addressKey(p);
    bag.add(
      key,
      () => ({ ...p, evidence: [] }),
      ev,
      (f) => {
        for (const k of ['postcode', 'city', 'street', 'region', 'country'] as const)
          if (!f[k] && p[k]) f[k] = p[k];
      },
    );
  };
  for (const n of allNodes(sd)) {
    const fromNode = (a: SdNode) => {
      const p = fromPostalAddress(a);
      if (p) add(p, evidence(a.source, p.raw));
    };
    if (n.types.includes('PostalAddress')) fromNode(n);
    else if (isOrgNode(n) || n.types.includes('Place')) {
      // A plain string address on an organisation node is parsed like text.
      const s = firstString(n, 'address');
      if (s) {
        const p = parseRuAddress(s) ?? { raw: cleanValue(s, 200) };
        add(p, evidence(n.source, `address: ${s}`));
      }
      for (const a of children(n, 'address')) if (!a.types.includes('PostalAddress')) fromNode(a);
    }
  }
  for (const f of findTextAddresses(model.text, modelLines(model)))
    add(f.parsed, () => evidence('text', snippetAround(model.text, f.start, f.end)));
  return bag.values();
}

export function addressKey(p: Parsed): string {
  const street = compact(p.street ?? '').slice(0, 40);
  return `${p.postcode ?? ''}|${street || compact(p.raw).slice(0, 40)}`;
}

function fromPostalAddress(a: SdNode): Parsed | undefined {
  const street = [firstString(a, 'streetAddress'), firstString(a, 'streetAddress2')]
    .filter(Boolean)
    .join(', ');
  const city = firstString(a, 'addressLocality')?.replace(/^(?:г\.|город)\s*/i, '');
  const region = firstString(a, 'addressRegion');
  const postcode = firstString(a, 'postalCode');
  const countryNode = children(a, 'addressCountry')[0];
  const country =
    firstString(a, 'addressCountry') ??
    (countryNode ? firstString(countryNode, 'name') : undefined);
  if (!street && !city && !postcode) return undefined;
  const ruStyle = postcode !== undefined && /^\d{6}$/.test(postcode);
  const parts = ruStyle
    ? [postcode, city && `г. ${city}`, street]
    : [street, city, [region, postcode].filter(Boolean).join(' ')];
  const raw = parts.filter((x) => x && x.trim()).join(', ');
  const p: Parsed = { raw: cleanValue(raw, 250) };
  if (postcode) p.postcode = postcode;
  if (city) p.city = city;
  if (street) p.street = street;
  if (region) p.region = region;
  if (country) p.country = country;
  return p;
}

interface TextAddress {
  parsed: Parsed;
  start: number;
  end: number;
}

export function findTextAddresses(
  text: string,
  lines: readonly Line[] = splitLines(text),
): TextAddress[] {
  const out: TextAddress[] = [];
  const parsedLines = new Map<string, Parsed | null>();
  for (let i = 0; i < lines.length && out.length < 200; i++) {
    const line = lines[i]!;
    if (line.text.length > 400) continue;
    if (/[А-Яа-яЁё]/.test(line.text) && (RU_POSTCODE.test(line.text) || hasRuStreet(line.text))) {
      let s = line.text;
      let end = line.start + line.text.length;
      // "123456, г. Москва," on one line and "ул. …, д. 1" on the next (a <br> between).
      const next = lines[i + 1];
      if (!hasRuStreet(s) && next && hasRuStreet(next.text) && next.text.length < 200) {
        s = `${s.replace(/[,\s]+$/, '')}, ${next.text}`;
        end = next.start + next.text.length;
        i++;
      }
      // The same address is usually printed in the header, the body and the footer.
      let p = parsedLines.get(s);
      if (p === undefined) parsedLines.set(s, (p = parseRuAddress(s) ?? null));
      if (p) out.push({ parsed: p, start: line.start, end });
      continue;
    }
    // Every English pattern ends with a postcode, so a line without a digit cannot match.
    if (!/\d/.test(line.text)) continue;
    for (const { re, gate, country } of EN_CITY_LINE) {
      if (!gate.test(line.text)) continue;
      re.lastIndex = 0;
      const m = re.exec(line.text);
      if (!m) continue;
      const p = parseEnMatch(m, country, line.text, lines[i - 1]?.text, lines[i - 2]?.text);
      if (p) out.push({ parsed: p, start: line.start, end: line.start + line.text.length });
      break;
    }
  }
  return out;
}

function parseEnMatch(
  m: RegExpExecArray,
  country: string,
  line: string,
  prev?: string,
  prev2?: string,
): Parsed | undefined {
  let cityWords = m[1]!.split(/\s+/);
  // The city capture may start with the tail of a street ("Main Street Chicago").
  const lastStreetWord = cityWords.map((w) => STREET_WORDS.test(w)).lastIndexOf(true);
  if (lastStreetWord >= 0) cityWords = cityWords.slice(lastStreetWord + 1);
  if (cityWords.length === 0) return undefined;
  const city = cityWords.join(' ');
  const region = m[2];
  const postcode = m[3]!.toUpperCase();
  const before = line.slice(0, m.index);
  let street = EN_STREET.exec(before)?.[0];
  if (!street && prev)
    street =
      EN_STREET.exec(prev)?.[0] ??
      (prev2 && /^(?:Suite|Ste|Unit|Floor)/i.test(prev) ? EN_STREET.exec(prev2)?.[0] : undefined);
  if (country === 'GB' && !street && !/,/.test(m[0])) return undefined;
  const p: Parsed = { raw: '', city, postcode, country };
  if (region) p.region = region;
  if (street) p.street = street.trim();
  p.raw = cleanValue(
    [p.street, `${city}${region ? `, ${region}` : ''} ${postcode}`].filter(Boolean).join(', '),
    250,
  );
  return p;
}

/** Parse one Russian address string; undefined when it is not an address. */
export function parseRuAddress(input: string): Parsed | undefined {
  let s = cleanValue(input, 400).replace(LABEL_PREFIX, '');
  // Text after a phone/e-mail/hours label is not part of the address.
  s = s.split(/\s*(?:;|\bтел\.?|телефон|e-?mail|режим работы|время работы|\|)\s*/i)[0] ?? s;
  // Start at the first token an address can begin with (a footer line starts with "© ООО …").
  const starts = [
    /(?<!\d)\d{6}(?=\s*,|\s+[А-ЯЁа-яё])/u,
    /(?<![\p{L}])(?:Россия|РФ|Российская Федерация)(?![\p{L}])/u,
    /(?<![\p{L}])(?:г\.|город)\s*[А-ЯЁ]/u,
    RU_STREET,
  ]
    .map((re) => s.search(re))
    .filter((i) => i >= 0);
  if (starts.length > 0) s = s.slice(Math.min(...starts));
  const parts = s.split(/\s*,\s*/).filter(Boolean);
  const p: Parsed = { raw: '' };
  let first = -1;
  let streetStart = -1;
  let last = -1;
  parts.forEach((partRaw, i) => {
    let part = partRaw.trim();
    if (streetStart >= 0) {
      if (RU_HOUSE.test(part) || /^\d+[а-яА-Я]?(?:\/\d+)?$/.test(part)) last = i;
      return;
    }
    const pc = /^(\d{6})(?:\s+(.+))?$/.exec(part);
    if (pc) {
      p.postcode = pc[1];
      if (first < 0) first = i;
      last = i;
      if (!pc[2]) return;
      part = pc[2];
    }
    const city = RU_CITY.exec(part);
    if (RU_COUNTRY.test(part)) p.country = part;
    else if (RU_STREET.test(part) && !city) streetStart = i;
    else if (city) p.city = city[1]!.trim();
    else if (RU_REGION.test(part)) p.region = part;
    else if (p.postcode && !p.city && /^[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё-]+)?$/.test(part))
      p.city = part;
    else if (first >= 0 && !RU_HOUSE.test(part)) return;
    else return;
    if (first < 0) first = i;
    last = i;
  });
  if (streetStart < 0 && !p.postcode) return undefined;
  if (streetStart >= 0) {
    // A street needs a house number to be an address, not a street name in prose.
    const tail = parts.slice(streetStart, Math.max(last, streetStart) + 1);
    if (!tail.some((t, k) => k > 0 || /\d/.test(t)) || !/\d/.test(tail.join(' '))) return undefined;
    p.street = tail.join(', ');
    if (first < 0) first = streetStart;
    last = Math.max(last, streetStart);
  } else if (!p.city) return undefined;
  p.raw = parts.slice(first, last + 1).join(', ');
  if (p.raw.length > 250 || p.raw.length < 8) return undefined;
  return p;
}

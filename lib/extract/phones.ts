// Phone numbers from tel: links, structured data and visible text, normalised to E.164.
// Text is the risky source: prices, dates, ids and order numbers look like digits too, so a
// text candidate must look like a phone (formatting, a '+', or a phone label) AND parse as valid.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { FactBag, evidence } from './facts';
import type { Evidence, PhoneFact } from './schema';
import { allNodes, strings, type SdNode } from './sd';
import { cleanValue, snippetAround, type TextModel } from './text';

const CANDIDATE_RE = /(?:\+\s?\d|\(\s?\d|\d)[\d \-‐‑–—.()]{5,26}\d/g;
const EXT_RE =
  /^\s*[,;]?\s*\(?\s*(?:доб(?:авочный)?\.?|вн(?:утр(?:енний)?)?\.?|ext(?:ension)?\.?|x|#)\s*[:.]?\s*(\d{1,6})\)?/i;
const PHONE_LABEL_RE =
  /(?:тел|телефон|моб|сот|mob|cell|phone|ph\b|tel\b|call|факс|fax|whats ?app|viber|hotline|горяч|toll|приёмн|приемн|многоканальн|бесплатн|звон|direct|office|main|[tpfmc]\s*[:.])/i;
const FAX_LABEL_RE = /(?:факс|fax|\bf\s*[:.])/i;
// Labels whose number is not a phone; the last label before a number decides.
const NOT_PHONE_LABEL_RE =
  /(?:инн|огрн|кпп|бик|окпо|оквэд|окато|октмо|огрнип|р\/с|к\/с|сч[её]т|account|acct|заказ|order|артикул|арт\.|sku|invoice|лиценз|licen[sc]e|свидетельств|патент|patent|abn|acn|ein|vat|company no|reg(?:istration)?\.? ?(?:no|number)|№|#|код|code|id\b|iban|swift|routing|паспорт|сертификат|гост|ту\b|isbn)/gi;
const AFTER_NOT_PHONE_RE =
  /^\s*(?:₽|руб|р\.|р\b|\$|€|£|usd|eur|rub|тыс|млн|%|шт|кг|г\.|km|км|м2|м²|sq|mm|мм|см|cm|kg|lbs?)/i;
const BEFORE_NOT_PHONE_RE = /(?:[$€£₽]|usd|eur|rub|от|до|цена|price|стоимость|итого|total)\s*$/i;
const DATE_RE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const YEAR_RANGE_RE = /^\d{4}\s*[-–—]\s*\d{4}$/;
const THOUSANDS_RE = /^\d{1,3}(?:[ .,]\d{3})+$/;

export function formatE164(
  num: { number: string; ext?: string | undefined },
  ext?: string,
): string {
  const e = ext ?? num.ext;
  return e ? `${num.number};ext=${e}` : num.number;
}

// A page repeats its numbers (header, contacts block, footer): each distinct string is parsed once.
const normalised = new Map<string, string | null>();

/** Parse one phone string as found in structured data or a tel: href. */
export function normalisePhone(raw: string, region: CountryCode): string | undefined {
  const key = `${region}|${raw}`;
  let v = normalised.get(key);
  if (v === undefined) {
    v = parsePhone(raw, region) ?? null;
    if (normalised.size > 2000) normalised.clear();
    normalised.set(key, v);
  }
  return v ?? undefined;
}

function parsePhone(raw: string, region: CountryCode): string | undefined {
  let s = raw.trim();
  let ext: string | undefined;
  const m = /(?:[;,]\s*ext=|\s*(?:доб\.?|ext\.?|x|#|,)\s*)(\d{1,6})\s*$/i.exec(s);
  if (m && m.index > 6) {
    ext = m[1];
    s = s.slice(0, m.index);
  }
  s = s.replace(/[^\d+()\- .]/g, ' ');
  const p = parsePhoneNumberFromString(s, region);
  if (!p || !p.isValid()) return undefined;
  return formatE164(p, ext);
}

export function extractPhones(
  doc: Document,
  model: TextModel,
  region: CountryCode,
  sd: SdNode[],
): PhoneFact[] {
  const bag = new FactBag<PhoneFact>();
  const add = (value: string, fax: boolean, ev: Evidence | (() => Evidence)) =>
    bag.add(
      value,
      () => ({ value, fax, evidence: [] }),
      ev,
      (f) => {
        f.fax = f.fax || fax;
      },
    );

  // tel: links are the author's explicit statement of a number.
  const links = doc.querySelectorAll('a[href^="tel:" i], a[href^="callto:" i]');
  for (let i = 0; i < links.length && i < 500; i++) {
    const a = links[i]!;
    let href = (a.getAttribute('href') ?? '').replace(/^(?:tel|callto):/i, '');
    try {
      href = decodeURIComponent(href);
    } catch {
      // keep the raw form
    }
    const value = normalisePhone(href, region);
    if (!value) continue;
    const ctx = cleanValue(a.parentElement?.textContent ?? a.textContent ?? '', 400);
    const before = ctx
      .slice(0, Math.max(0, ctx.indexOf(cleanValue(a.textContent ?? ''))))
      .slice(-25);
    add(value, FAX_LABEL_RE.test(before), evidence('link', ctx.slice(0, 200) || href));
  }

  for (const n of allNodes(sd)) {
    for (const [prop, fax] of [
      ['telephone', false],
      ['faxNumber', true],
    ] as const) {
      for (const s of strings(n, prop)) {
        const value = normalisePhone(s, region);
        if (value) add(value, fax, evidence(n.source, `${prop}: ${s}`));
      }
    }
  }

  for (const c of findTextPhones(model.text, region)) {
    add(c.value, c.fax, () => evidence('text', snippetAround(model.text, c.start, c.end)));
  }
  return bag.values();
}

export interface TextPhone {
  value: string;
  fax: boolean;
  start: number;
  end: number;
}

export function findTextPhones(text: string, region: CountryCode): TextPhone[] {
  const out: TextPhone[] = [];
  let prevEnd = 0;
  CANDIDATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let budget = 5000;
  // Parsing is the costly step; a page with thousands of digit runs is a catalogue, not a contact page.
  while ((m = CANDIDATE_RE.exec(text)) && budget-- > 0) {
    const start = m.index;
    let raw = m[0];
    // Do not let the match start inside a longer token ("ABC123…", "№12345…").
    const prevCh = text[start - 1] ?? ' ';
    if (/[\p{L}\d_/]/u.test(prevCh)) continue;
    const nextCh = text[start + raw.length] ?? ' ';
    if (/[\p{L}\d_]/u.test(nextCh) && !/^[xх]/i.test(nextCh)) continue;
    // Trim a trailing ")" / "(" that belongs to prose, not to the number.
    raw = raw.replace(/[\s(.-]+$/, '');
    const end = start + raw.length;
    const digits = raw.replace(/\D/g, '');
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const pre = text.slice(Math.max(lineStart, prevEnd, start - 40), start);
    const post = text.slice(end, end + 40);
    prevEnd = end;
    if (digits.length > 15) {
      out.push(...splitRun(raw, start, region, pre));
      continue;
    }
    const v = judge(raw, digits, pre, post, region);
    if (!v) continue;
    const ext = EXT_RE.exec(post);
    const value = ext ? `${v.split(';')[0]};ext=${ext[1]}` : v;
    out.push({ value, fax: isFaxLabel(pre), start, end: ext ? end + ext[0].length : end });
  }
  return out;
}

function isFaxLabel(pre: string): boolean {
  // The nearest label decides: "Тел.: … Факс:" → fax; "Факс … Тел.:" → phone; "тел./факс" → fax.
  const tail = pre.slice(-25);
  const f = tail.search(FAX_LABEL_RE);
  if (f === -1) return false;
  const after = tail.slice(f + 3);
  return !/(?:тел(?!\.?\s*\/)|phone|tel\b)/i.test(after);
}

function judge(
  raw: string,
  digits: string,
  pre: string,
  post: string,
  region: CountryCode,
): string | undefined {
  if (digits.length < 7) return undefined;
  if (DATE_RE.test(raw) || YEAR_RANGE_RE.test(raw)) return undefined;
  if (AFTER_NOT_PHONE_RE.test(post) || BEFORE_NOT_PHONE_RE.test(pre)) return undefined;
  const hasPlus = raw.startsWith('+');
  const labelled = PHONE_LABEL_RE.test(pre.slice(-30));
  if (lastLabelIsNotPhone(pre)) return undefined;
  const separators = /[\s\-‐‑–—.()]/.test(raw);
  if (!hasPlus && !labelled) {
    if (!separators) return undefined;
    if (THOUSANDS_RE.test(raw)) return undefined;
    // Decimal numbers with one dot/comma ("1234.56") are measurements, not phones.
    if (/^\d+[.,]\d+$/.test(raw)) return undefined;
  }
  const p = parseCached(raw, region);
  if (!p) return undefined;
  // A national number without area code cannot be normalised safely (7-digit US locals).
  return p.number;
}

// The same number is usually printed several times (header, body, footer); parse it once.
const parsed = new Map<string, { number: string } | null>();
function parseCached(raw: string, region: CountryCode): { number: string } | undefined {
  const key = `${region}|${raw}`;
  let v = parsed.get(key);
  if (v === undefined) {
    const p = parsePhoneNumberFromString(raw, region);
    v = p && p.isValid() ? { number: p.number } : null;
    if (parsed.size > 2000) parsed.clear();
    parsed.set(key, v);
  }
  return v ?? undefined;
}

function lastLabelIsNotPhone(pre: string): boolean {
  const tail = pre.slice(-30);
  let last = -1;
  NOT_PHONE_LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOT_PHONE_LABEL_RE.exec(tail))) last = m.index + m[0].length;
  if (last === -1) return false;
  return !PHONE_LABEL_RE.test(tail.slice(last));
}

/** A run of digits longer than one number: several numbers separated by spaces only. */
function splitRun(raw: string, start: number, region: CountryCode, pre: string): TextPhone[] {
  const out: TextPhone[] = [];
  const tokens = [...raw.matchAll(/\S+/g)];
  let i = 0;
  while (i < tokens.length) {
    let found = false;
    // Longest valid prefix of tokens first.
    for (let j = Math.min(tokens.length, i + 7); j > i; j--) {
      const first = tokens[i]!;
      const last = tokens[j - 1]!;
      const s = raw.slice(first.index, last.index + last[0].length);
      const digits = s.replace(/\D/g, '');
      if (digits.length < 10 || digits.length > 15) continue;
      const p = parsePhoneNumberFromString(s, region);
      if (p && p.isValid() && /[\s\-().]/.test(s)) {
        out.push({
          value: p.number,
          fax: isFaxLabel(pre),
          start: start + first.index,
          end: start + last.index + last[0].length,
        });
        i = j;
        found = true;
        break;
      }
    }
    if (!found) i++;
  }
  return out;
}
